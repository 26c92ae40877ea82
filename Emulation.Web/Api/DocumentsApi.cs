using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Statistics;
using Emulation.Domain.Awards;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;


namespace Emulation.Web.Api;

/// <summary>
/// <c>/documents</c>: every generated or uploaded file — decisions (Word, PDF), their award lists, certificates, council
/// minutes, pledges, achievement profiles, scoring tables, staff-result templates and evidence. One group for the pages'
/// links (the sign-in cookie) and for API clients (<c>Authorization: Bearer &lt;token&gt;</c>): the
/// <see cref="Scheme"/> picks the token when one is sent, the cookie otherwise. The services decide who may see which
/// file (a refusal is 403 through <see cref="ApiExceptionHandler"/>); a file that does not exist is 404.
/// </summary>
internal static class DocumentsApi
{
    /// <summary>Where the files are: a file that is not there is a problem-details 404, as on the API.</summary>
    public const string Prefix = "/documents";

    /// <summary>The authentication scheme and policy of the group: a bearer token when sent, else the cookie.</summary>
    public const string Scheme = "CookieOrToken";

    public static AuthenticationBuilder AddCookieOrToken(this AuthenticationBuilder authentication) =>
        authentication.AddPolicyScheme(Scheme, "Sign-in cookie or API token", options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup(Prefix).RequireAuthorization(Scheme).WithTags("Documents");

        documents.MapFile<DecisionDocumentService>("/decisions/{id:int}.docx", "GetDecisionDocx",
            (service, actor, context) => service.GetDocxAsync(actor, context.Int("id")));
        documents.MapFile<DecisionDocumentService>("/decisions/{id:int}.pdf", "GetDecisionPdf",
            (service, actor, context) => service.GetPdfAsync(actor, context.Int("id")));
        documents.MapFile<DecisionDocumentService>("/decisions/{id:int}/list.xlsx", "GetDecisionList",
            (service, actor, context) => service.GetListXlsxAsync(actor, context.Int("id")));
        documents.MapFile<DecisionDocumentService>("/awards/{id:int}/certificate.pdf", "GetCertificate",
            (service, actor, context) => service.GetCertificateAsync(actor, context.Int("id"),
                PublicAddress.Of(context, context.RequestServices.GetRequiredService<IConfiguration>())));
        documents.MapFile<CouncilSessionService>("/council/{sessionId:int}/minutes.docx", "GetCouncilMinutes",
            (service, actor, context) => service.GetMinutesDocxAsync(actor, context.Int("sessionId")));
        documents.MapFile<PledgeDocumentService>("/pledges/{campaignId:int}/{unitId:int}.docx", "GetPledgeDocx",
            (service, actor, context) => service.GetDocxAsync(actor, context.Int("campaignId"), context.Int("unitId")));
        documents.MapFile<PledgeDocumentService>("/pledges/{campaignId:int}/{unitId:int}.pdf", "GetPledgePdf",
            (service, actor, context) => service.GetPdfAsync(actor, context.Int("campaignId"), context.Int("unitId")));
        documents.MapFile<ProfileService>("/profile/person/{id:int}.xlsx", "GetPersonProfile",
            (service, actor, context) => service.GetPersonXlsxAsync(actor, context.Int("id")));
        documents.MapFile<ProfileService>("/profile/unit/{id:int}.xlsx", "GetUnitProfile",
            (service, actor, context) => service.GetUnitXlsxAsync(actor, context.Int("id")));
        // The look-up's award list across years, filtered as on its page (bad values are a 400 problem).
        documents.MapGet("/lookup/awards.xlsx", async (HttpContext context, [FromServices] LookupService lookup,
                Title? title, AwardKind? kind, int? from, int? to, int? unit, string? q) =>
                Download(context, await lookup.ExportAwardsAsync(Actor.From(context.User), new AwardFilter(title, kind, from, to, unit, q))))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("GetAwardList");
        documents.MapFile<StaffImportService>("/staff-results/{unitId:int}/{year:int}.xlsx", "GetStaffResultsTemplate",
            (service, actor, context) => service.BuildTemplateAsync(actor, context.Int("unitId"), context.Int("year")));
        documents.MapFile<CampaignService>("/campaigns/{id:int}/scoring-table.xlsx", "GetScoringTable",
            (service, actor, context) => service.ExportScoringTableAsync(actor, context.Int("id")));
        documents.MapFile<StaffListImportService>("/people/staff-list.xlsx", "GetStaffList",
            async (service, actor, _) => await service.BuildTemplateAsync(actor)).RequireAuthorization(Policies.KeepOrganization);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/letter.docx", "GetProposalLetter",
            (service, actor, context) => service.GetLetterDocxAsync(actor, context.Int("id"))).RequireAuthorization(Policies.ReadProposalDossiers);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/summary.xlsx", "GetProposalSummary",
            (service, actor, context) => service.GetSummaryXlsxAsync(actor, context.Int("id"))).RequireAuthorization(Policies.ReadProposalDossiers);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/summary.docx", "GetProposalSummaryDocx",
            (service, actor, context) => service.GetSummaryDocxAsync(actor, context.Int("id"))).RequireAuthorization(Policies.ReadProposalDossiers);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/minutes.docx", "GetProposalMinutes",
            (service, actor, context) => service.GetMinutesDocxAsync(actor, context.Int("id"))).RequireAuthorization(Policies.ReadProposalDossiers);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/reports/{nominationId:int}.docx", "GetAchievementReport",
            (service, actor, context) => service.GetReportDocxAsync(actor, context.Int("id"), context.Int("nominationId"))).RequireAuthorization(Policies.ReadProposalDossiers);
        documents.MapFile<ProposalDocumentService>("/proposals/{id:int}/dossier.pdf", "GetProposalPackage",
            (service, actor, context) => service.GetPackagePdfAsync(actor, context.Int("id"))).RequireAuthorization(Policies.ReadProposalDossiers);
        foreach (var report in Enum.GetValues<StatisticsReport>())
        {
            documents.MapGet(StatisticsReports.Download(report)["documents".Length..],
                    async Task<Results<FileStreamHttpResult, LocalizedProblem>> (HttpContext context) => await StatisticsAsync(context, report))
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
                .RequireAuthorization(Policies.ReadStatistics).WithName(StatisticsReports.EndpointName(report));
        }

        documents.MapGet("/evidence/{id:int}",
                async (HttpContext context, [FromServices] EvidenceService evidence, int id) =>
                    Download(context, await evidence.OpenAsync(Actor.From(context.User), id)))
            .WithName("GetEvidence");
        documents.MapGet("/sudden-evidence/{id:int}",
                async (HttpContext context, [FromServices] Services.Sudden.SuddenAwardService sudden, int id) =>
                    Download(context, await sudden.OpenEvidenceAsync(Actor.From(context.User), id)))
            .RequireAuthorization(Policies.ReadSudden)
            .WithName("GetSuddenEvidence");
        return endpoints;
    }

    /// <summary>
    /// One generated file at <paramref name="pattern"/>: <paramref name="open"/> asks <typeparamref name="TService"/>
    /// for it as the caller (the service checks who may see it), with the route's values read from the request.
    /// </summary>
    private static RouteHandlerBuilder MapFile<TService>(this RouteGroupBuilder documents, string pattern, string name,
        Func<TService, Actor, HttpContext, Task<DocumentFile?>> open) where TService : notnull =>
        documents.MapFile(pattern, name,
            context => open(context.RequestServices.GetRequiredService<TService>(), Actor.From(context.User), context));

    /// <remarks>
    /// The handler is not generic, so that the request delegate generator writes it at build time like every other
    /// endpoint's, instead of each start of the app compiling one for each file.
    /// </remarks>
    private static RouteHandlerBuilder MapFile(this RouteGroupBuilder documents, string pattern, string name,
        Func<HttpContext, Task<DocumentFile?>> open) =>
        documents.MapGet(pattern, async Task<Results<FileStreamHttpResult, LocalizedProblem>> (HttpContext context) =>
                Download(context, await open(context)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName(name);

    /// <summary>
    /// A statistical report for the period and organisation in the address (<c>from</c>, <c>to</c>, <c>unit</c>, as
    /// on its page); an unreadable value, or a unit that does not exist, is a 400 problem naming it.
    /// </summary>
    private static async Task<Results<FileStreamHttpResult, LocalizedProblem>> StatisticsAsync(HttpContext context, StatisticsReport report)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.ReadStatistics);
        var today = OfficeTime.Date(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var query = StatisticsQuery.Parse(context.Request.Query["from"], context.Request.Query["to"],
            context.Request.Query["unit"], today);
        if (!query.IsSuccess)
        {
            return ApiJson.Invalid(context, query.Errors, StatisticsField);
        }

        var file = await context.RequestServices.GetRequiredService<StatisticsService>().ExportAsync(actor, report, query.Value,
            PublicAddress.Of(context, context.RequestServices.GetRequiredService<IConfiguration>()));
        return file.IsSuccess ? Download(context, file.Value) : ApiJson.Invalid(context, file.Errors, StatisticsField);
    }

    /// <summary>The value of the address a report's refusal is about: the period's ends, else the unit.</summary>
    private static string StatisticsField(Emulation.Domain.Common.DomainError error) => error.Item switch
    {
        "StatsFrom" => "from",
        "StatsTo" => "to",
        _ => error.Code is "StatisticsPeriodReversed" ? "to" : error.Code is "StatisticsPeriodTooLong" ? "from" : "unit",
    };

    /// <summary>A route value the pattern constrains to an integer (<c>{id:int}</c>), so it always parses.</summary>
    private static int Int(this HttpContext context, string name) =>
        int.Parse((string)context.GetRouteValue(name)!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The one way a file is answered: as an attachment under its own name, with the type the server knows (sniffed at
    /// upload for evidence) and never one the browser guesses; a 404 problem when there is none.
    /// </summary>
    private static Results<FileStreamHttpResult, LocalizedProblem> Download(HttpContext context, DocumentFile? file) =>
        file is null ? ApiProblems.Status(StatusCodes.Status404NotFound) : Attachment(context, file.FileName, file.ContentType, new MemoryStream(file.Content));

    private static Results<FileStreamHttpResult, LocalizedProblem> Download(HttpContext context, EvidenceDownload? file) =>
        file is null ? ApiProblems.Status(StatusCodes.Status404NotFound) : Attachment(context, file.FileName, file.ContentType, file.Content);

    private static FileStreamHttpResult Attachment(HttpContext context, string fileName, string contentType, Stream content)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, contentType, fileName);
    }
}
