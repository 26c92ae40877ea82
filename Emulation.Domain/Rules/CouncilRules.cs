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

    /// <summary>Titles that need a public consultation window after the council passes them; none by default.</summary>
    public IReadOnlyList<ConsultationRule> PublicConsultations { get; init; } = [];

    public VoteThreshold ThresholdFor(Title title) =>
        Thresholds.FirstOrDefault(t => t.Title == title) ?? DefaultThreshold with { Title = title };

    /// <summary>How many days <paramref name="title"/> stays in public consultation, or null when it needs none.</summary>
    public int? ConsultationDaysFor(Title title) => PublicConsultations.FirstOrDefault(c => c.Title == title)?.Days;
}
