using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.EvidenceFiles;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Evidence;

/// <summary>Files whose row the database dropped (with its campaign, say) are removed from the real evidence folder.</summary>
public sealed class EvidenceOrphanTests : FreshAppTests
{
    private const int CampaignId = 1;

    private EvidenceStore Store => App.Service<EvidenceStore>();

    [Fact]
    public async Task Sweep_RemovesOldFilesWithoutARow_AndKeepsRecordedAndFreshOnes()
    {
        var unit = await App.UnitIdAsync("TH");
        var kept = await UploadAsync(unit, "bao-cao.pdf");
        var dropped = await UploadAsync(unit, "bien-ban.pdf");
        await using (var db = await App.DbAsync())
        {
            // What a cascade from a deleted campaign does: the row goes, the service never hears of it.
            await db.Evidence.Where(e => e.StorageKey == dropped).ExecuteDeleteAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var uploading = EvidenceStore.NewKey();
        await Store.WriteAsync(uploading, new byte[] { 1, 2, 3 }, Xunit.TestContext.Current.CancellationToken);
        var longAgo = DateTime.UtcNow - TimeSpan.FromHours(2);
        File.SetLastWriteTimeUtc(Path.Combine(Store.Root, kept), longAgo);
        File.SetLastWriteTimeUtc(Path.Combine(Store.Root, dropped), longAgo);
        Assert.True(Store.Exists(dropped));

        var removed = await App.Service<EvidenceOrphanSweeper>().SweepAsync(Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(1, removed);
        Assert.False(Store.Exists(dropped));
        Assert.True(Store.Exists(kept));
        Assert.True(Store.Exists(uploading));
        Assert.StartsWith(App.EvidencePath, Store.Root, StringComparison.Ordinal);
    }

    private async Task<string> UploadAsync(int unit, string fileName)
    {
        var uploaded = await App.Service<EvidenceService>().UploadAsync(TestActors.HeadOf(unit), CampaignId, unit, null,
            fileName, new MemoryStream(SampleFiles.Pdf()), Xunit.TestContext.Current.CancellationToken);
        Assert.True(uploaded.IsSuccess, string.Join("; ", uploaded.Errors));
        await using var db = await App.DbAsync();
        return await db.Evidence.Where(e => e.Id == uploaded.Value).Select(e => e.StorageKey)
            .SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
