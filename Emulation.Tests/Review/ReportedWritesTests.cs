using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Review;

/// <summary>
/// Writes that a campaign's evaluation reads but that are saved outside the campaign's own forms (records kept through
/// the API, people, decisions, the campaign's design, the organisation) are reported to the change notifier, so the
/// review dashboard's kept evaluation shows them on the next look instead of after its two-minute lifetime. Each test
/// looks once (the evaluation is kept), writes, and looks again; test apps wait for a reported change's reload.
/// </summary>
public sealed class ReportedWritesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Campaign = 1;

    private EmulationAppFactory App => fixture.App;

    private EvaluationSnapshots Snapshots => App.Service<EvaluationSnapshots>();

    private async Task<EvaluationSnapshot> LookAsync(int campaignId = Campaign)
    {
        var look = await Snapshots.GetAsync(campaignId);
        Assert.NotNull(look);
        Assert.True(look.IsSuccess, string.Join("; ", look.Errors));
        return look.Value;
    }

    /// <summary>A person of a unit that pledged in the campaign, with their staff code.</summary>
    private async Task<(int Id, string Code, int UnitId)> PledgedPersonAsync(int skip)
    {
        var evaluated = await LookAsync();
        await using var db = await App.DbAsync();
        var people = await db.People.AsNoTracking().Where(p => p.Code != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Code, p.UnitId }).ToListAsync(TestContext.Current.CancellationToken);
        var person = people.Where(p => evaluated.Input.People.Any(e => e.PersonId == p.Id)).Skip(skip).First();
        return (person.Id, person.Code!, person.UnitId);
    }

    /// <summary>A draft of 2026 whose table has one criterion (a table without any is not evaluated).</summary>
    private async Task<int> DraftWithOneCriterionAsync(string name)
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp", MaxPoints = 100, UnitOfMeasure = "cuộc" })).IsSuccess);
        return id;
    }

    [Fact]
    public async Task AStaffYearRecordedThroughTheApi_IsInTheNextLook()
    {
        var (person, code, _) = await PledgedPersonAsync(skip: 0);
        var before = await LookAsync();
        Assert.DoesNotContain(before.Input.People.Single(p => p.PersonId == person).Years,
            y => y is { Year: 2025, MonthsWorked: 7 });

        var put = await App.Service<RecordsService>().PutPersonYearAsync(TestActors.Admin, code, 2025,
            new PersonYearDraft(QualityRating.Completed, 7, 0, DisciplineLevel.None, false, [], [], []));

        Assert.True(put.IsSuccess, string.Join("; ", put.Errors));
        var after = (await LookAsync()).Input.People.Single(p => p.PersonId == person).Years.Single(y => y.Year == 2025);
        Assert.Equal(QualityRating.Completed, after.Rating);
        Assert.Equal(7, after.MonthsWorked);
    }

    [Fact]
    public async Task AUnitsYearRatingRecordedThroughTheApi_IsInTheNextLook()
    {
        var before = await LookAsync();
        var unit = before.Input.Units[0];
        await using var db = await App.DbAsync();
        var code = await db.Units.Where(u => u.Id == unit.UnitId).Select(u => u.Code).SingleAsync(TestContext.Current.CancellationToken);
        var rating = unit.YearRatings.FirstOrDefault(r => r.Year == 2024)?.Rating == QualityRating.Excellent
            ? QualityRating.Good
            : QualityRating.Excellent;

        var put = await App.Service<RecordsService>().PutUnitYearAsync(TestActors.Admin, code, 2024,
            new UnitYearDraft(rating, [], []));

        Assert.True(put.IsSuccess, string.Join("; ", put.Errors));
        var after = (await LookAsync()).Input.Units.Single(u => u.UnitId == unit.UnitId);
        Assert.Equal(rating, after.YearRatings.Single(r => r.Year == 2024 && r.InheritedFrom is null).Rating);
    }

    [Fact]
    public async Task APersonsCorrectedName_IsInTheNextLook()
    {
        var (person, _, _) = await PledgedPersonAsync(skip: 1);
        var before = (await LookAsync()).Input.People.Single(p => p.PersonId == person);

        var corrected = await App.Service<PeopleService>().CorrectAsync(TestActors.Admin, person,
            new PersonCorrection("Nguyễn Văn Đổi Tên", before.Gender, null, before.RecruitedOn));

        Assert.True(corrected.IsSuccess, string.Join("; ", corrected.Errors));
        Assert.Equal("Nguyễn Văn Đổi Tên", (await LookAsync()).Input.People.Single(p => p.PersonId == person).FullName);
    }

    [Fact]
    public async Task APersonTransferredAway_LeavesTheUnitInTheNextLook()
    {
        var (person, _, unitId) = await PledgedPersonAsync(skip: 2);
        var before = await LookAsync();
        var elsewhere = before.Input.Units.First(u => u.UnitId != unitId).UnitId;

        var moved = await App.Service<PeopleService>().TransferAsync(TestActors.Admin, person,
            new PersonTransfer(elsewhere, "Chuyên viên", new DateOnly(2026, 6, 1)));

        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors));
        Assert.Equal(elsewhere, (await LookAsync()).Input.People.Single(p => p.PersonId == person).UnitId);
    }

    [Fact]
    public async Task ARevokedAward_IsRevokedInTheNextLook()
    {
        var before = await LookAsync();
        await using var db = await App.DbAsync();
        var evaluated = before.Input.People.Select(p => p.PersonId).ToList();
        var award = await db.Awards.AsNoTracking()
            .Where(a => a.PersonId != null && evaluated.Contains(a.PersonId.Value) && a.Year < 2026 && a.RevokedByDecisionId == null)
            .OrderBy(a => a.Id).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Contains(before.Input.People.Single(p => p.PersonId == award.PersonId).Awards,
            a => a.Year == award.Year && a.Title == award.Title && !a.Revoked);

        var revoked = await App.Service<DecisionService>().RevokeAsync(TestActors.Leader, [award.Id], new RevocationInput
        {
            Number = "901/QĐ-VP", Date = new DateTime(2026, 5, 10), SignerName = "Trần Quốc Bảo",
            SignerPosition = "Chánh Văn phòng", Reason = "Hồ sơ kê khai không trung thực",
        });

        Assert.True(revoked.IsSuccess, string.Join("; ", revoked.Errors));
        Assert.Contains((await LookAsync()).Input.People.Single(p => p.PersonId == award.PersonId).Awards,
            a => a.Year == award.Year && a.Title == award.Title && a.Revoked);
    }

    [Fact]
    public async Task AnAmendedCriterion_IsInTheNextLook()
    {
        var campaigns = App.Service<CampaignService>();
        var campaign = await campaigns.LaunchWithOneCriterionAsync("Phong trào đổi điểm tối đa");
        Assert.Equal(100m, (await LookAsync(campaign)).Campaign.Criteria.Single().MaxPoints);

        var amended = await campaigns.AmendMaxPointsAsync(TestActors.Officer, campaign, "HOP", 80, "Điều chỉnh theo hướng dẫn");

        Assert.True(amended.IsSuccess, string.Join("; ", amended.Errors));
        Assert.Equal(80m, (await LookAsync(campaign)).Campaign.Criteria.Single().MaxPoints);
    }

    [Fact]
    public async Task ATitleWithdrawn_IsInTheNextLook()
    {
        var campaigns = App.Service<CampaignService>();
        var campaign = await DraftWithOneCriterionAsync("Phong trào rút danh hiệu");
        await campaigns.ReadyToLaunchAsync(campaign);
        Assert.Contains((await LookAsync(campaign)).Campaign.OfferedTitles, t => t.Title == Emulation.Domain.Awards.Title.AdvancedWorker);

        var withdrawn = await campaigns.WithdrawTitleAsync(TestActors.Officer, campaign, Emulation.Domain.Awards.Title.AdvancedWorker);

        Assert.True(withdrawn.IsSuccess, string.Join("; ", withdrawn.Errors));
        Assert.DoesNotContain((await LookAsync(campaign)).Campaign.OfferedTitles, t => t.Title == Emulation.Domain.Awards.Title.AdvancedWorker);
    }

    [Fact]
    public async Task ARenamedBloc_IsInTheNextLook()
    {
        var campaign = await DraftWithOneCriterionAsync("Phong trào đổi tên khối");
        var bloc = (await LookAsync(campaign)).BlocNames.Keys.First();

        var renamed = await App.Service<CampaignSetupService>().ChangeBlocsAsync(TestActors.Officer, campaign,
            new BlocEdit.Rename(bloc, "Khối đã đổi tên"));

        Assert.True(renamed.IsSuccess, string.Join("; ", renamed.Errors));
        Assert.Equal("Khối đã đổi tên", (await LookAsync(campaign)).BlocNames[bloc]);
    }

    [Fact]
    public async Task ARenamedUnit_IsInTheNextLook()
    {
        var unit = (await LookAsync()).Input.Units[^1].UnitId;

        var renamed = await App.Service<OrganizationService>().RenameAsync(TestActors.Admin, unit, "Phòng Đã Đổi Tên",
            new DateOnly(2026, 6, 1));

        Assert.True(renamed.IsSuccess, string.Join("; ", renamed.Errors));
        Assert.Equal("Phòng Đã Đổi Tên", (await LookAsync()).UnitNames[unit]);
    }
}
