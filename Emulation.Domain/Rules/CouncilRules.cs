using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>Council vote settings: thresholds per title counted against all members, and quorum.</summary>
public sealed record CouncilRules
{
    public IReadOnlyList<VoteThreshold> Thresholds { get; init; } = [];

    /// <summary>For titles not listed: more than half of all members.</summary>
    public VoteThreshold DefaultThreshold { get; init; } = new(Title.CertificateOfCommendation, Fraction.Half, Strict: true);

    public Fraction Quorum { get; init; } = Fraction.TwoThirds;
    public RecusalDenominator Recusal { get; init; } = RecusalDenominator.AllMembers;
    public string Article { get; init; } = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7";

    public VoteThreshold ThresholdFor(Title title) =>
        Thresholds.FirstOrDefault(t => t.Title == title) ?? DefaultThreshold with { Title = title };
}
