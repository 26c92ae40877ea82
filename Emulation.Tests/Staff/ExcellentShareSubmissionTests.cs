using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Staff;

/// <summary>
/// The cap on "Hoàn thành xuất sắc nhiệm vụ" ratings (Decree 90/2020 as amended by Decree 48/2023, 366-QĐ/TW): a unit's
/// results are not submitted while more of its staff are rated excellent than 20% of those rated good or above.
/// </summary>
public sealed class ExcellentShareSubmissionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Year = 2026;
    private static int s_units;
    private readonly EmulationAppFactory _app = fixture.App;

    private SubmissionService Submissions => _app.Service<SubmissionService>();

    [Fact]
    public async Task Submit_FourExcellentOfFifteen_IsRefusedWithTheCounts_ButTheDraftIsSaved()
    {
        var (campaignId, unitId, staff) = await UnitInCampaignAsync(15);
        var head = TestActors.HeadOf(unitId);
        await RateAsync(head, unitId, staff, excellent: 4);

        var draft = await Submissions.SaveResultsAsync(head, campaignId, unitId, Values(10), null, submit: false);
        var workspace = await Submissions.GetWorkspaceAsync(head, campaignId, unitId);
        var submitted = await Submissions.SaveResultsAsync(head, campaignId, unitId, Values(12), workspace!.ResultVersion, submit: true);

        Assert.True(draft.IsSuccess, string.Join("; ", draft.Errors));
        var refusal = Assert.Single(submitted.Errors);
        Assert.Equal("staff.excellent_share_exceeded.good_or_above", refusal.Code);
        Assert.Equal(new object[] { 4, 3, 20m, 15 }, refusal.Facts.Select(f => f.Value));
        var after = await Submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.Equal(Emulation.Domain.Pledges.SubmissionStatus.Draft, after!.ResultStatus);
        Assert.Equal(10m, after.Lines.Single(l => l.Code == "HOP").Value);
    }

    [Fact]
    public async Task Submit_ThreeExcellentOfFifteen_IsAccepted()
    {
        var (campaignId, unitId, staff) = await UnitInCampaignAsync(15);
        var head = TestActors.HeadOf(unitId);
        await RateAsync(head, unitId, staff, excellent: 3);

        var submitted = await Submissions.SaveResultsAsync(head, campaignId, unitId, Values(12), null, submit: true);

        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors));
        var after = await Submissions.GetWorkspaceAsync(head, campaignId, unitId);
        Assert.Equal(Emulation.Domain.Pledges.SubmissionStatus.Submitted, after!.ResultStatus);
    }

    [Fact]
    public async Task Submit_UnitItselfRatedExcellent_MayHaveTheExceptionalShare()
    {
        // 20 good or above: 4 ordinarily, 5 at 25% for a unit whose own rating of the year is excellent.
        var (campaignId, unitId, staff) = await UnitInCampaignAsync(20);
        var head = TestActors.HeadOf(unitId);
        await RateAsync(head, unitId, staff, excellent: 5);
        await using (var db = await _app.DbAsync())
        {
            db.Set<UnitYearRecord>().Add(UnitYearRecord.Start(unitId, Year, QualityRating.Excellent));
            await db.SaveChangesAsync();
        }

        var submitted = await Submissions.SaveResultsAsync(head, campaignId, unitId, Values(12), null, submit: true);

        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors));
    }

    [Fact]
    public async Task Refusal_ReadsInVietnamese_WithTheCounts()
    {
        var (campaignId, unitId, staff) = await UnitInCampaignAsync(15);
        var head = TestActors.HeadOf(unitId);
        await RateAsync(head, unitId, staff, excellent: 5);

        var submitted = await Submissions.SaveResultsAsync(head, campaignId, unitId, Values(12), null, submit: true);

        var error = Assert.Single(submitted.Errors);
        Assert.Equal("5 người xếp loại Hoàn thành xuất sắc nhiệm vụ, tối đa 3 (20% của 15 người từ Hoàn thành tốt trở lên).",
            Wording.Vietnamese.Describe(error));
        Assert.Equal("5 staff rated excellent, at most 3 (20% of the 15 rated good or above).",
            Wording.In(System.Globalization.CultureInfo.GetCultureInfo("en")).Describe(error));
    }

    [Fact]
    public async Task Review_RatingsOverTheCapAlreadySaved_NameTheUnitForTheOfficer_WhichIsStillRanked()
    {
        var (campaignId, unitId, staff) = await UnitInCampaignAsync(15, pledge: true);
        var head = TestActors.HeadOf(unitId);
        await RateAsync(head, unitId, staff, excellent: 5);
        Assert.True((await _app.Service<CampaignService>().MoveAsync(TestActors.Officer, campaignId, CampaignStep.StartReview)).IsSuccess);

        var dashboard = _app.Service<Emulation.Web.Services.Evaluation.ReviewDashboardService>();
        var summary = (await dashboard.SummaryAsync(TestActors.Officer, campaignId))!.Value;

        var unit = Assert.Single(summary.OverTheExcellentCap);
        Assert.Equal(unitId, unit.UnitId);
        Assert.Equal("staff.excellent_share_exceeded.good_or_above", Assert.Single(unit.Problems).Error.Code);
        Assert.Empty(summary.SetAside);
        var ranked = await dashboard.UnitsAsync(TestActors.Officer, campaignId, new Emulation.Web.Services.Evaluation.UnitQuery());
        Assert.Contains(ranked.Rows, r => r.UnitId == unitId);
    }

    private static Dictionary<string, decimal?> Values(decimal meetings) => new() { ["HOP"] = meetings };

    /// <summary>Rates the first <paramref name="excellent"/> of <paramref name="staff"/> excellent and the rest good.</summary>
    private async Task RateAsync(Actor head, int unitId, List<int> staff, int excellent)
    {
        var rows = await Submissions.GetStaffYearAsync(head, unitId, Year);
        foreach (var row in rows)
        {
            row.Rating = staff.IndexOf(row.PersonId) < excellent ? QualityRating.Excellent : QualityRating.Good;
        }

        // The grid's save is a draft of the ratings: over the cap, it is still kept.
        var saved = await Submissions.SaveStaffYearAsync(head, unitId, Year, rows);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
    }

    /// <summary>A unit of its own with <paramref name="count"/> staff, and a campaign of its own open for results.</summary>
    private async Task<(int CampaignId, int UnitId, List<int> Staff)> UnitInCampaignAsync(int count, bool pledge = false)
    {
        var code = $"XS{Interlocked.Increment(ref s_units)}";
        var (unitId, staff) = await _app.AddUnitWithStaffAsync(code, count);

        var campaigns = _app.Service<CampaignService>();
        var campaignId = await campaigns.LaunchWithOneCriterionAsync($"Phong trào {code}");
        await JoinFirstBlocAsync(campaignId, unitId);
        if (pledge)
        {
            // Only a unit that pledged takes part in the evaluation.
            Assert.True((await Submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
                new Dictionary<string, decimal?> { ["HOP"] = 10 }, null, submit: true)).IsSuccess);
        }

        Assert.True((await campaigns.MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        return (campaignId, unitId, staff);
    }

    /// <summary>A unit created after its agency's blocs were drawn takes part only once a bloc groups it.</summary>
    private async Task JoinFirstBlocAsync(int campaignId, int unitId)
    {
        await using var db = await _app.DbAsync();
        var blocId = await db.Blocs.Where(b => b.CampaignId == campaignId).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        db.BlocMembers.Add(BlocMember.Create(campaignId, blocId, unitId));
        await db.SaveChangesAsync();
    }
}
