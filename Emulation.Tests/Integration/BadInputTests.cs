using Emulation.Domain.Campaigns;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>Bad input gets a coded error that names the field, and nothing is half-written.</summary>
public sealed class BadInputTests : FreshAppTests
{
    private int _unitId;

    public override async ValueTask InitializeAsync() => _unitId = await App.UnitIdAsync("TH");

    [Fact]
    public async Task Launch_WithoutCriteria_IsRefusedAndStaysDraft()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Trống", Year = 2026 })).Value;

        await campaigns.ReadyToLaunchAsync(id);
        var launched = await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);

        Assert.Equal("campaign.no_criteria", Assert.Single(launched.Errors).Code);
        Assert.Equal(CampaignStatus.Draft, (await campaigns.GetAsync(TestActors.Officer, id))!.Summary.Status);
    }

    [Theory]
    [InlineData(-5, "result.negative")]
    [InlineData(5_000_000_000, "result.too_large")]
    public async Task Results_OutOfRange_AreRefusedAtTheField(decimal value, string code)
    {
        var (campaignId, head) = await OpenResultsForDemoUnitAsync();

        var saved = await App.Service<SubmissionService>().SaveResultsAsync(head, campaignId, _unitId,
            new Dictionary<string, decimal?> { ["VB_DEN"] = value }, null, submit: false);

        var error = Assert.Single(saved.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("VB_DEN", error.Item);
        await using var db = await App.DbAsync();
        Assert.False(await db.UnitResults.AnyAsync(r => r.CampaignId == campaignId && r.UnitId == _unitId));
    }

    [Fact]
    public async Task Results_SubmittedWithMissingValues_AreRefusedNamingEachCriterion()
    {
        var (campaignId, head) = await OpenResultsForDemoUnitAsync();

        var saved = await App.Service<SubmissionService>().SaveResultsAsync(head, campaignId, _unitId,
            new Dictionary<string, decimal?> { ["VB_DEN"] = 100 }, null, submit: true);

        Assert.Contains(saved.Errors, e => e.Code == "result.missing" && e.Item == "VB_DI");
        Assert.DoesNotContain(saved.Errors, e => e.Item == "VB_DEN");
    }

    [Fact]
    public async Task StaffGrid_WithOneInvalidRow_SavesNothing()
    {
        var submissions = App.Service<SubmissionService>();
        var head = TestActors.HeadOf(_unitId);
        var rows = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        Assert.All(rows, r => Assert.False(r.Saved));
        rows[0].Rating = QualityRating.Excellent;
        rows[1].MonthsWorked = 4; // four months and rated good: refused

        var saved = await submissions.SaveStaffYearAsync(head, _unitId, 2026, rows);

        Assert.Contains(saved.Errors, e => e.Code == "staff.too_few_months_to_rate");
        await using var db = await App.DbAsync();
        var personIds = rows.Select(r => r.PersonId).ToList();
        Assert.False(await db.StaffYearResults.AnyAsync(s => s.Year == 2026 && personIds.Contains(s.PersonId)));
    }

    [Fact]
    public async Task StaffGrid_SavedByTwoPeopleFromTheSameRead_TheSecondGetsAConflictAndOverwritesNothing()
    {
        var submissions = App.Service<SubmissionService>();
        var head = TestActors.HeadOf(_unitId);
        Assert.True((await submissions.SaveStaffYearAsync(head, _unitId, 2026, await submissions.GetStaffYearAsync(head, _unitId, 2026))).IsSuccess);
        var mine = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        var theirs = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        mine[0].Initiative = InitiativeLevel.Grassroots;
        theirs[0].Initiative = InitiativeLevel.Provincial;
        theirs[1].Initiative = InitiativeLevel.Provincial;

        var first = await submissions.SaveStaffYearAsync(head, _unitId, 2026, mine);
        var second = await submissions.SaveStaffYearAsync(head, _unitId, 2026, theirs);

        Assert.True(first.IsSuccess);
        Assert.Equal(ConcurrencyErrors.ChangedByOthers().Code, Assert.Single(second.Errors).Code);
        var stored = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        Assert.Equal(InitiativeLevel.Grassroots, stored[0].Initiative);
        Assert.Equal(InitiativeLevel.None, stored[1].Initiative);
    }

    [Fact]
    public async Task StaffGrid_ReadBeforeTheFirstSave_GetsAConflictOnceSomeoneElseSaved()
    {
        var submissions = App.Service<SubmissionService>();
        var head = TestActors.HeadOf(_unitId);
        var first = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        var second = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        first[0].Initiative = InitiativeLevel.Grassroots;
        second[0].Initiative = InitiativeLevel.Provincial;

        Assert.True((await submissions.SaveStaffYearAsync(head, _unitId, 2026, first)).IsSuccess);
        var late = await submissions.SaveStaffYearAsync(head, _unitId, 2026, second);

        Assert.Equal(ConcurrencyErrors.ChangedByOthers().Code, Assert.Single(late.Errors).Code);
        Assert.Equal(InitiativeLevel.Grassroots, (await submissions.GetStaffYearAsync(head, _unitId, 2026))[0].Initiative);
    }

    [Fact]
    public async Task StaffGrid_SavedAgainAfterReadingTheNewVersion_Saves()
    {
        var submissions = App.Service<SubmissionService>();
        var head = TestActors.HeadOf(_unitId);
        var rows = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        Assert.True((await submissions.SaveStaffYearAsync(head, _unitId, 2026, rows)).IsSuccess);

        var reread = await submissions.GetStaffYearAsync(head, _unitId, 2026);
        reread[0].Initiative = InitiativeLevel.Grassroots;

        Assert.True((await submissions.SaveStaffYearAsync(head, _unitId, 2026, reread)).IsSuccess);
        Assert.Equal(InitiativeLevel.Grassroots, (await submissions.GetStaffYearAsync(head, _unitId, 2026))[0].Initiative);
    }

    [Fact]
    public async Task Pledge_SavedByTwoPeopleFromTheSameVersion_TheSecondGetsAConflict()
    {
        var submissions = App.Service<SubmissionService>();
        var head = TestActors.HeadOf(_unitId);
        var campaignId = await SeededCampaignIdAsync();
        var targets = new Dictionary<string, decimal?>
        {
            ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
        };
        Assert.True((await submissions.SavePledgeAsync(head, campaignId, _unitId, targets, null, false)).IsSuccess);
        var version = (await submissions.GetWorkspaceAsync(head, campaignId, _unitId))!.PledgeVersion;

        var first = await submissions.SavePledgeAsync(head, campaignId, _unitId, targets.ToDictionary(t => t.Key, t => t.Value + 1), version, false);
        var second = await submissions.SavePledgeAsync(head, campaignId, _unitId, targets.ToDictionary(t => t.Key, t => t.Value + 2), version, false);

        Assert.True(first.IsSuccess);
        Assert.Equal(ConcurrencyErrors.ChangedByOthers().Code, Assert.Single(second.Errors).Code);
        var stored = await submissions.GetWorkspaceAsync(head, campaignId, _unitId);
        Assert.Equal(101m, stored!.Lines.Single(l => l.Code == "VB_DEN").Target);
    }

    private async Task<int> SeededCampaignIdAsync()
    {
        await using var db = await App.DbAsync();
        return await db.Campaigns.Select(c => c.Id).FirstAsync();
    }

    private async Task<(int CampaignId, Emulation.Web.Services.Actor Head)> OpenResultsForDemoUnitAsync()
    {
        var campaignId = await SeededCampaignIdAsync();
        var head = TestActors.HeadOf(_unitId);
        var targets = new Dictionary<string, decimal?>
        {
            ["VB_DEN"] = 100, ["VB_DI"] = 50, ["HOP"] = 10, ["TTHC"] = 5, ["DUNG_HAN"] = 98,
        };
        Assert.True((await App.Service<SubmissionService>().SavePledgeAsync(head, campaignId, _unitId, targets, null, true)).IsSuccess);
        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, campaignId, CampaignStep.OpenResults)).IsSuccess);
        return (campaignId, head);
    }
}
