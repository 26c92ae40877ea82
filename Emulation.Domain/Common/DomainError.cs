namespace Emulation.Domain.Common;

/// <summary>
/// An expected failure caused by user input, with a stable code the UI can translate. <see cref="Item"/> names what it
/// is about; <see cref="Facts"/> carries the values a translation words (a total, a date), never a sentence.
/// </summary>
public sealed record DomainError(string Code, string Message, string? Item = null)
{
    private static readonly IReadOnlyList<KeyValuePair<string, object>> NoFacts = [];

    /// <summary>Named values, in the order a translation's placeholders <c>{1}</c>, <c>{2}</c>… read them.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Facts { get; init; } = NoFacts;

    public static IReadOnlyList<KeyValuePair<string, object>> FactsOf(params (string Name, object Value)[] facts) =>
        [.. facts.Select(f => KeyValuePair.Create(f.Name, f.Value))];

    public bool Equals(DomainError? other) =>
        other is not null && Code == other.Code && Message == other.Message && Item == other.Item && Facts.SequenceEqual(other.Facts);

    public override int GetHashCode() => HashCode.Combine(Code, Message, Item);

    public override string ToString() => Item is null ? $"{Code}: {Message}" : $"{Code} [{Item}]: {Message}";
}
