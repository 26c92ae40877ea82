using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>How a criterion is scored, in the API's words.</summary>
public enum ApiScoringMethod
{
    Proportional,
    Bands,
    YesNo,

    /// <summary>The council gives the points.</summary>
    Manual,
}

public sealed record BlocRequest(
    [Text(Bloc.CodeMaxLength)] string? Code,
    [Text(Bloc.NameMaxLength)] string? Name,
    [AtMost(Unit.MaxUnitsNamed)] List<string>? UnitCodes);

public sealed record BandRequest(
    [RequiredField, Between(0.01, 1000), Digits(CampaignsApi.BandPercentPrecision, CampaignsApi.BandPercentScale)] decimal? FromPercentOfTarget,
    [RequiredField, Between(0, 100), Digits(CampaignsApi.BandPercentPrecision, CampaignsApi.BandPercentScale)] decimal? PercentOfMax);

public sealed record CriterionRequest(
    [Text(Criterion.CodeMaxLength)] string? Code,
    [Text(Criterion.GroupMaxLength, Optional = true)] string? Group,
    [Text(Criterion.NameMaxLength)] string? Name,
    [Text(Criterion.UnitOfMeasureMaxLength, Optional = true)] string? Unit,
    [RequiredField, AboveZeroAtMost(CampaignsApi.MaxPointsLimit), Digits(DecimalLimits.FigurePrecision, DecimalLimits.FigureScale)] decimal? MaxPoints,
    [RequiredField] ApiScoringMethod? Method,
    [RequiredField] CriterionDirection? Direction,
    [AtMost(Campaign.MaxCriteria)] List<BandRequest>? Bands);

public sealed record PointsItemRequest(
    [Text(Criterion.CodeMaxLength)] string? Code,
    [Text(Criterion.NameMaxLength)] string? Name,
    [RequiredField, AboveZeroAtMost(CampaignsApi.MaxPointsLimit), Digits(DecimalLimits.FigurePrecision, DecimalLimits.FigureScale)] decimal? MaxPoints);

public sealed record CampaignRequest(
    [Text(Campaign.CodeMaxLength)] string? Code,
    [Text(Campaign.NameMaxLength)] string? Name,
    [RequiredField, Between(2000, 2100)] int? Year,
    [RequiredField] CampaignKind? Kind,
    [AtMost(Campaign.MaxBlocs)] List<BlocRequest>? Blocs,
    [AtMost(Campaign.MaxCriteria)] List<CriterionRequest>? Criteria,
    [AtMost(Campaign.MaxCriteria)] List<PointsItemRequest>? Bonuses,
    [AtMost(Campaign.MaxCriteria)] List<PointsItemRequest>? Penalties,
    [AtMost(Award.MaxPerYear)] List<OfferedTitleRequest>? Titles = null,
    DateOnly? PledgeDeadline = null, DateOnly? ResultsDeadline = null,
    DateOnly? StartsOn = null, DateOnly? EndsOn = null);

/// <summary>A title the campaign offers, capped at <paramref name="QuotaPercent"/> of its base when given.</summary>
public sealed record OfferedTitleRequest([RequiredField] Title? Award, [Between(0.01, 100), Digits(DecimalLimits.PercentPrecision, DecimalLimits.PercentScale)] decimal? QuotaPercent);

public sealed record PledgedPersonRequest([Text(Person.CodeMaxLength)] string? PersonCode, Title? Title);

public sealed record PledgeRequest(
    [AtMost(Campaign.MaxCriteria)] Dictionary<string, decimal>? Targets,
    [AtMost(Award.MaxPerYear)] List<Title>? Titles,
    [AtMost(Unit.MaxStaffNamed)] List<PledgedPersonRequest>? People);

public sealed record ResultsRequest(
    [AtMost(Campaign.MaxCriteria)] Dictionary<string, decimal>? Values,
    [AtMost(Campaign.MaxCriteria)] Dictionary<string, decimal>? Bonuses,
    [AtMost(Campaign.MaxCriteria)] Dictionary<string, decimal>? Penalties);

public sealed record IdResponse(int Id);

public sealed record PledgeResponse(string UnitCode, SubmissionStatus Status, IReadOnlyDictionary<string, decimal> Targets);

public sealed record ResultsResponse(string UnitCode, SubmissionStatus Status, IReadOnlyDictionary<string, decimal> Values,
    IReadOnlyDictionary<string, decimal> Bonuses, IReadOnlyDictionary<string, decimal> Penalties);

/// <summary><c>/api/v1/campaigns</c>: set up and launch a campaign; units' pledges and results.</summary>
internal static class CampaignsApi
{
    /// <summary>Points for one line of a table; more is a typing mistake.</summary>
    public const int MaxPointsLimit = 1000;

    /// <summary>A band's percent is stored divided by 100, as a figure: two decimals fewer than a figure's.</summary>
    public const int BandPercentPrecision = DecimalLimits.FigurePrecision - 2;

    public const int BandPercentScale = DecimalLimits.FigureScale - 2;

    /// <summary>
    /// Refusals of a pledge or results that no change to the request would lift: the campaign is not open for them, or
    /// they are submitted and wait for review (409, as every state refusal of the API).
    /// </summary>
    private static readonly string[] SubmissionStates =
        [SubmissionService.CampaignNotOpen("").Code, "pledge.not_editable", "submission.not_awaiting_review",
            CampaignParticipation.NotTakingPartCode];

    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapPost("/", CreateAsync).WithName("CreateCampaign").RequireAuthorization(Policies.ManageCampaigns);
        campaigns.MapPost("/{id:int}/launch", LaunchAsync).WithName("LaunchCampaign").RequireAuthorization(Policies.ManageCampaigns).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPut("/{id:int}/pledges/{unitCode}", PutPledgeAsync).WithName("PutPledge").RequireAuthorization(Policies.EnterUnitResults).RequiresIfMatch();
        campaigns.MapGet("/{id:int}/pledges/{unitCode}", GetPledgeAsync).WithName("GetPledge").RequireAuthorization(Policies.SignedInWithRole).ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id:int}/results/{unitCode}", GetResultsAsync).WithName("GetResults").RequireAuthorization(Policies.SignedInWithRole).ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{id:int}/results/{unitCode}", PutResultsAsync).WithName("PutResults").RequireAuthorization(Policies.EnterUnitResults).RequiresIfMatch();
        campaigns.MapPost("/{id:int}/results/{unitCode}/submit", SubmitResultsAsync).WithName("SubmitResults").RequireAuthorization(Policies.EnterUnitResults).ProducesWriteProblems();
        return api;
    }

    /// <summary>
    /// The framework checks each field against the domain's limits before this runs; what is left is the table as a
    /// whole: codes used twice, a unit in two blocs, bands that do not rise.
    /// </summary>
    private static async Task<Results<Created<IdResponse>, LocalizedProblem>> CreateAsync(HttpContext context,
        [FromServices] CampaignSetupService setup, CampaignRequest request)
    {
        var errors = new FieldErrors();
        var blocs = Blocs(errors, request.Blocs);
        var criteria = Criteria(errors, request);
        var titles = OfferedTitles(errors, request.Titles);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var created = await setup.CreateAsync(Actor.From(context.User), new CampaignSetup(request.Code!.Trim(),
            request.Name!.Trim(), request.Year!.Value, request.Kind!.Value, blocs, criteria)
        {
            Titles = titles, PledgeDeadline = request.PledgeDeadline, ResultsDeadline = request.ResultsDeadline,
            StartsOn = request.StartsOn, EndsOn = request.EndsOn,
        });
        if (!created.IsSuccess)
        {
            return ApiJson.Invalid(context, created.Errors, e => e.Code switch
            {
                "campaign.code_taken" => "code",
                "campaign.invalid_year" => "year",
                "campaign.deadlines_out_of_order" => "resultsDeadline",
                "campaign.deadline_out_of_range" => e.Item == nameof(Campaign.PledgeDeadline) ? "pledgeDeadline" : "resultsDeadline",
                "records.not_found" or "campaign.agency_unknown" => "blocs",
                StoredNumbers.Code => Enum.TryParse<Title>(e.Item, out _) ? "titles" : "criteria",
                "campaign.quota_out_of_range" or "campaign.title_only_yearly" or "campaign.flag_only_yearly_or_thematic" => "titles",
                "campaign.period_out_of_order" or "campaign.period_incomplete" or "campaign.period_only_for_thematic" => "startsOn",
                "campaign.period_must_end_in_year" => "endsOn",
                _ => "criteria",
            });
        }

        return TypedResults.Created($"/api/v1/campaigns/{created.Value}", new IdResponse(created.Value));
    }

    private static List<OfferedTitleSetup> OfferedTitles(FieldErrors errors, List<OfferedTitleRequest>? requests)
    {
        var titles = new List<OfferedTitleSetup>();
        var list = requests ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { Award: { } award } offered)
            {
                errors.Add($"titles[{i}]", FieldErrors.RequiredKey);
            }
            else if (titles.Any(t => t.Title == award))
            {
                errors.Add($"titles[{i}].award", "Api.Field.Twice");
            }
            else
            {
                titles.Add(new OfferedTitleSetup(award, offered.QuotaPercent));
            }
        }

        return titles;
    }

    private static List<BlocSetup> Blocs(FieldErrors errors, List<BlocRequest>? requests)
    {
        var blocs = new List<BlocSetup>();
        var seenBlocs = new HashSet<string>(CleanText.CodeComparer);
        var seenUnits = new HashSet<string>(CleanText.CodeComparer);
        var list = requests ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"blocs[{i}]";
            if (list[i] is not { Code: { } code, Name: { } name } bloc)
            {
                errors.Add(path, FieldErrors.RequiredKey);
                continue;
            }

            if (!seenBlocs.Add(code.Trim()))
            {
                errors.Add($"{path}.code", "Api.Field.BlocCodeTwice");
            }

            // The items of a list of strings carry no attributes: their limits are checked here.
            var units = bloc.UnitCodes ?? [];
            for (var u = 0; u < units.Count; u++)
            {
                errors.Text($"{path}.unitCodes[{u}]", units[u], Unit.CodeMaxLength);
                if (units[u] is { } unit && !seenUnits.Add(unit.Trim()))
                {
                    errors.Add($"{path}.unitCodes[{u}]", "Api.Field.UnitTwice");
                }
            }

            blocs.Add(new BlocSetup(code.Trim(), name.Trim(),
                [.. units.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim())]));
        }

        return blocs;
    }

    private static List<Criterion> Criteria(FieldErrors errors, CampaignRequest request)
    {
        var criteria = new List<Criterion>();
        var codes = new HashSet<string>(CleanText.CodeComparer);
        var scored = request.Criteria ?? [];
        if (scored.Count == 0)
        {
            errors.Add("criteria", "Api.Field.CriterionRequired");
        }

        for (var i = 0; i < scored.Count; i++)
        {
            var path = $"criteria[{i}]";
            if (scored[i] is not { Code: { } code, Name: { } name, MaxPoints: { } max, Method: { } method, Direction: { } direction } c)
            {
                errors.Add(path, FieldErrors.RequiredKey);
                continue;
            }

            var unique = Unique(errors, path, codes, code);
            if (Bands(errors, path, c) is { } bands && unique)
            {
                criteria.Add(Criterion.Scored(code, name, c.Group ?? "", max, c.Unit ?? "",
                    method switch
                    {
                        ApiScoringMethod.Bands => ScoringMethod.Bands,
                        ApiScoringMethod.YesNo => ScoringMethod.YesNo,
                        ApiScoringMethod.Manual => ScoringMethod.CouncilPoints,
                        _ => ScoringMethod.ProportionalToTarget,
                    },
                    direction, bands: bands));
            }
        }

        // Bonus and penalty items score one point per unit reported, so a unit reports the points themselves.
        Items(errors, "bonuses", request.Bonuses, codes, criteria, (code, name, max) => Criterion.Bonus(code, name, 1m, max, ""));
        Items(errors, "penalties", request.Penalties, codes, criteria, (code, name, max) => Criterion.Penalty(code, name, 1m, max, ""));
        return criteria;
    }

    private static List<ScoreBand>? Bands(FieldErrors errors, string path, CriterionRequest c)
    {
        var list = c.Bands ?? [];
        if (c.Method == ApiScoringMethod.Bands && list.Count == 0)
        {
            errors.Add($"{path}.bands", "Api.Field.BandRequired");
            return null;
        }

        var bands = new List<ScoreBand>();
        for (var b = 0; b < list.Count; b++)
        {
            if (list[b] is not { FromPercentOfTarget: { } from, PercentOfMax: { } percent })
            {
                errors.Add($"{path}.bands[{b}]", FieldErrors.RequiredKey);
                return null;
            }

            bands.Add(new ScoreBand(from / 100m, percent / 100m));
        }

        var ok = true;
        foreach (var error in c.Method == ApiScoringMethod.Bands ? Criterion.CheckBands(c.Code ?? "", bands) : [])
        {
            errors.Add($"{path}.bands", error);
            ok = false;
        }

        return ok ? bands : null;
    }

    private static void Items(FieldErrors errors, string name, List<PointsItemRequest>? requests, HashSet<string> codes,
        List<Criterion> criteria, Func<string, string, decimal, Criterion> create)
    {
        var list = requests ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (list[i] is not { Code: { } code, Name: { } itemName, MaxPoints: { } max })
            {
                errors.Add(path, FieldErrors.RequiredKey);
            }
            else if (Unique(errors, path, codes, code))
            {
                criteria.Add(create(code, itemName, max));
            }
        }
    }

    /// <summary>A code is unique across the whole table (criteria, bonuses and penalties together).</summary>
    private static bool Unique(FieldErrors errors, string path, HashSet<string> codes, string code)
    {
        if (codes.Add(CleanText.Normalize(code)))
        {
            return true;
        }

        errors.Add($"{path}.code", "Api.Field.CodeTwice");
        return false;
    }

    private static async Task<Results<NoContent, LocalizedProblem>> LaunchAsync(HttpContext context, [FromServices] CampaignService campaigns, int id)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ManageCampaigns);
        if (await campaigns.GetAsync(actor, id) is null)
        {
            return ApiJson.NotFound("Api.NotFound.Campaign", id);
        }

        // Every reason at once, each with its code and facts in "reasons": 409 when the campaign is past its draft
        // (or changed meanwhile), 400 when the draft is not ready.
        var launched = await campaigns.MoveAsync(actor, id, CampaignStep.Launch);
        if (launched.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        var conflict = launched.Errors.Any(e => e.Code is "campaign.wrong_status" || e.Code == ConcurrencyErrors.Code);
        return ApiProblems.Refusals(conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, launched.Errors);
    }

    private static async Task<Results<NoContent, LocalizedProblem>> PutPledgeAsync(HttpContext context, [FromServices] RecordsService records,
        [FromServices] SubmissionService submissions, [FromServices] CampaignSetupService setup, int id, string unitCode, PledgeRequest request)
    {
        var actor = Actor.From(context.User);
        var (workspace, _, missing) = await WorkspaceAsync(actor, records, submissions, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        var errors = new FieldErrors();
        var targets = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var sentAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, target) in request.Targets ?? [])
        {
            if (NamedCriterion(errors, "targets", code, workspace!.Lines.Where(l => l.NeedsTarget), "Api.Field.NoTargetCriterion",
                    sentAs) is { } own)
            {
                targets[own] = target;
            }
        }

        var titles = request.Titles ?? [];
        for (var i = 0; i < titles.Count; i++)
        {
            if (!Titles.CollectiveEmulation.Contains(titles[i]))
            {
                errors.Add($"titles[{i}]", "Api.Field.NotCollectiveTitle");
            }
        }

        var people = new List<PledgedPerson>();
        var named = new HashSet<string>(CleanText.CodeComparer);
        var list = request.People ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { PersonCode: { } code } person)
            {
                errors.Add($"people[{i}]", FieldErrors.RequiredKey);
                continue;
            }

            if (!named.Add(code.Trim()))
            {
                // Checked here, with everything else, so that nothing is written when it fails.
                errors.Add($"people[{i}].personCode", "Api.Field.Twice");
            }

            if (person.Title is not { } title || !Titles.IndividualEmulation.Contains(title))
            {
                errors.Add($"people[{i}].title", "Api.Field.NotIndividualTitle");
            }
            else
            {
                people.Add(new PledgedPerson(code.Trim(), title));
            }
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        actor.RequireEditUnit(workspace!.UnitId);
        var (version, precondition) = ApiPreconditions.Check(context, workspace.PledgeVersion);
        if (precondition is not null)
        {
            return precondition;
        }

        var pledged = await setup.ResolvePledgedPeopleAsync(actor, workspace.UnitId, people);
        if (!pledged.IsSuccess)
        {
            return ApiJson.Invalid(context, pledged.Errors, PledgeField(list));
        }

        // Targets and titles in one save: both or neither.
        var saved = await submissions.SavePledgeAsync(actor, id, workspace.UnitId, targets, version, submit: false,
            new PledgedTitleChange(titles, pledged.Value));
        if (!saved.IsSuccess)
        {
            return ApiPreconditions.StateRefusal(context, saved.Errors, SubmissionStates) ?? ApiJson.Invalid(context, saved.Errors, e => e.Item is not { } item ? "$"
                : sentAs.TryGetValue(item, out var sent) ? $"targets.{sent}"
                : workspace.Lines.Any(l => l.Code == item) ? $"targets.{item}"
                : PledgeField(list)(e));
        }

        ApiPreconditions.SetETag(context, saved.Value.Version);
        return TypedResults.NoContent();
    }

    /// <summary>The unit's pledge as it stands, with its version as the ETag to send back in <c>If-Match</c>.</summary>
    private static async Task<Results<Ok<PledgeResponse>, LocalizedProblem>> GetPledgeAsync(HttpContext context, [FromServices] RecordsService records,
        [FromServices] SubmissionService submissions, int id, string unitCode)
    {
        var (workspace, storedCode, missing) = await WorkspaceAsync(Actor.From(context.User), records, submissions, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        ApiPreconditions.SetETag(context, workspace!.PledgeVersion);
        return TypedResults.Ok(new PledgeResponse(storedCode!, workspace.PledgeStatus,
            workspace.Lines.Where(l => l.Target is not null).ToDictionary(l => l.Code, l => l.Target!.Value, StringComparer.Ordinal)));
    }

    /// <summary>The unit's results as they stand, with their version as the ETag.</summary>
    private static async Task<Results<Ok<ResultsResponse>, LocalizedProblem>> GetResultsAsync(HttpContext context, [FromServices] RecordsService records,
        [FromServices] SubmissionService submissions, int id, string unitCode)
    {
        var (workspace, storedCode, missing) = await WorkspaceAsync(Actor.From(context.User), records, submissions, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        ApiPreconditions.SetETag(context, workspace!.ResultVersion);
        IReadOnlyDictionary<string, decimal> Of(CriterionKind kind) => workspace.Lines
            .Where(l => l.Kind == kind && l.Value is not null)
            .ToDictionary(l => l.Code, l => l.Value!.Value, StringComparer.Ordinal);
        return TypedResults.Ok(new ResultsResponse(storedCode!, workspace.ResultStatus, Of(CriterionKind.Scored),
            Of(CriterionKind.Bonus), Of(CriterionKind.Penalty)));
    }

    private static Func<DomainError, string> PledgeField(List<PledgedPersonRequest> people) => error =>
    {
        var index = people.FindIndex(p => p?.PersonCode?.Trim() == error.Item);
        return index >= 0 ? $"people[{index}].personCode" : "people";
    };

    private static async Task<Results<NoContent, LocalizedProblem>> PutResultsAsync(HttpContext context, [FromServices] RecordsService records,
        [FromServices] SubmissionService submissions, int id, string unitCode, ResultsRequest request)
    {
        var actor = Actor.From(context.User);
        var (workspace, _, missing) = await WorkspaceAsync(actor, records, submissions, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        var errors = new FieldErrors();
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var sentAs = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(errors, "values", request.Values, CriterionKind.Scored, workspace!, values, sentAs);
        Collect(errors, "bonuses", request.Bonuses, CriterionKind.Bonus, workspace!, values, sentAs);
        Collect(errors, "penalties", request.Penalties, CriterionKind.Penalty, workspace!, values, sentAs);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        actor.RequireEditUnit(workspace!.UnitId);
        var (version, precondition) = ApiPreconditions.Check(context, workspace.ResultVersion);
        if (precondition is not null)
        {
            return precondition;
        }

        var kinds = workspace.Lines.ToDictionary(l => l.Code, l => l.Kind);
        var saved = await submissions.SaveResultsAsync(actor, id, workspace.UnitId, values, version, submit: false);
        return ResultsSaved(context, saved, kinds, sentAs);
    }

    /// <summary>204 with the results' new ETag, or the refusal: 409/412 for a concurrent save, else 400.</summary>
    private static Results<NoContent, LocalizedProblem> ResultsSaved(HttpContext context, Result<SavedSubmission> saved,
        IReadOnlyDictionary<string, CriterionKind> kinds, IReadOnlyDictionary<string, string>? sentAs = null)
    {
        if (!saved.IsSuccess)
        {
            return ApiPreconditions.StateRefusal(context, saved.Errors, SubmissionStates) ??
                ApiJson.Invalid(context, saved.Errors, e => ResultField(e, kinds, sentAs));
        }

        ApiPreconditions.SetETag(context, saved.Value.Version);
        return TypedResults.NoContent();
    }

    private static void Collect(FieldErrors errors, string name, Dictionary<string, decimal>? given, CriterionKind kind,
        UnitWorkspace workspace, Dictionary<string, decimal?> values, Dictionary<string, string> sentAs)
    {
        foreach (var (code, value) in given ?? [])
        {
            if (NamedCriterion(errors, name, code, workspace.Lines.Where(l => l.Kind == kind), $"Api.Field.No{kind}Item", sentAs) is not { } own)
            {
                continue;
            }

            if (value < 0)
            {
                errors.Add($"{name}.{code}", "Api.Field.Negative");
            }
            else
            {
                values[own] = value;
            }
        }
    }

    /// <summary>
    /// The own code of the criterion among <paramref name="lines"/> that a body names as <paramref name="sent"/>, matched
    /// as codes are everywhere (<see cref="CleanText.SameCode"/>: "tc-01" names "TC-01"); null, with the reason under
    /// <c>name.sent</c>, when none is, or when the body already named it under another spelling (<paramref name="sentAs"/>
    /// keeps each criterion's spelling in the body, so that later refusals name the field that was sent).
    /// </summary>
    private static string? NamedCriterion(FieldErrors errors, string name, string sent, IEnumerable<WorkspaceLine> lines,
        string unknownKey, Dictionary<string, string> sentAs)
    {
        if (lines.FirstOrDefault(l => CleanText.SameCode(l.Code, sent))?.Code is not { } own)
        {
            errors.Add($"{name}.{sent}", unknownKey);
            return null;
        }

        if (!sentAs.TryAdd(own, sent))
        {
            errors.Add($"{name}.{sent}", "Api.Field.CriterionTwice", sentAs[own]);
            return null;
        }

        return own;
    }

    private static string ResultField(DomainError error, IReadOnlyDictionary<string, CriterionKind> kinds,
        IReadOnlyDictionary<string, string>? sentAs) =>
        error.Item is { } code && kinds.TryGetValue(code, out var kind)
            ? kind switch { CriterionKind.Bonus => "bonuses", CriterionKind.Penalty => "penalties", _ => "values" } + "." +
                (sentAs is not null && sentAs.TryGetValue(code, out var sent) ? sent : code)
            : "$";

    private static async Task<Results<NoContent, LocalizedProblem>> SubmitResultsAsync(HttpContext context, [FromServices] RecordsService records,
        [FromServices] SubmissionService submissions, int id, string unitCode)
    {
        var actor = Actor.From(context.User);
        var (workspace, _, missing) = await WorkspaceAsync(actor, records, submissions, id, unitCode);
        if (missing is not null)
        {
            return missing;
        }

        actor.RequireEditUnit(workspace!.UnitId);
        var (version, precondition) = ApiPreconditions.Check(context, workspace.ResultVersion);
        if (precondition is not null)
        {
            return precondition;
        }

        var kinds = workspace.Lines.ToDictionary(l => l.Code, l => l.Kind);
        var values = workspace.Lines.Where(l => l.Value is not null).ToDictionary(l => l.Code, l => l.Value);
        var submitted = await submissions.SaveResultsAsync(actor, id, workspace.UnitId, values, version, submit: true);
        return ResultsSaved(context, submitted, kinds);
    }

    /// <summary>
    /// The unit's view of the campaign with the unit's code as stored (an answer names it so, whatever spelling the address
    /// used), or 404 when either does not exist (403 for a unit not one's own).
    /// </summary>
    private static async Task<(UnitWorkspace? Workspace, string? UnitCode, LocalizedProblem? Missing)> WorkspaceAsync(Actor actor,
        RecordsService records, SubmissionService submissions, int campaignId, string unitCode)
    {
        if (await records.UnitAsync(actor, unitCode) is not { } unit)
        {
            return (null, null, ApiJson.NotFound("Api.NotFound.Unit", unitCode));
        }

        var workspace = await submissions.GetWorkspaceAsync(actor, campaignId, unit.Id);
        return workspace is null ? (null, null, ApiJson.NotFound("Api.NotFound.Campaign", campaignId)) : (workspace, unit.Code, null);
    }
}
