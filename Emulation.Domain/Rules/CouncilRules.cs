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

    /// <summary>
    /// Whether a member absent from the meeting may vote in writing, the secretary recording the ballot, and have it
    /// counted. Off by default: Decree 98/2023 and 152/2025 count the members' votes at the meeting; the older Decree
    /// 91/2017/NĐ-CP Art. 45(8) allowed written ballots of absent members, and a province may still provide for them.
    /// Written ballots count toward the votes, never toward the quorum of those present.
    /// </summary>
    public bool WrittenBallotsOfAbsentMembers { get; init; }

    /// <summary>The provision that allows written ballots, cited when one is counted.</summary>
    public string WrittenBallotsArticle { get; init; } = "Nghị định 91/2017/NĐ-CP Điều 45 khoản 8";

    /// <summary>
    /// Titles whose nominees are published for public consultation before the council meets on them, each with the
    /// window's length in working days; none by default.
    /// </summary>
    public IReadOnlyList<ConsultationRule> PublicConsultations { get; init; } = [];

    /// <summary>The provision the consultation windows are taken from, shown on the public page.</summary>
    public string ConsultationArticle { get; init; } = "";

    public VoteThreshold ThresholdFor(Title title) =>
        Thresholds.FirstOrDefault(t => t.Title == title) ?? DefaultThreshold with { Title = title };

    /// <summary>
    /// How many "yes" votes <paramref name="title"/> needs out of a council of <paramref name="members"/> with
    /// <paramref name="recused"/> members recused, and the denominator that count is taken of (all members, or all less
    /// the recused when <see cref="Recusal"/> says so).
    /// </summary>
    public (int Required, int Denominator) RequiredYes(Title title, int members, int recused)
    {
        var threshold = ThresholdFor(title);
        int denominator = Recusal == RecusalDenominator.AllMembersExceptRecused ? members - recused : members;
        return ((int)threshold.ShareOfAllMembers.MinimumCount(denominator, threshold.Strict), denominator);
    }

    /// <summary>How many working days <paramref name="title"/> stays in public consultation, or null when it needs none.</summary>
    public int? ConsultationDaysFor(Title title) => PublicConsultations.FirstOrDefault(c => c.Title == title)?.Days;
}
