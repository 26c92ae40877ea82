using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>
/// A person by staff code. A different <c>unitCode</c> or <c>position</c> from the stored one is a transfer, effective
/// on <c>transferredOn</c> (today when absent).
/// </summary>
public sealed record PersonRequest(
    [Text(Person.NameMaxLength)] string? FullName,
    [RequiredField] Gender? Gender,
    [Text(Unit.CodeMaxLength)] string? UnitCode,
    [RequiredField, Between(1950, 2100)] DateOnly? RecruitedOn,
    [Text(Person.PositionMaxLength, Optional = true)] string? Position = null,
    [Between(1900, 2100)] DateOnly? DateOfBirth = null,
    [Between(1950, 2100)] DateOnly? TransferredOn = null);

/// <summary>The person leaves the staff after <c>lastDay</c>; their accounts are disabled with it.</summary>
public sealed record LeavingRequest([RequiredField] LeaveReason? Reason, [RequiredField, Between(1950, 2100)] DateOnly? LastDay,
    [Text(Person.LeaveNoteMaxLength, Optional = true)] string? Note = null);

/// <summary>A person who left is on the staff again from <c>on</c>, in <c>unitCode</c> as <c>position</c>.</summary>
public sealed record ReturnRequest([RequiredField, Between(1950, 2100)] DateOnly? On, [Text(Unit.CodeMaxLength)] string? UnitCode,
    [Text(Person.PositionMaxLength)] string? Position);

public sealed record InitiativeRequest([Text(RecognisedInitiative.TitleMaxLength)] string? Title, InitiativeLevel? Level);

public sealed record PersonYearRequest(
    [RequiredField] QualityRating? Rating,
    [RequiredField, Between(0, 12)] int? MonthsWorked,
    [RequiredField, Between(0, 12)] int? MaternityLeaveMonths,
    DisciplineLevel? Discipline,
    [RequiredField] bool? PendingReview,
    [AtMost(StaffYearResult.MaxInitiatives)] List<InitiativeRequest>? Initiatives,
    [AtMost(Award.MaxPerYear)] List<Title>? Titles,
    [AtMost(Award.MaxPerYear)] List<AwardRequest>? Awards,
    [Between(0, 12)] int? LeaveMonths = null,
    DateOnly? DisciplineFrom = null,
    DateOnly? DisciplineTo = null,
    [Between(0, 12)] int? MonthsInFormerUnit = null,
    bool? FormerUnitOpinionReceived = null,
    [Text(StaffYearResult.MonthsReasonMaxLength, Optional = true)] string? MonthsWorkedReason = null);

/// <summary><c>/api/v1/people</c>: staff by code, with their yearly records and awards.</summary>
internal static class PeopleApi
{
    private static readonly IReadOnlyDictionary<Title, Title> IndividualForms = new Dictionary<Title, Title>
    {
        [Title.CertificateOfCommendation] = Title.CertificateOfCommendation,
        [Title.ProvincialCertificateOfMerit] = Title.ProvincialCertificateOfMerit,
        [Title.PrimeMinisterCertificateOfMerit] = Title.PrimeMinisterCertificateOfMerit,
        [Title.LabourOrderThirdClass] = Title.LabourOrderThirdClass,
    };

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapPut("/{code}", PutPersonAsync).WithName("PutPerson").RequireAuthorization(Policies.KeepOrganization);
        people.MapPost("/{code}/leave", LeaveAsync).WithName("MarkPersonLeft").RequireAuthorization(Policies.KeepOrganization)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        people.MapPost("/{code}/return", ReturnAsync).WithName("MarkPersonBack").RequireAuthorization(Policies.KeepOrganization)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        people.MapGet("/{code}", GetPersonAsync).WithName("GetPerson").RequireAuthorization(Policies.SignedInWithRole).ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPut("/{code}/years/{year:int}", PutPersonYearAsync).WithName("PutPersonYear").RequireAuthorization(Policies.KeepStaffRecords)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<PersonEntry>, LocalizedProblem>> GetPersonAsync(HttpContext context, [FromServices] RecordsService records, string code)
    {
        var person = await records.GetPersonAsync(Actor.From(context.User), code);
        return person is null ? ApiJson.NotFound("Api.NotFound.Person", code) : TypedResults.Ok(person);
    }

    private static async Task<Results<Created<CodeResponse>, Ok<CodeResponse>, LocalizedProblem>> PutPersonAsync(HttpContext context,
        [FromServices] PeopleService people, [FromServices] TimeProvider clock, string code, PersonRequest request)
    {
        // The code's own rule is the service's: it binds a new code, never one a person already holds.
        var errors = new FieldErrors();
        errors.Text("code", code, Person.CodeMaxLength);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var saved = await people.SaveByCodeAsync(Actor.From(context.User), code.Trim(), request.UnitCode!.Trim(),
            new NewPerson(code.Trim(), request.FullName!.Trim(), request.Gender!.Value, request.DateOfBirth, 0,
                request.Position?.Trim() ?? "", request.RecruitedOn!.Value),
            request.TransferredOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        if (!saved.IsSuccess)
        {
            return ApiJson.Invalid(context, saved.Errors, PersonFieldOf);
        }

        if (saved.Value)
        {
            return TypedResults.Created($"/api/v1/people/{Uri.EscapeDataString(code.Trim())}", new CodeResponse(code.Trim()));
        }

        return TypedResults.Ok(new CodeResponse(code.Trim()));
    }

    /// <summary>
    /// Marks the person as left (204); their accounts are disabled in the same save. 409 when they left already, or when
    /// one of their accounts is the last enabled administrator's.
    /// </summary>
    private static async Task<Results<NoContent, LocalizedProblem>> LeaveAsync(HttpContext context, [FromServices] PeopleService people,
        string code, LeavingRequest request)
    {
        var actor = Actor.From(context.User);
        if (await people.FindIdAsync(actor, code) is not { } id)
        {
            return ApiJson.NotFound("Api.NotFound.Person", code);
        }

        var left = await people.LeaveAsync(actor, id, new PersonLeaving(request.Reason!.Value, request.LastDay!.Value, request.Note));
        return Answer(context, left, "lastDay");
    }

    /// <summary>The person is on the staff again (204); their accounts stay disabled until an administrator enables them.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> ReturnAsync(HttpContext context, [FromServices] PeopleService people,
        string code, ReturnRequest request)
    {
        var actor = Actor.From(context.User);
        if (await people.FindIdAsync(actor, code) is not { } id)
        {
            return ApiJson.NotFound("Api.NotFound.Person", code);
        }

        if (await people.FindActiveUnitIdAsync(actor, request.UnitCode!) is not { } unitId)
        {
            return ApiJson.Invalid(context, [RecordsService.NotFound("active unit", request.UnitCode!)], _ => "unitCode");
        }

        var back = await people.ReturnAsync(actor, id, new PersonReturn(request.On!.Value, unitId, request.Position!));
        return Answer(context, back, "on");
    }

    /// <summary>A change refused by the state of things (already left, not left, the last administrator) is 409; bad input 400.</summary>
    private static Results<NoContent, LocalizedProblem> Answer(HttpContext context, Domain.Common.Result outcome, string dayField)
    {
        if (outcome.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        if (outcome.Errors.FirstOrDefault(e => e.Code is "organization.person_left" or "organization.person_not_left"
            or "account.person_last_administrator") is { } conflict)
        {
            return ApiProblems.Conflict(conflict);
        }

        return ApiJson.Invalid(context, outcome.Errors, e => e.Code switch
        {
            "organization.position_required" => "position",
            "people.too_long" => "note",
            _ when e.Code.StartsWith("text.", StringComparison.Ordinal) => dayField == "on" ? "position" : "note",
            _ => dayField,
        });
    }

    private static async Task<Results<NoContent, LocalizedProblem>> PutPersonYearAsync(HttpContext context, [FromServices] RecordsService records,
        string code, int year, PersonYearRequest request)
    {
        var errors = new FieldErrors();
        UnitsApi.Year(errors, year);
        var initiatives = new List<InitiativeEntry>();
        var list = request.Initiatives ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } initiative)
            {
                errors.Add($"initiatives[{i}]", FieldErrors.RequiredKey);
                continue;
            }

            if (initiative.Level is null or InitiativeLevel.None)
            {
                errors.Add($"initiatives[{i}].level", "Api.Field.InitiativeLevel");
            }
            else if (!string.IsNullOrWhiteSpace(initiative.Title))
            {
                initiatives.Add(new InitiativeEntry(initiative.Title.Trim(), initiative.Level.Value));
            }
        }

        var titles = request.Titles ?? [];
        for (var i = 0; i < titles.Count; i++)
        {
            if (!Titles.IndividualEmulation.Contains(titles[i]))
            {
                errors.Add($"titles[{i}]", "Api.Field.NotIndividualTitle");
            }
        }

        var awards = UnitsApi.Awards(errors, request.Awards, IndividualForms);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var saved = await records.PutPersonYearAsync(Actor.From(context.User), code, year, new PersonYearDraft(
            request.Rating!.Value, request.MonthsWorked!.Value, request.MaternityLeaveMonths!.Value,
            request.Discipline ?? DisciplineLevel.None, request.PendingReview!.Value, initiatives, titles, awards,
            request.LeaveMonths ?? 0, request.DisciplineFrom, request.DisciplineTo,
            request.MonthsInFormerUnit ?? 0, request.FormerUnitOpinionReceived ?? false, request.MonthsWorkedReason));
        if (saved.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        return saved.Errors switch
        {
            _ when saved.Errors.Any(e => e.Code == "records.not_found") => ApiJson.NotFound("Api.NotFound.Person", code),
            [{ Code: RecordsService.AwardsByAdministratorCode or RecordsService.YearOfAnotherUnitCode } notTheirs] =>
                ApiProblems.Refusals(StatusCodes.Status403Forbidden, [notTheirs]),
            [{ Code: StaffYears.HeldCode } held] => ApiProblems.Conflict(held),
            _ => ApiJson.Invalid(context, saved.Errors, FieldOf),
        };
    }

    private static string PersonFieldOf(Domain.Common.DomainError error) => error.Code switch
    {
        "organization.transfer_before_recruitment" or "organization.transfer_before_current_tenure" => "transferredOn",
        "organization.born_after_recruitment" => "dateOfBirth",
        "organization.tenure_before_recruitment" => "recruitedOn",
        "organization.position_required" or "organization.same_unit" => "position",
        "organization.person_left" => "code",
        "people.code_taken" or "people.code_required" or "text.code_not_latin" or "text.address_character" => "code",
        "people.name_required" => "fullName",
        _ => "unitCode",
    };

    private static string FieldOf(Domain.Common.DomainError error) => error.Code switch
    {
        "staff.invalid_months" => "monthsWorked",
        "staff.invalid_former_unit_months" => "monthsInFormerUnit",
        "staff.months_reason_required" or "staff.months_reason_too_long" => "monthsWorkedReason",
        "staff.discipline_means_not_completed" => "discipline",
        "staff.invalid_discipline_period" => "disciplineFrom",
        _ => "rating",
    };
}
