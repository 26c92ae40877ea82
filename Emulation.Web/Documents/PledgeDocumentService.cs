using Emulation.Domain.Awards;
using Emulation.Domain.Pledges;
using Emulation.Web.Resources;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Documents;

/// <summary>
/// Builds a unit's pledge document for anyone who may see the unit. A submitted pledge is dated the day it was
/// submitted; one still being written is dated today and marked as a draft.
/// </summary>
public sealed class PledgeDocumentService(
    IDbContextFactory<EmulationDbContext> factory,
    TimeProvider clock,
    IOptions<DocumentOptions> options,
    PledgeDocxWriter docx,
    PledgePdfWriter pdf)
{
    /// <summary>Positions of the person who signs for a unit, as the staff list writes them.</summary>
    private static readonly string[] HeadPositions = ["Trưởng phòng", "Giám đốc", "Trưởng ban"];

    /// <summary>The document's content, or null when the campaign, the unit or the unit's pledge does not exist.</summary>
    public async Task<PledgeDocument?> GetAsync(Actor actor, int campaignId, int unitId)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        actor.RequireSeeUnit(db, unitId);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new
            {
                u.Code,
                u.Name,
                Agency = db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        var pledge = await db.Pledges.AsNoTracking()
            .SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId);
        if (campaign is null || unit is null || pledge is null)
        {
            return null;
        }

        var head = await db.People.AsNoTracking()
            .Where(p => p.UnitId == unitId && HeadPositions.Contains(p.Position))
            .OrderBy(p => p.Id)
            .Select(p => new { p.FullName, p.Position })
            .FirstOrDefaultAsync();

        var submitted = pledge.Status is SubmissionStatus.Submitted or SubmissionStatus.Accepted &&
            pledge.SubmittedAt is not null;
        var registered = await db.Set<PledgedTitle>().AsNoTracking()
            .Where(t => t.CampaignId == campaignId && t.UnitId == unitId)
            .Select(t => new
            {
                t.Title,
                t.PersonId,
                Name = db.People.Where(p => p.Id == t.PersonId).Select(p => p.FullName).FirstOrDefault(),
            })
            .ToListAsync();
        var rows = campaign.Criteria.Where(c => c.NeedsTarget).OrderBy(c => c.Id)
            .Select((c, i) => new PledgeDocumentRow(i + 1, c.Name, c.UnitOfMeasure, pledge.TargetFor(c.Code)))
            .ToList();
        return new PledgeDocument
        {
            AgencyName = unit.Agency ?? "",
            UnitName = unit.Name,
            UnitCode = unit.Code,
            CampaignName = campaign.Name,
            Year = campaign.Year,
            Place = options.Value.Place,
            SignedOn = OfficeTime.Date(submitted ? pledge.SubmittedAt!.Value : clock.GetUtcNow()),
            IsDraft = !submitted,
            Rows = rows,
            SignerTitle = head is null ? PledgeDocument.DefaultSignerTitle : AdministrativeText.Upper(head.Position),
            SignerName = head?.FullName,
            AimedTitles = [.. registered.Where(t => t.PersonId is null).Select(t => t.Title).Order().Select(t => Wording.TitleName(Wording.Vietnamese, t))],
            StaffTitles = [.. registered.Where(t => t.PersonId is not null).GroupBy(t => t.Title).OrderBy(g => g.Key)
                .Select(g => new PledgedStaffTitle(Wording.TitleName(Wording.Vietnamese, g.Key), [.. g.OrderBy(t => t.PersonId).Select(t => t.Name ?? "")]))],
        };
    }

    /// <summary>The pledge as a Word file, or null when there is no pledge.</summary>
    public async Task<DocumentFile?> GetDocxAsync(Actor actor, int campaignId, int unitId) =>
        await GetAsync(actor, campaignId, unitId) is { } document
            ? new DocumentFile(document.FileName("docx"), DocumentFile.DocxContentType, docx.Write(document))
            : null;

    /// <summary>The pledge as a PDF, or null when there is no pledge.</summary>
    public async Task<DocumentFile?> GetPdfAsync(Actor actor, int campaignId, int unitId) =>
        await GetAsync(actor, campaignId, unitId) is { } document
            ? new DocumentFile(document.FileName("pdf"), DocumentFile.PdfContentType, pdf.Write(document))
            : null;
}
