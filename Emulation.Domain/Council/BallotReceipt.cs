using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Emulation.Domain.Council;

/// <summary>
/// The code a member is given when their ballot sheet is cast (e.g. <c>K7QM-3XHD-9TPA-2WRN</c>): 16 characters of 30
/// (about 78 random bits), never stored. Each ballot on the sheet keeps only <see cref="Seal"/> of it with its nomination, so
/// the member can confirm their ballots were counted while the database cannot tell whose they are.
/// </summary>
public sealed class BallotReceipt
{
    /// <summary>Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, U).</summary>
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Groups = 4;
    private const int GroupLength = 4;

    /// <summary>The longest text accepted where a member types their code (spaces and dashes allowed).</summary>
    public const int MaxTypedLength = 40;

    private BallotReceipt(string code) => Code = code;

    public string Code { get; }

    /// <summary>A fresh random code.</summary>
    public static BallotReceipt New()
    {
        var chars = new char[Groups * GroupLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = new string(chars);
        return new BallotReceipt(string.Join('-', Enumerable.Range(0, Groups).Select(g => code.Substring(g * GroupLength, GroupLength))));
    }

    /// <summary>The code a member typed, tolerant of case, spaces and dashes; null when it cannot be a receipt code.</summary>
    public static BallotReceipt? Parse(string? typed)
    {
        var clean = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        if (clean.Length != Groups * GroupLength || clean.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return new BallotReceipt(string.Join('-', Enumerable.Range(0, Groups).Select(g => clean.Substring(g * GroupLength, GroupLength))));
    }

    /// <summary>The seal stored with the ballot on <paramref name="nominationId"/>: SHA-256 of the code and the nomination, in hex.</summary>
    public string Seal(int nominationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Code}|{nominationId}"))));

    public override string ToString() => Code;
}
