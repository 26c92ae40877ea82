using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// The union officer of a second agency, on the pages of their own launched campaign, names a unit or person of the
/// office by its id (the pages pass ids straight to the services): nothing of the office is listed to them, and nothing
/// is written about it — no proceedings that would defer the office's titles, no nomination that would end in an award;
/// nor does their head attach files in the office's campaign.
/// Each test makes its own agency, with its own codes.
/// </summary>
public sealed class OtherAgencysUnitsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    /// <summary>Agency <paramref name="code"/> with one department, its union officer, and a campaign of 2026 it launched.</summary>
    private async Task<(Actor Officer, int CampaignId)> SecondAgencyWithLaunchedCampaignAsync(string code)
    {
        var (agency, _) = await SecondAgencyAsync(code);
        var officer = new Actor($"cd-{code}", $"cd.{code}", new HashSet<string> { Roles.UnionOfficer }, agency);
        var campaigns = _app.Service<CampaignService>();
        var id = await campaigns.CreateDraftAsync(officer, new CampaignDraftInput { Name = $"Thi đua {code}", Year = 2026 });
        Assert.True(id.IsSuccess, string.Join(", ", id.Errors.Select(e => e.Code)));
        Assert.True((await campaigns.AddCriterionAsync(officer, id.Value,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp", MaxPoints = 100, UnitOfMeasure = "cuộc" })).IsSuccess);
        Assert.True((await campaigns.SetDeadlinesAsync(officer, id.Value, TestCampaigns.PledgeDeadline.ToDateTime(TimeOnly.MinValue),
            TestCampaigns.ResultsDeadline.ToDateTime(TimeOnly.MinValue))).IsSuccess);
        Assert.True((await campaigns.OfferTitleAsync(officer, id.Value, Title.AdvancedWorker, null)).IsSuccess);
        var launched = await campaigns.MoveAsync(officer, id.Value, CampaignStep.Launch);
        Assert.True(launched.IsSuccess, string.Join(", ", launched.Errors.Select(e => e.Code)));
        return (officer, id.Value);
    }

    /// <summary>Agency <paramref name="code"/> and its department <c>{code}-TC</c>, made by the deployment's administrator.</summary>
    private async Task<(int Agency, int Department)> SecondAgencyAsync(string code)
    {
        var organization = _app.Service<OrganizationService>();
        var agency = await organization.CreateAsync(TestActors.Admin, new NewUnit(code, $"Sở thử nghiệm {code}"), UnitKind.Agency, null);
        Assert.True(agency.IsSuccess, string.Join(", ", agency.Errors.Select(e => e.Code)));
        var department = await organization.CreateAsync(TestActors.Admin, new NewUnit($"{code}-TC", "Phòng Tổ chức"), UnitKind.Department, agency.Value);
        Assert.True(department.IsSuccess, string.Join(", ", department.Errors.Select(e => e.Code)));
        return (agency.Value, department.Value);
    }

    /// <summary>The second agency's head, on the office's campaign (its id typed into the unit page's address).</summary>
    [Fact]
    public async Task TheSecondAgencysHead_AttachingEvidenceInTheOfficesCampaign_IsRefused_AndNothingIsStored()
    {
        var (_, department) = await SecondAgencyAsync("SNP3");
        var head = TestActors.HeadOf(department);
        var campaignId = await _app.SeededCampaignIdAsync();

        var uploaded = await _app.Service<EvidenceService>().UploadAsync(head, campaignId, department, null, "bien-ban.pdf",
            new MemoryStream(SampleFiles.Pdf()));

        Assert.Equal([EvidenceErrors.NotFound().Code], uploaded.Errors.Select(e => e.Code));
        await using var db = await _app.DbAsync();
        Assert.False(await db.Evidence.AnyAsync(e => e.UnitId == department));
    }

    [Fact]
    public async Task TheSecondAgencysOfficer_RecordingProceedingsAboutAnOfficeUnit_IsRefused_AndTheOfficesYearIsUntouched()
    {
        var (officer, campaignId) = await SecondAgencyWithLaunchedCampaignAsync("SNP1");
        var th = await _app.UnitIdAsync("TH");

        var recorded = await _app.Service<ProceedingsService>().RecordAsync(officer, campaignId, th,
            "Đang thanh tra việc chấp hành pháp luật.", new DateOnly(2026, 3, 1), null);

        Assert.Equal(["proceedings.campaign_not_found"], recorded.Errors.Select(e => e.Code));
        await using var db = await _app.DbAsync();
        Assert.False(await db.UnitProceedings.AnyAsync(p => p.UnitId == th && p.RecordedBy == officer.UserName));
    }

    [Fact]
    public async Task TheSecondAgencysOfficer_NominatingAnOfficeUnitOrPerson_IsRefused_AndListsNoneOfThem()
    {
        var (officer, campaignId) = await SecondAgencyWithLaunchedCampaignAsync("SNP2");
        var th = await _app.UnitIdAsync("TH");
        int person;
        await using (var db = await _app.DbAsync())
        {
            person = await db.People.Where(p => p.UnitId == th).Select(p => p.Id).FirstAsync();
        }

        var nominations = _app.Service<NominationService>();

        var unit = await nominations.AddAsync(officer, campaignId,
            new AddNominationInput { UnitId = th, Title = Title.AdvancedLabourCollective, Reason = "Hoàn thành xuất sắc." });
        var individual = await nominations.AddAsync(officer, campaignId,
            new AddNominationInput { UnitId = th, PersonId = person, Title = Title.AdvancedWorker, Reason = "Hoàn thành xuất sắc." });

        Assert.Equal([NominationService.UnitNotNominable().Code], unit.Errors.Select(e => e.Code));
        Assert.Equal([NominationService.UnitNotNominable().Code], individual.Errors.Select(e => e.Code));
        Assert.DoesNotContain(await nominations.UnitsAsync(officer), u => u.Id == th);
        Assert.Empty(await nominations.PeopleAsync(officer, th));
        await using var after = await _app.DbAsync();
        Assert.False(await after.Nominations.IgnoreQueryFilters().AnyAsync(n => n.CampaignId == campaignId));
    }
}
