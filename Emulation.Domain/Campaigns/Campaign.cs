using Emulation.Domain.Awards;
using Emulation.Domain.Common;

namespace Emulation.Domain.Campaigns;

/// <summary>An emulation campaign (phong trào thi đua) with its scoring table and lifecycle.</summary>
public sealed class Campaign
{
    /// <summary>Lines of a scoring table (criteria, bonuses and penalties together); real tables have a few dozen.</summary>
    public const int MaxCriteria = 300;

    /// <summary>Blocs a campaign ranks its units in.</summary>
    public const int MaxBlocs = 100;

    public const int NameMaxLength = 300;

    /// <summary>The years a campaign may be held in.</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;
    public const int CodeMaxLength = 40;

    private readonly List<Criterion> _criteria = [];
    private readonly List<CampaignTransition> _transitions = [];
    private readonly List<OfferedTitle> _offeredTitles = [];
    private readonly List<CampaignAmendment> _amendments = [];

    private Campaign(string name, int year, CampaignKind kind)
    {
        Name = name;
        Year = year;
        Kind = kind;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>A short code other systems know the campaign by; unique, null for campaigns created without one.</summary>
    public string? Code { get; private set; }

    public int Year { get; private set; }

    /// <summary>
    /// The agency that runs the campaign (the root of its units' tree): its officers steer it and only its units rank in
    /// its blocs. Null only for a campaign of a deployment that had no agency when it was created.
    /// </summary>
    public int? AgencyId { get; private set; }

    public CampaignKind Kind { get; private set; }
    public CampaignStatus Status { get; private set; } = CampaignStatus.Draft;
    public bool RegistrationRequired { get; private set; } = true;
    public DateOnly? PledgeDeadline { get; private set; }
    public DateOnly? ResultsDeadline { get; private set; }

    /// <summary>
    /// The first day of a thematic or period campaign (chuyên đề, theo đợt), which may lie years before its closing
    /// year; null for a yearly campaign, which runs over its calendar year.
    /// </summary>
    public DateOnly? StartsOn { get; private set; }

    /// <summary>The last day of a thematic or period campaign, within <see cref="Year"/>, the year it is summed up; null for a yearly one.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Whether the campaign runs over dates of its own rather than its calendar year.</summary>
    public bool HasOwnPeriod => Kind != CampaignKind.Yearly;

    /// <summary>
    /// The kind of the awards this campaign's decisions record: merit for a yearly campaign, thematic for a thematic or
    /// period one (chuyên đề, theo đợt), which is no basis for a later merit award (Decree 152/2025 Art. 4(3)).
    /// </summary>
    public AwardKind AwardKind => Kind == CampaignKind.Yearly ? AwardKind.Merit : AwardKind.Thematic;

    /// <summary>
    /// For a thematic campaign, the whole years it runs from its first to its last day (Law 06/2022 Art. 26(2) gives
    /// the Emulation Flag to the leaders of one of three years or more); 0 while its dates are not set; null otherwise.
    /// </summary>
    public int? ThematicYears => Kind != CampaignKind.Thematic ? null
        : StartsOn is { } start && EndsOn is { } end ? WholeYears(start, end) : 0;

    /// <summary>Whole years from <paramref name="start"/> to <paramref name="end"/>, both days included: 01/03/2024–28/02/2027 is three.</summary>
    public static int WholeYears(DateOnly start, DateOnly end)
    {
        var dayAfter = end.AddDays(1);
        var years = dayAfter.Year - start.Year;
        return start.AddYears(years) <= dayAfter ? years : years - 1;
    }

    /// <inheritdoc cref="CampaignGates.AcceptsPledges"/>
    public bool AcceptsPledges => Status.AcceptsPledges();

    /// <inheritdoc cref="CampaignGates.AcceptsResults"/>
    public bool AcceptsResults => Status.AcceptsResults();

    /// <inheritdoc cref="CampaignGates.AcceptsNominations"/>
    public bool AcceptsNominations => Status.AcceptsNominations();

    public IReadOnlyList<Criterion> Criteria => _criteria;
    public IReadOnlyList<CampaignTransition> Transitions => _transitions;
    public IReadOnlyList<OfferedTitle> OfferedTitles => _offeredTitles;
    public IReadOnlyList<CampaignAmendment> Amendments => _amendments;

    /// <summary>What a scoring table's scored criteria total: the 100-point scale the guidance uses; a launch needs it.</summary>
    public const decimal ScoredPointsScale = 100m;

    /// <summary>Sum of the scored criteria's maximum points (bonus and penalty excluded); a table is expected to total 100.</summary>
    public decimal ScoredMaxPoints => TotalScoredMaxPoints(_criteria);

    public static decimal TotalScoredMaxPoints(IEnumerable<Criterion> criteria) =>
        criteria.Where(c => c.Kind == CriterionKind.Scored).Sum(c => c.MaxPoints);

    public static Result<Campaign> Draft(string name, int year, CampaignKind kind,
        DateOnly? pledgeDeadline = null, DateOnly? resultsDeadline = null, bool registrationRequired = true,
        string? code = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (year is < MinYear or > MaxYear)
        {
            return Result<Campaign>.Failure(CampaignErrors.InvalidYear(year));
        }

        if (DeadlineRefusal(pledgeDeadline, resultsDeadline) is { } refused)
        {
            return Result<Campaign>.Failure(refused);
        }

        if ((CleanText.Refusal(name) ?? CleanText.Refusal(code)) is { } unclean)
        {
            return Result<Campaign>.Failure(unclean);
        }

        return Result<Campaign>.Success(new Campaign(CleanText.Normalize(name), year, kind)
        {
            PledgeDeadline = pledgeDeadline,
            ResultsDeadline = resultsDeadline,
            RegistrationRequired = registrationRequired,
            Code = string.IsNullOrWhiteSpace(code) ? null : CleanText.Normalize(code),
        });
    }

    /// <summary>
    /// Why deadlines are refused: one outside the years a campaign can have (a date typed as 9999, which a copy to
    /// another year could not even shift), or the results due before the pledges; null when they stand.
    /// </summary>
    private static DomainError? DeadlineRefusal(DateOnly? pledgeDeadline, DateOnly? resultsDeadline) =>
        pledgeDeadline is { Year: < MinYear or > MaxYear } pledge ? CampaignErrors.DeadlineOutOfRange(nameof(PledgeDeadline), pledge)
        : resultsDeadline is { Year: < MinYear or > MaxYear } results ? CampaignErrors.DeadlineOutOfRange(nameof(ResultsDeadline), results)
        : pledgeDeadline > resultsDeadline ? CampaignErrors.DeadlinesOutOfOrder()
        : null;

    /// <summary>A new draft for <paramref name="year"/> with this campaign's criteria, titles and deadlines shifted by the year difference.</summary>
    public Result<Campaign> CopyAs(string name, int year)
    {
        var shift = year - Year;
        var draft = Draft(name, year, Kind, PledgeDeadline?.AddYears(shift), ResultsDeadline?.AddYears(shift),
            RegistrationRequired);
        if (!draft.IsSuccess)
        {
            return draft;
        }

        if (StartsOn is { } start && EndsOn is { } end)
        {
            draft.Value.StartsOn = start.AddYears(shift);
            draft.Value.EndsOn = end.AddYears(shift);
        }

        draft.Value.AgencyId = AgencyId;
        draft.Value._criteria.AddRange(_criteria.Select(c => c.Copy()));
        draft.Value._offeredTitles.AddRange(_offeredTitles.Select(t => OfferedTitle.Of(t.Title, t.QuotaPercent)));
        return draft;
    }

    /// <summary>Gives a new campaign to the agency that runs it; an agency's campaign never passes to another.</summary>
    public void BelongTo(int agencyId)
    {
        if (AgencyId is { } current && current != agencyId)
        {
            throw new InvalidOperationException($"Campaign {Id} belongs to agency {current}, not {agencyId}.");
        }

        AgencyId = agencyId;
    }

    /// <summary>Sets the pledge and results deadlines; only while the campaign is a draft.</summary>
    public Result SetDeadlines(DateOnly? pledgeDeadline, DateOnly? resultsDeadline)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        if (DeadlineRefusal(pledgeDeadline, resultsDeadline) is { } refused)
        {
            return Result.Failure(refused);
        }

        PledgeDeadline = pledgeDeadline;
        ResultsDeadline = resultsDeadline;
        return Result.Success();
    }

    /// <summary>
    /// Sets a thematic or period campaign's own first and last day (both, or neither while drafting); the last day lies
    /// in the campaign's year and not before the first. Only while the campaign is a draft.
    /// </summary>
    public Result SetPeriod(DateOnly? startsOn, DateOnly? endsOn)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        if (!HasOwnPeriod)
        {
            return Result.Failure(CampaignErrors.PeriodOnlyForThematic());
        }

        if (startsOn is null != endsOn is null)
        {
            return Result.Failure(CampaignErrors.PeriodIncomplete());
        }

        if (startsOn is { } start && endsOn is { } end)
        {
            if (end.Year != Year)
            {
                return Result.Failure(CampaignErrors.PeriodMustEndInYear(end, Year));
            }

            if (start > end || start.Year < MinYear)
            {
                return Result.Failure(CampaignErrors.PeriodOutOfOrder(start, end));
            }
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
        return Result.Success();
    }

    /// <summary>Offers a title or commendation, optionally capped at a percent of participants; offering it again changes the quota.</summary>
    public Result OfferTitle(Title title, decimal? quotaPercent = null)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        if (quotaPercent is <= 0 or > 100)
        {
            return Result.Failure(CampaignErrors.QuotaOutOfRange(title.ToString()));
        }

        if (!OffersFor(Kind).Contains(title))
        {
            return Result.Failure(Kind == CampaignKind.Period && title == Title.ProvincialEmulationFlag
                ? CampaignErrors.FlagOnlyForYearlyOrThematic()
                : CampaignErrors.TitleOnlyYearly(title.ToString()));
        }

        var offered = _offeredTitles.Find(t => t.Title == title);
        if (offered is null)
        {
            _offeredTitles.Add(OfferedTitle.Of(title, quotaPercent));
        }
        else
        {
            offered.ChangeQuota(quotaPercent);
        }

        return Result.Success();
    }

    public Result WithdrawTitle(Title title)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        return _offeredTitles.RemoveAll(t => t.Title == title) == 0
            ? Result.Failure(CampaignErrors.TitleNotOffered(title.ToString()))
            : Result.Success();
    }

    /// <summary>Replaces the whole scoring table at once (an import); all criteria valid or nothing changes.</summary>
    public Result ReplaceCriteria(IReadOnlyList<Criterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        var errors = new List<DomainError>();
        var accepted = new List<Criterion>();
        foreach (var criterion in criteria)
        {
            errors.AddRange(ValidateCriterion(criterion, accepted));
            accepted.Add(criterion);
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _criteria.Clear();
        _criteria.AddRange(criteria);
        return Result.Success();
    }

    /// <summary>Changes a launched scoring table, recording who, when, why and what.</summary>
    public Result Amend(string by, DateTimeOffset at, string reason, CampaignChange change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(change);
        if (Status is CampaignStatus.Draft or CampaignStatus.Closed)
        {
            return Result.Failure(CampaignErrors.AmendmentNotAllowed(Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(CampaignErrors.AmendmentReasonRequired());
        }

        var description = change.Describe(this);
        switch (change)
        {
            case ChangeMaxPoints max:
                var criterion = FindCriterion(max.Code);
                if (criterion is null)
                {
                    return Result.Failure(CampaignErrors.CriterionNotFound(max.Code));
                }

                if (max.NewMaxPoints <= 0)
                {
                    return Result.Failure(CampaignErrors.InvalidMaxPoints(max.Code));
                }

                criterion.ChangeMaxPoints(max.NewMaxPoints);
                break;
            case AddCriterionChange add:
                // Units pledge targets only while the campaign takes pledges; later a target could never be entered.
                if (add.Criterion.NeedsTarget && Status != CampaignStatus.Launched)
                {
                    return Result.Failure(CampaignErrors.TargetCriterionAfterPledges(add.Criterion.Code));
                }

                var errors = ValidateCriterion(add.Criterion, _criteria).ToList();
                if (errors.Count > 0)
                {
                    return Result.Failure(errors);
                }

                _criteria.Add(add.Criterion);
                break;
            case ChangeBlocs:
                // The blocs are the organisation's; the campaign records the change and its reason.
                break;
            default:
                throw new ArgumentException($"Unsupported change {change.GetType().Name}.", nameof(change));
        }

        _amendments.Add(CampaignAmendment.Record(by, at, reason.Trim(), description));
        return Result.Success();
    }

    /// <summary>Adds a line to the scoring table; only while the campaign is a draft.</summary>
    public Result AddCriterion(Criterion criterion)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        var errors = ValidateCriterion(criterion, _criteria).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _criteria.Add(criterion);
        return Result.Success();
    }

    /// <summary>
    /// Changes the line <paramref name="code"/> of a draft's scoring table into <paramref name="changed"/> (its code
    /// may change too), checked by the same rules as a new line; in its place, so the table keeps its order. Frozen
    /// once launched: a launched table changes only through <see cref="Amend"/>, with a reason.
    /// </summary>
    public Result EditCriterion(string code, Criterion changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        var criterion = FindCriterion(code);
        if (criterion is null)
        {
            return Result.Failure(CampaignErrors.CriterionNotFound(code));
        }

        var errors = ValidateCriterion(changed, _criteria.Where(c => !ReferenceEquals(c, criterion))).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        criterion.TakeOver(changed);
        return Result.Success();
    }

    public Result RemoveCriterion(string code)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        _criteria.RemoveAll(c => CleanText.SameCode(c.Code, code));
        return Result.Success();
    }

    /// <summary>
    /// Launches the draft over <paramref name="field"/>; refused, with every reason at once (<see cref="LaunchRefusals"/>),
    /// while the campaign is not ready.
    /// </summary>
    public Result Launch(string by, DateTimeOffset at, LaunchField field)
    {
        if (Status != CampaignStatus.Draft)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, CampaignStatus.Draft));
        }

        var refusals = LaunchRefusals(field);
        return refusals.Count > 0 ? Result.Failure(refusals) : MoveTo(CampaignStatus.Launched, CampaignStatus.Draft, by, at);
    }

    /// <summary>
    /// Every reason the draft cannot be launched over <paramref name="field"/>, as codes with their facts: no scored
    /// criterion, scored points not totalling <see cref="ScoredPointsScale"/>, no title offered, a deadline missing or
    /// the two out of order, no unit to tell, a bloc with no unit. Empty when it can be launched.
    /// </summary>
    public IReadOnlyList<DomainError> LaunchRefusals(LaunchField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var refusals = new List<DomainError>();
        if (!_criteria.Any(c => c.Kind == CriterionKind.Scored))
        {
            refusals.Add(CampaignErrors.NoCriteria());
        }
        else if (ScoredMaxPoints != ScoredPointsScale)
        {
            refusals.Add(CampaignErrors.ScoredTotalOutOfScale(ScoredMaxPoints, ScoredPointsScale));
        }

        if (_offeredTitles.Count == 0)
        {
            refusals.Add(CampaignErrors.NoTitleOffered());
        }

        if (HasOwnPeriod && StartsOn is null)
        {
            refusals.Add(CampaignErrors.PeriodMissing());
        }

        if (PledgeDeadline is null)
        {
            refusals.Add(CampaignErrors.PledgeDeadlineMissing());
        }

        if (ResultsDeadline is null)
        {
            refusals.Add(CampaignErrors.ResultsDeadlineMissing());
        }

        if (PledgeDeadline is { } pledge && ResultsDeadline is { } results && pledge > results)
        {
            refusals.Add(CampaignErrors.DeadlinesOutOfOrder(pledge, results));
        }

        if (field.Units == 0)
        {
            refusals.Add(CampaignErrors.NoUnits());
        }

        refusals.AddRange(field.Blocs.Where(b => b.Units == 0).Select(b => CampaignErrors.EmptyBloc(b.Name)));
        return refusals;
    }

    public Result OpenResults(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.ResultsOpen, CampaignStatus.Launched, by, at);

    public Result StartReview(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.Review, CampaignStatus.ResultsOpen, by, at);

    public Result Close(string by, DateTimeOffset at) =>
        MoveTo(CampaignStatus.Closed, CampaignStatus.Review, by, at);

    /// <summary>
    /// The titles a campaign of <paramref name="kind"/> may offer. The emulation titles are given year by year (Law
    /// 06/2022 Art. 21–28), so a thematic or period campaign offers the forms of commendation, and a thematic one also
    /// the Emulation Flag of Art. 26(2); a yearly campaign offers everything.
    /// </summary>
    public static IReadOnlySet<Title> OffersFor(CampaignKind kind) => kind switch
    {
        CampaignKind.Yearly => AllTitles,
        CampaignKind.Thematic => ThematicTitles,
        _ => PeriodTitles,
    };

    /// <summary>
    /// Whether this campaign may grant <paramref name="title"/> to <paramref name="nominee"/>: checked when an award is
    /// decided, sent up or recorded, not only when a nomination is made, so that a yearly title nominated on a thematic or
    /// period campaign (before that was refused) is never granted, whatever the council voted. Thematic awards are no
    /// basis for merit awards (Decree 152/2025 Art. 4(3)): a yearly title granted on one would feed streaks it must not.
    /// </summary>
    public Result MayGrant(Title title, string nominee) =>
        OffersFor(Kind).Contains(title) ? Result.Success() : Result.Failure(CampaignErrors.TitleNotGivenByKind(title.ToString(), nominee));

    private static readonly HashSet<Title> AllTitles = [.. Enum.GetValues<Title>()];
    private static readonly HashSet<Title> PeriodTitles =
        [.. AllTitles.Where(t => !Titles.IndividualEmulation.Contains(t) && !Titles.CollectiveEmulation.Contains(t))];
    private static readonly HashSet<Title> ThematicTitles = [.. PeriodTitles, Title.ProvincialEmulationFlag];

    /// <summary>The criterion with <paramref name="code"/> in any case or Unicode form (<see cref="CleanText.SameCode"/>).</summary>
    public Criterion? FindCriterion(string code) => _criteria.Find(c => CleanText.SameCode(c.Code, code));

    private static IEnumerable<DomainError> ValidateCriterion(Criterion criterion, IEnumerable<Criterion> existing)
    {
        if (existing.Any(c => CleanText.SameCode(c.Code, criterion.Code)))
        {
            yield return CampaignErrors.DuplicateCode(criterion.Code);
        }

        if (criterion.MaxPoints <= 0)
        {
            yield return CampaignErrors.InvalidMaxPoints(criterion.Code);
        }

        if (criterion.Weight <= 0)
        {
            yield return CampaignErrors.InvalidWeight(criterion.Code);
        }

        foreach (var error in ValidateBands(criterion))
        {
            yield return error;
        }
    }

    private static IEnumerable<DomainError> ValidateBands(Criterion criterion) =>
        criterion.Method == ScoringMethod.Bands ? Criterion.CheckBands(criterion.Code, criterion.Bands) : [];

    private Result MoveTo(CampaignStatus to, CampaignStatus requiredFrom, string by, DateTimeOffset at)
    {
        if (Status != requiredFrom)
        {
            return Result.Failure(CampaignErrors.WrongStatus(Status, requiredFrom));
        }

        _transitions.Add(CampaignTransition.Record(Status, to, by, at));
        Status = to;
        return Result.Success();
    }
}
