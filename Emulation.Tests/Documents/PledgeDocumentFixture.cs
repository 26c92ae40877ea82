using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Documents;

/// <summary>
/// A seeded app where the Trung tâm Phục vụ hành chính công (HCC, 12 staff) has a submitted pledge and Phòng Tổng hợp
/// (TH) has saved a draft with a decimal target; the documents of both are generated once.
/// </summary>
public sealed class PledgeDocumentFixture : IAsyncLifetime
{
    public const decimal DraftOnTimeTarget = 98.5m;

    public EmulationAppFactory App { get; } = new();
    public int CampaignId { get; private set; }
    public DocumentFile SubmittedDocx { get; private set; } = null!;
    public DocumentFile SubmittedPdf { get; private set; } = null!;
    public DocumentFile DraftDocx { get; private set; } = null!;
    public DocumentFile DraftPdf { get; private set; } = null!;

    /// <summary>Three of the draft unit's staff: the first two registered for Lao động tiên tiến, the third for a Giấy khen.</summary>
    public IReadOnlyList<string> StaffTitleNames { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await using (var db = await App.DbAsync())
        {
            CampaignId = await db.Campaigns.Select(c => c.Id).FirstAsync();
        }

        var submitted = await App.UnitIdAsync("HCC");
        var draft = await App.UnitIdAsync("TH");
        var saved = await App.Service<SubmissionService>().SavePledgeAsync(TestActors.HeadOf(draft), CampaignId, draft,
            new Dictionary<string, decimal?>
            {
                ["VB_DEN"] = 2_880, ["VB_DI"] = 1_080, ["HOP"] = 54, ["TTHC"] = 24, ["DUNG_HAN"] = DraftOnTimeTarget,
            },
            null, submit: false);
        Assert.True(saved.IsSuccess);
        await using (var db = await App.DbAsync())
        {
            var staff = await db.People.Where(p => p.UnitId == draft).OrderBy(p => p.Id).Take(3).ToListAsync();
            StaffTitleNames = [.. staff.Select(p => p.FullName)];
            var titles = await App.Service<PledgedTitleService>().SaveAsync(TestActors.HeadOf(draft), CampaignId, draft,
                [Emulation.Domain.Awards.Title.ExcellentLabourCollective],
                new Dictionary<int, Emulation.Domain.Awards.Title>
                {
                    [staff[0].Id] = Emulation.Domain.Awards.Title.AdvancedWorker,
                    [staff[1].Id] = Emulation.Domain.Awards.Title.AdvancedWorker,
                    [staff[2].Id] = Emulation.Domain.Awards.Title.CertificateOfCommendation,
                });
            Assert.True(titles.IsSuccess);
        }

        var documents = App.Service<PledgeDocumentService>();
        SubmittedDocx = (await documents.GetDocxAsync(TestActors.Officer, CampaignId, submitted))!;
        SubmittedPdf = (await documents.GetPdfAsync(TestActors.Officer, CampaignId, submitted))!;
        DraftDocx = (await documents.GetDocxAsync(TestActors.HeadOf(draft), CampaignId, draft))!;
        DraftPdf = (await documents.GetPdfAsync(TestActors.HeadOf(draft), CampaignId, draft))!;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
