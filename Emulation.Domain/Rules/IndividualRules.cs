using Emulation.Domain.Results;

namespace Emulation.Domain.Rules;

/// <summary>Settings of the individual titles and commendations (Law 06/2022 Art. 22–24, 44, 73–75).</summary>
public sealed record IndividualRules
{
    /// <summary>Art. 24: ratings that qualify for Lao động tiên tiến.</summary>
    public IReadOnlyList<QualityRating> AdvancedWorkerRatings { get; init; } = [QualityRating.Good, QualityRating.Excellent];

    /// <summary>
    /// Circular 01/2024: recruited less than this many months before the reference date → not eligible. Months are
    /// counted inclusively to the reference date (recruited 1 July, counted to 31 December: six months). The circular names
    /// no reference day, so the evaluation counts to 31 December of the campaign year (the end of the year the title is
    /// for), whatever day the council meets; an evaluation may pass another day (<c>EvaluationInput.ReferenceDate</c>).
    /// </summary>
    public int MinMonthsSinceRecruitment { get; init; } = 6;

    /// <summary>
    /// Months of working time in the year; maternity leave, work injury and state-sent training count as working time
    /// (Decree 152/2025 Art. 4(5), Circular 01/2024 Art. 1(5)); leave does not.
    /// </summary>
    public int MinMonthsWorked { get; init; } = 6;

    /// <summary>The harshest discipline that still allows a title; <see cref="DisciplineLevel.None"/>: any discipline bars.</summary>
    public DisciplineLevel MaxDiscipline { get; init; } = DisciplineLevel.None;

    /// <summary>Art. 23: the rating that makes an Advanced Worker a CSTĐCS without an initiative.</summary>
    public QualityRating FighterRating { get; init; } = QualityRating.Excellent;

    /// <summary>Art. 23: the initiative level that makes an Advanced Worker a CSTĐCS otherwise.</summary>
    public InitiativeLevel FighterInitiative { get; init; } = InitiativeLevel.Grassroots;

    /// <summary>Art. 22: consecutive CSTĐCS titles (this year's included) for Chiến sĩ thi đua cấp tỉnh.</summary>
    public int ProvincialFighterStreak { get; init; } = 3;

    /// <summary>Art. 22: the initiative level required for Chiến sĩ thi đua cấp tỉnh.</summary>
    public InitiativeLevel ProvincialFighterInitiative { get; init; } = InitiativeLevel.Provincial;

    /// <summary>Art. 75: ratings that count as "completes tasks well" for a Giấy khen.</summary>
    public IReadOnlyList<QualityRating> CommendationRatings { get; init; } = [QualityRating.Good, QualityRating.Excellent];

    /// <summary>
    /// Consecutive Lao động tiên tiến titles (this year's included) a province requires for the individual Giấy khen; 0, the
    /// default, requires none (Law 06/2022 Art. 75 sets no streak). A provincial regulation that does is cited in
    /// <see cref="CommendationAdvancedWorkerArticle"/>.
    /// </summary>
    public int CommendationAdvancedWorkerYears { get; init; }

    /// <summary>The provincial provision requiring <see cref="CommendationAdvancedWorkerYears"/>, named in the explanation.</summary>
    public string CommendationAdvancedWorkerArticle { get; init; } = LegalArticles.For(Awards.Title.CertificateOfCommendation);

    /// <summary>Art. 74: consecutive CSTĐCS titles for the provincial Bằng khen.</summary>
    public int MeritFighterStreak { get; init; } = 2;

    /// <summary>Art. 74: consecutive excellent years for the provincial Bằng khen.</summary>
    public int MeritExcellentStreak { get; init; } = 2;

    /// <summary>Art. 74: grassroots initiatives needed within those years, counted one by one (two in one year are two).</summary>
    public int MeritInitiatives { get; init; } = 2;

    /// <summary>
    /// Ministry of Home Affairs guidance on Art. 74: an initiative that served as the basis of a CSTĐCS title (a year
    /// with the title but not the <see cref="FighterRating"/>) does not serve again for the Bằng khen.
    /// </summary>
    public bool InitiativeServesOnce { get; init; } = true;

    /// <summary>
    /// Decree 152/2025 Art. 33(7): achievements already rewarded by a merit award of the same or a higher form are not
    /// counted again; the next award's period starts after the previous award's year.
    /// </summary>
    public bool AwardPeriodStartsAfterPreviousAward { get; init; } = true;

    /// <summary>
    /// Decree 152/2025 Art. 4(4): achievements count from the end of a disciplinary period. Whether a year in which the
    /// period ends (or that it overlaps) still counts is not settled by the text; by default it does not.
    /// </summary>
    public bool YearOverlappingDisciplineCounts { get; init; }

    /// <summary>
    /// A person transferred during the year is reviewed by the new unit on the basis of the former unit's written opinion
    /// (Circular 01/2024, as Circular 12/2019 before it): the opinion is needed when the person worked at least this many
    /// months of the year in the former unit, and the year's titles wait for it. The months are unconfirmed, so data.
    /// </summary>
    public int FormerUnitOpinionMinMonths { get; init; } = 6;

    public MeritInitiativeClause MeritInitiativeClause { get; init; } = MeritInitiativeClause.BindsBothBranches;

    /// <summary>Art. 73: consecutive years rated good or better for the Prime Minister's Bằng khen.</summary>
    public int PrimeMinisterGoodYears { get; init; } = 5;

    /// <summary>Art. 73: whether the good years must follow the provincial Bằng khen ("05 năm tiếp theo").</summary>
    public bool PrimeMinisterYearsFollowPriorAward { get; init; } = true;

    /// <summary>Art. 73: CSTĐCS titles within those years.</summary>
    public int PrimeMinisterFighterTitles { get; init; } = 3;

    /// <summary>Art. 44: consecutive years good or better after the Prime Minister's Bằng khen.</summary>
    public int LabourOrderGoodYears { get; init; } = 5;

    /// <summary>Art. 44: excellent years within them.</summary>
    public int LabourOrderExcellentYears { get; init; } = 1;

    /// <summary>Art. 44: CSTĐCS titles within them.</summary>
    public int LabourOrderFighterTitles { get; init; } = 3;
}
