using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Web.Services;
using Emulation.Web.Services.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

public sealed record UnitRequest(
    [Text(Unit.NameMaxLength)] string? Name,
    [RequiredField] UnitKind? Kind,
    [Text(Unit.CodeMaxLength, Optional = true)] string? ParentCode);

public sealed record AwardRequest(Title? Form, [RequiredField] AwardKind? Kind);

public sealed record UnitYearRequest(
    [RequiredField] QualityRating? Rating,
    [AtMost(Award.MaxPerYear)] List<Title>? Titles,
    [AtMost(Award.MaxPerYear)] List<AwardRequest>? Awards);

public sealed record CodeResponse(string Code);

/// <summary><c>/api/v1/units</c>: the organisation's units and their yearly collective records.</summary>
internal static class UnitsApi
{
    /// <summary>The API names forms of commendation once; for a unit they mean the collective form.</summary>
    private static readonly IReadOnlyDictionary<Title, Title> CollectiveForms = new Dictionary<Title, Title>
    {
        [Title.CertificateOfCommendation] = Title.CollectiveCertificateOfCommendation,
        [Title.ProvincialCertificateOfMerit] = Title.CollectiveProvincialCertificateOfMerit,
        [Title.PrimeMinisterCertificateOfMerit] = Title.PrimeMinisterCertificateOfMerit,
        [Title.LabourOrderThirdClass] = Title.LabourOrderThirdClass,
    };

    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units");
        units.MapGet("/", async (HttpContext context, [FromServices] RecordsService records) =>
                TypedResults.Ok(await records.ListUnitsAsync(Actor.From(context.User))))
            .WithName("ListUnits").RequireAuthorization(Policies.SignedInWithRole);
        units.MapGet("/{code}", GetUnitAsync).WithName("GetUnit").RequireAuthorization(Policies.SignedInWithRole).ProducesProblem(StatusCodes.Status404NotFound);
        units.MapPut("/{code}", PutUnitAsync).WithName("PutUnit").RequireAuthorization(Policies.Administer).RequiresIfMatch();
        units.MapPut("/{code}/years/{year:int}", PutUnitYearAsync).WithName("PutUnitYear").RequireAuthorization(Policies.KeepOrganization)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The unit as listed, with its version as the ETag a rename or reclassification sends back in <c>If-Match</c>.</summary>
    private static async Task<Results<Ok<UnitEntry>, LocalizedProblem>> GetUnitAsync(HttpContext context, [FromServices] RecordsService records,
        string code)
    {
        if (await records.GetUnitAsync(Actor.From(context.User), code) is not { } unit)
        {
            return ApiJson.NotFound("Api.NotFound.Unit", code);
        }

        ApiPreconditions.SetETag(context, unit.Version);
        return TypedResults.Ok(unit);
    }

    /// <summary>
    /// Creates the unit (201), or renames and reclassifies it (200): replacing an existing unit must send the
    /// <c>If-Match</c> it was read with (428 without, 412 when someone saved it since). Answers with the new ETag.
    /// </summary>
    private static async Task<Results<Created<CodeResponse>, Ok<CodeResponse>, LocalizedProblem>> PutUnitAsync(HttpContext context, [FromServices] RecordsService records, string code, UnitRequest request)
    {
        var errors = new FieldErrors();
        errors.Text("code", code, Unit.CodeMaxLength);
        if (request.ParentCode?.Trim() == code.Trim())
        {
            errors.Add("parentCode", "Api.Field.OwnParent");
        }

        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var actor = Actor.From(context.User);
        var current = await records.GetUnitAsync(actor, code.Trim());
        var held = current is not null && current.Code == CleanText.Normalize(code.Trim());
        if (!held)
        {
            // A new code follows the rule on codes; one a unit held before the rule keeps working for its other fields.
            errors.Code("code", code, Unit.CodeMaxLength);
            if (errors.Any)
            {
                return ApiJson.Invalid(errors);
            }
        }

        if (current is not null && !held)
        {
            // Another spelling of a stored code names no unit of its own: refused before any If-Match is asked for.
            errors.Add("code", RecordsService.CodeTakenIgnoringCase(code.Trim()));
            return ApiJson.Invalid(errors);
        }

        var (version, precondition) = ApiPreconditions.Check(context, current?.Version);
        if (precondition is not null)
        {
            return precondition;
        }

        var saved = await records.PutUnitAsync(actor, code.Trim(),
            new UnitDraft(request.Name!.Trim(), request.Kind!.Value, NullIfBlank(request.ParentCode)), version, expectNew: current is null);
        if (!saved.IsSuccess)
        {
            return ApiJson.Invalid(context, saved.Errors, e => e.Code switch
            {
                "records.not_found" => "parentCode",
                "records.code_taken" => "code",
                _ => "name",
            });
        }

        ApiPreconditions.SetETag(context, saved.Value.Version);
        if (saved.Value.Created)
        {
            return TypedResults.Created($"/api/v1/units/{Uri.EscapeDataString(code.Trim())}", new CodeResponse(code.Trim()));
        }

        return TypedResults.Ok(new CodeResponse(code.Trim()));
    }

    private static async Task<Results<NoContent, LocalizedProblem>> PutUnitYearAsync(HttpContext context, [FromServices] RecordsService records,
        string code, int year, UnitYearRequest request)
    {
        var errors = new FieldErrors();
        Year(errors, year);
        var titles = request.Titles ?? [];
        for (var i = 0; i < titles.Count; i++)
        {
            if (!Titles.CollectiveEmulation.Contains(titles[i]))
            {
                errors.Add($"titles[{i}]", "Api.Field.NotCollectiveTitle");
            }
        }

        var awards = Awards(errors, request.Awards, CollectiveForms);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var saved = await records.PutUnitYearAsync(Actor.From(context.User), code, year,
            new UnitYearDraft(request.Rating!.Value, titles, awards));
        if (saved.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        return saved.Errors.Any(e => e.Code == "records.not_found")
            ? ApiJson.NotFound("Api.NotFound.Unit", code)
            : ApiJson.Invalid(context, saved.Errors, _ => "$");
    }

    /// <summary>Checks <c>awards[i].form</c> and <c>.kind</c>; forms are mapped through <paramref name="forms"/>.</summary>
    internal static List<AwardEntry> Awards(FieldErrors errors, List<AwardRequest>? requests,
        IReadOnlyDictionary<Title, Title> forms)
    {
        var awards = new List<AwardEntry>();
        var list = requests ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } award)
            {
                errors.Add($"awards[{i}]", FieldErrors.RequiredKey);
                continue;
            }

            if (award.Form is not { } form || !forms.TryGetValue(form, out var mapped))
            {
                errors.Add($"awards[{i}].form", "Api.Field.NotAwardForm");
                continue;
            }

            if (award.Kind is { } kind)
            {
                awards.Add(new AwardEntry(mapped, kind));
            }
        }

        return awards;
    }

    internal static void Year(FieldErrors errors, int year)
    {
        if (year is < 2000 or > 2100)
        {
            errors.Add("year", FieldErrors.BetweenKey, 2000, 2100);
        }
    }

    internal static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
