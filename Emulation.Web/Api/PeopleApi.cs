using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Web.Services;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
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
    bool? FormerUnitOpinionReceived = null);

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
        people.MapGet("/{code}", GetPersonAsync).WithName("GetPerson").RequireAuthorization(Policies.SignedInWithRole).ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPut("/{code}/years/{year:int}", PutPersonYearAsync).WithName("PutPersonYear").RequireAuthorization(Policies.KeepStaffRecords)
            .ProducesProblem(StatusCodes.Status404NotFound);
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
        var errors = new FieldErrors();
        errors.Code("code", code, Person.CodeMaxLength);
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
            request.MonthsInFormerUnit ?? 0, request.FormerUnitOpinionReceived ?? false));
        if (saved.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        return saved.Errors.Any(e => e.Code == "records.not_found")
            ? ApiJson.NotFound("Api.NotFound.Person", code)
            : ApiJson.Invalid(context, saved.Errors, FieldOf);
    }

    private static string PersonFieldOf(Domain.Common.DomainError error) => error.Code switch
    {
        "organization.transfer_before_recruitment" or "organization.transfer_before_current_tenure" => "transferredOn",
        "organization.born_after_recruitment" => "dateOfBirth",
        "organization.tenure_before_recruitment" => "recruitedOn",
        "organization.position_required" or "organization.same_unit" => "position",
        "organization.person_left" => "code",
        "people.code_taken" or "people.code_required" => "code",
        "people.name_required" => "fullName",
        _ => "unitCode",
    };

    private static string FieldOf(Domain.Common.DomainError error) => error.Code switch
    {
        "staff.invalid_months" => "monthsWorked",
        "staff.invalid_former_unit_months" => "monthsInFormerUnit",
        "staff.discipline_means_not_completed" => "discipline",
        "staff.invalid_discipline_period" => "disciplineFrom",
        _ => "rating",
    };
}
