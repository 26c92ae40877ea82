using Emulation.Web.Resources;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>The union officer's campaign designer through <see cref="CampaignService"/>, on the real migrated SQLite file.</summary>
public sealed class CampaignDesignerServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly CampaignService _campaigns = fixture.App.Service<CampaignService>();

    private async Task<int> DraftAsync(string name, int year = 2026, DateTime? pledge = null, DateTime? results = null) =>
        (await _campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = name, Year = year, PledgeDeadline = pledge, ResultsDeadline = results })).Value;

    private async Task<int> LaunchedAsync(string name)
    {
        var id = await DraftAsync(name);
        Assert.True((await _campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "A", Name = "Văn bản đến được xử lý", Group = "I", MaxPoints = 100, UnitOfMeasure = "văn bản",
        })).IsSuccess);
        await _campaigns.ReadyToLaunchAsync(id);
        Assert.True((await _campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return id;
    }

    [Fact]
    public async Task CreateDraft_WithResultsDeadlineBeforePledgeDeadline_IsRefused()
    {
        var created = await _campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput
        {
            Name = "Sai hạn", Year = 2026, PledgeDeadline = new DateTime(2026, 12, 1), ResultsDeadline = new DateTime(2026, 3, 1),
        });

        Assert.Equal("campaign.deadlines_out_of_order", Assert.Single(created.Errors).Code);
    }

    [Fact]
    public async Task SetDeadlines_OnADraft_IsSaved()
    {
        var id = await DraftAsync("Đổi hạn");

        Assert.True((await _campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2026, 3, 31), new DateTime(2026, 12, 10))).IsSuccess);

        var detail = await _campaigns.GetAsync(TestActors.Officer, id);
        Assert.Equal(new DateOnly(2026, 12, 10), detail!.Summary.ResultsDeadline);
    }

    [Fact]
    public async Task SetDeadlines_AfterAnotherOfficerSavedTheCampaign_IsRefusedAndKeepsTheirChange()
    {
        var id = await DraftAsync("Hai cán bộ cùng sửa");
        var readByFirst = (await _campaigns.GetAsync(TestActors.Officer, id))!.Version;
        var readBySecond = (await _campaigns.GetAsync(TestActors.Officer, id))!.Version;
        Assert.True((await _campaigns.OfferTitleAsync(TestActors.Officer, id, Title.AdvancedWorker, null, readBySecond)).IsSuccess);

        var late = await _campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2026, 3, 31), null, readByFirst);

        Assert.Equal("concurrency.changed", Assert.Single(late.Errors).Code);
        var detail = await _campaigns.GetAsync(TestActors.Officer, id);
        Assert.Null(detail!.Summary.PledgeDeadline);
        Assert.Contains(detail.OfferedTitles, t => t.Title == Title.AdvancedWorker);
        Assert.NotEqual(readByFirst, detail.Version);
        Assert.True((await _campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2026, 3, 31), null, detail.Version)).IsSuccess);
    }

    [Fact]
    public async Task AddCriterion_ByBands_KeepsTheBandsInTheDatabase()
    {
        var id = await DraftAsync("Theo khung");
        var input = new CriterionInput { Code = "K", Name = "Tỷ lệ hồ sơ đúng hạn", Group = "I", MaxPoints = 20, Method = ScoringMethod.Bands, UnitOfMeasure = "%" };
        input.Bands.Add(new BandInput { MinPercentOfTarget = 100, PercentOfMax = 100 });
        input.Bands.Add(new BandInput { MinPercentOfTarget = 80, PercentOfMax = 50 });

        Assert.True((await _campaigns.AddCriterionAsync(TestActors.Officer, id, input)).IsSuccess);

        var criterion = Assert.Single((await _campaigns.GetAsync(TestActors.Officer, id))!.Criteria);
        Assert.Equal([new ScoreBand(1m, 1m), new ScoreBand(0.8m, 0.5m)], criterion.Bands);
    }

    [Fact]
    public async Task OfferTitle_AndWithdraw_AreSaved()
    {
        var id = await DraftAsync("Danh hiệu");

        Assert.True((await _campaigns.OfferTitleAsync(TestActors.Officer, id, Title.AdvancedWorker, null)).IsSuccess);
        Assert.True((await _campaigns.OfferTitleAsync(TestActors.Officer, id, Title.GrassrootsEmulationFighter, 15m)).IsSuccess);
        Assert.True((await _campaigns.WithdrawTitleAsync(TestActors.Officer, id, Title.AdvancedWorker)).IsSuccess);

        var offered = Assert.Single((await _campaigns.GetAsync(TestActors.Officer, id))!.OfferedTitles);
        Assert.Equal(new OfferedTitleView(Title.GrassrootsEmulationFighter, 15m), offered);
    }

    [Fact]
    public async Task OfferTitle_ByADepartmentHead_IsRefused()
    {
        var id = await DraftAsync("Trưởng phòng không được cấu hình");
        var head = TestActors.HeadOf(await fixture.App.UnitIdAsync("TH"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => _campaigns.OfferTitleAsync(head, id, Title.AdvancedWorker, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _campaigns.CopyAsync(head, id, 2027, "Bản sao"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _campaigns.AmendMaxPointsAsync(head, id, "A", 5, "Lý do"));
    }

    [Fact]
    public async Task AmendMaxPoints_AfterLaunch_ChangesItAndShowsInTheHistory()
    {
        var id = await LaunchedAsync("Sửa đổi sau phát động");

        Assert.True((await _campaigns.AmendMaxPointsAsync(TestActors.Officer, id, "A", 55, "Theo kết luận Hội đồng")).IsSuccess);

        var detail = (await _campaigns.GetAsync(TestActors.Officer, id))!;
        Assert.Equal(55m, Assert.Single(detail.Criteria).MaxPoints);
        var amendment = Assert.Single(detail.Amendments);
        Assert.Equal(("Nguyễn Thị Thu Hà", "Theo kết luận Hội đồng", "A: điểm tối đa 100 → 55"),
            (amendment.By, amendment.Reason, Wording.Amendment(Wording.Vietnamese, Wording.VietnameseCulture, amendment.Change)));
    }

    [Fact]
    public async Task AmendAddCriterion_AfterLaunch_AddsItWithTheReason()
    {
        var id = await LaunchedAsync("Bổ sung tiêu chí");

        var amended = await _campaigns.AmendAddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "SK", Name = "Sáng kiến", Kind = CriterionKind.Bonus, MaxPoints = 10, PointsPerUnit = 2, UnitOfMeasure = "sáng kiến",
        }, "Bổ sung theo chỉ đạo");

        Assert.True(amended.IsSuccess);
        var detail = (await _campaigns.GetAsync(TestActors.Officer, id))!;
        Assert.Contains(detail.Criteria, c => c.Code == "SK");
        Assert.Equal("Bổ sung theo chỉ đạo", Assert.Single(detail.Amendments).Reason);
    }

    [Fact]
    public async Task Amend_WithoutAReason_IsRefusedAndNothingIsSaved()
    {
        var id = await LaunchedAsync("Không lý do");

        var amended = await _campaigns.AmendMaxPointsAsync(TestActors.Officer, id, "A", 55, " ");

        Assert.Equal("campaign.amendment_reason_required", Assert.Single(amended.Errors).Code);
        var detail = (await _campaigns.GetAsync(TestActors.Officer, id))!;
        Assert.Equal(100m, Assert.Single(detail.Criteria).MaxPoints);
        Assert.Empty(detail.Amendments);
    }

    [Fact]
    public async Task Copy_MakesADraftWithTheCriteriaBandsTitlesAndShiftedDeadlines()
    {
        var sourceId = await DraftAsync("Phong trào 2025", 2025, new DateTime(2025, 3, 31), new DateTime(2025, 12, 10));
        var banded = new CriterionInput { Code = "K", Name = "Theo khung", Group = "I", MaxPoints = 40, Method = ScoringMethod.Bands, UnitOfMeasure = "%" };
        banded.Bands.Add(new BandInput { MinPercentOfTarget = 100, PercentOfMax = 100 });
        await _campaigns.AddCriterionAsync(TestActors.Officer, sourceId, banded);
        await _campaigns.AddCriterionAsync(TestActors.Officer, sourceId, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 60, UnitOfMeasure = "lần" });
        await _campaigns.OfferTitleAsync(TestActors.Officer, sourceId, Title.AdvancedLabourCollective, 70m);
        await _campaigns.MoveAsync(TestActors.Officer, sourceId, CampaignStep.Launch);

        var copied = await _campaigns.CopyAsync(TestActors.Officer, sourceId, 2026, "Phong trào 2026");

        Assert.True(copied.IsSuccess);
        var copy = (await _campaigns.GetAsync(TestActors.Officer, copied.Value))!;
        Assert.Equal((CampaignStatus.Draft, 2026, "Phong trào 2026"), (copy.Summary.Status, copy.Summary.Year, copy.Summary.Name));
        Assert.Equal((new DateOnly(2026, 3, 31), new DateOnly(2026, 12, 10)), (copy.Summary.PledgeDeadline!.Value, copy.Summary.ResultsDeadline!.Value));
        Assert.Equal(["K", "A"], copy.Criteria.Select(c => c.Code));
        Assert.Equal([new ScoreBand(1m, 1m)], copy.Criteria[0].Bands);
        Assert.Equal(new OfferedTitleView(Title.AdvancedLabourCollective, 70m), Assert.Single(copy.OfferedTitles));
        Assert.Empty(copy.Transitions);
        Assert.Equal(100m, copy.ScoredPointsTotal);
        // The source's blocs with their units, so that the copy can be launched as it stands.
        var setup = fixture.App.Service<CampaignSetupService>();
        static IEnumerable<string> Shape(CampaignBlocs blocs) => blocs.Blocs.Select(b => $"{b.Name}: {string.Join(", ", b.Units.Select(u => u.Id))}");
        var copiedBlocs = (await setup.BlocsAsync(TestActors.Officer, copied.Value))!;
        Assert.NotEmpty(copiedBlocs.Blocs.SelectMany(b => b.Units));
        Assert.Equal(Shape((await setup.BlocsAsync(TestActors.Officer, sourceId))!), Shape(copiedBlocs));
    }

    [Fact]
    public async Task ReplaceCriteria_WithABadTable_LeavesTheDatabaseUnchanged()
    {
        var id = await DraftAsync("Thay bảng điểm");
        await _campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "OLD", Name = "Cũ", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });

        var replaced = await _campaigns.ReplaceCriteriaAsync(TestActors.Officer, id,
            [Criterion.Scored("N", "Mới", "I", 50, "lần"), Criterion.Scored("X", "Sai", "I", 0, "lần")]);

        Assert.Equal("campaign.invalid_max_points", Assert.Single(replaced.Errors).Code);
        await using var db = await fixture.App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
        Assert.Equal(["OLD"], await db.Campaigns.Where(c => c.Id == id).SelectMany(c => c.Criteria).Select(c => c.Code).ToListAsync());
    }

    [Fact]
    public async Task ReplaceCriteria_WithAGoodTable_ReplacesEveryRow_EvenAReusedCode()
    {
        var id = await DraftAsync("Thay bảng điểm đúng");
        await _campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "Cũ", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });

        var replaced = await _campaigns.ReplaceCriteriaAsync(TestActors.Officer, id,
            [Criterion.Scored("A", "Mới", "I", 70, "lần"), Criterion.Scored("B", "Mới B", "I", 30, "lần")]);

        Assert.True(replaced.IsSuccess);
        await using var db = await fixture.App.Service<IDbContextFactory<EmulationDbContext>>().CreateDbContextAsync();
        var rows = await db.Campaigns.Where(c => c.Id == id).SelectMany(c => c.Criteria).OrderBy(c => c.Code)
            .Select(c => new { c.Code, c.Name }).ToListAsync();
        Assert.Equal([("A", "Mới"), ("B", "Mới B")], rows.Select(r => (r.Code, r.Name)));
    }

    [Fact]
    public async Task EditCriterion_OnADraft_IsSaved_AndRefusedOnceLaunched()
    {
        var id = await DraftAsync("Sửa tiêu chí");
        await _campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 60, UnitOfMeasure = "lần" });
        var view = Assert.Single((await _campaigns.GetAsync(TestActors.Officer, id))!.Criteria);
        var input = CriterionInput.From(view);
        input.MaxPoints = 100;
        input.Name = "Văn bản đến được xử lý";

        Assert.True((await _campaigns.EditCriterionAsync(TestActors.Officer, id, "A", input)).IsSuccess);
        var saved = Assert.Single((await _campaigns.GetAsync(TestActors.Officer, id))!.Criteria);
        Assert.Equal(("A", "Văn bản đến được xử lý", 100m), (saved.Code, saved.Name, saved.MaxPoints));

        await _campaigns.ReadyToLaunchAsync(id);
        Assert.True((await _campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        input.MaxPoints = 50;
        var frozen = await _campaigns.EditCriterionAsync(TestActors.Officer, id, "A", input);
        Assert.Equal("campaign.wrong_status", Assert.Single(frozen.Errors).Code);
        Assert.Equal(100m, Assert.Single((await _campaigns.GetAsync(TestActors.Officer, id))!.Criteria).MaxPoints);
        await Assert.ThrowsAsync<Emulation.Web.Services.AccessDeniedException>(() =>
            _campaigns.EditCriterionAsync(TestActors.HeadOf(1), id, "A", input));
    }
    [Fact]
    public async Task TheHistory_NamesTheOfficerWhoLaunched_NotTheirLogin()
    {
        var id = await LaunchedAsync("Lịch sử có tên người");

        var detail = await _campaigns.GetAsync(TestActors.Officer, id);

        var launch = Assert.Single(detail!.Transitions);
        Assert.Equal("Nguyễn Thị Thu Hà", launch.By);
    }
}
