using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Statistics;

/// <summary>
/// The level of the authority that granted an award, read from the issuer recorded on it (Thủ tướng Chính phủ, Chủ tịch
/// nước, Chủ tịch UBND tỉnh); when the issuer names none of them (the agency's own head, or a record without the
/// decision), the level the granting rules give the title.
/// </summary>
public static class IssuingLevels
{
    private static readonly (string Words, AwardingLevel Level)[] Authorities =
    [
        ("thu tuong", AwardingLevel.PrimeMinister),
        ("chu tich nuoc", AwardingLevel.StatePresident),
        ("chu tich ubnd", AwardingLevel.ProvincialChairman),
        ("chu tich uy ban nhan dan", AwardingLevel.ProvincialChairman),
    ];

    public static AwardingLevel Of(string issuerName, Title title, GrantingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var folded = SearchText.Fold(issuerName ?? "");
        foreach (var (words, level) in Authorities)
        {
            if (folded.Contains(words, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return rules.For(title).DecidedBy;
    }
}
