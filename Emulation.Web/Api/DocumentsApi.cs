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
        var documents = endpoints.MapGroup("/documents").RequireAuthorization(Scheme).WithTags("Documents");

        documents.MapGet("/decisions/{id:int}.docx",
                async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                    Download(context, await service.GetDocxAsync(Actor.From(context.User), id)))
            .WithName("GetDecisionDocx");
        documents.MapGet("/decisions/{id:int}.pdf",
                async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                    Download(context, await service.GetPdfAsync(Actor.From(context.User), id)))
            .WithName("GetDecisionPdf");
        documents.MapGet("/decisions/{id:int}/list.xlsx",
                async (HttpContext context, [FromServices] DecisionDocumentService service, int id) =>
                    Download(context, await service.GetListXlsxAsync(Actor.From(context.User), id)))
            .WithName("GetDecisionList");
        documents.MapGet("/awards/{id:int}/certificate.pdf",
                async (HttpContext context, [FromServices] DecisionDocumentService service,
                    [FromServices] IConfiguration configuration, int id) =>
                    Download(context, await service.GetCertificateAsync(Actor.From(context.User), id,
                        PublicAddress.Of(context, configuration))))
            .WithName("GetCertificate");
        documents.MapGet("/council/{sessionId:int}/minutes.docx",
                async (HttpContext context, [FromServices] CouncilSessionService service, int sessionId) =>
                    Download(context, await service.GetMinutesDocxAsync(Actor.From(context.User), sessionId)))
            .WithName("GetCouncilMinutes");
        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.docx",
                async (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                    Download(context, await service.GetDocxAsync(Actor.From(context.User), campaignId, unitId)))
            .WithName("GetPledgeDocx");
        documents.MapGet("/pledges/{campaignId:int}/{unitId:int}.pdf",
                async (HttpContext context, [FromServices] PledgeDocumentService service, int campaignId, int unitId) =>
                    Download(context, await service.GetPdfAsync(Actor.From(context.User), campaignId, unitId)))
            .WithName("GetPledgePdf");
        documents.MapGet("/profile/person/{id:int}.xlsx",
                async (HttpContext context, [FromServices] ProfileService service, int id) =>
                    Download(context, await service.GetPersonXlsxAsync(Actor.From(context.User), id)))
            .WithName("GetPersonProfile");
        documents.MapGet("/profile/unit/{id:int}.xlsx",
                async (HttpContext context, [FromServices] ProfileService service, int id) =>
                    Download(context, await service.GetUnitXlsxAsync(Actor.From(context.User), id)))
            .WithName("GetUnitProfile");
        documents.MapGet("/staff-results/{unitId:int}/{year:int}.xlsx",
                async (HttpContext context, [FromServices] StaffImportService imports, int unitId, int year) =>
                    Download(context, await imports.BuildTemplateAsync(Actor.From(context.User), unitId, year)))
            .WithName("GetStaffResultsTemplate");
        documents.MapGet("/campaigns/{id:int}/scoring-table.xlsx",
                async (HttpContext context, [FromServices] CampaignService campaigns, int id) =>
                    Download(context, await campaigns.ExportScoringTableAsync(Actor.From(context.User), id)))
            .WithName("GetScoringTable");
        documents.MapGet("/people/staff-list.xlsx",
                async (HttpContext context, [FromServices] StaffListImportService imports) =>
                    Download(context, await imports.BuildTemplateAsync(Actor.From(context.User))))
            .RequireAuthorization(Policies.KeepOrganization)
            .WithName("GetStaffList");
        documents.MapGet("/proposals/{id:int}/letter.docx",
                async (HttpContext context, [FromServices] ProposalDocumentService service, int id) =>
                    Download(context, await service.GetLetterDocxAsync(Actor.From(context.User), id)))
            .RequireAuthorization(Policies.Propose)
            .WithName("GetProposalLetter");
        documents.MapGet("/proposals/{id:int}/summary.xlsx",
                async (HttpContext context, [FromServices] ProposalDocumentService service, int id) =>
                    Download(context, await service.GetSummaryXlsxAsync(Actor.From(context.User), id)))
            .RequireAuthorization(Policies.Propose)
            .WithName("GetProposalSummary");
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
