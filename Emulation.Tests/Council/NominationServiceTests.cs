using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Council;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>The union officer adds nominations by hand and withdraws them, each with a recorded reason.</summary>
public sealed class NominationServiceTests : FreshAppTests
{
    private CouncilScenario _scenario = null!;

    private NominationService Nominations => App.Service<NominationService>();

    public override async ValueTask InitializeAsync() => _scenario = await CouncilScenario.SeedConsultedAsync(App);

    private async Task<int> PersonOfAsync(string unitCode, int index)
    {
        var unitId = await App.UnitIdAsync(unitCode);
        return (await Nominations.PeopleAsync(TestActors.Officer, unitId))[index].Id;
    }

    [Fact]
    public async Task Add_WithAReason_IsListedWithWhoWhenAndWhy()
    {
        var unitId = await App.UnitIdAsync("NC");
        var personId = await PersonOfAsync("NC", 3);

        var added = await Nominations.AddAsync(TestActors.Officer, _scenario.CampaignId, new AddNominationInput
        {
            UnitId = unitId, PersonId = personId, Title = Title.CertificateOfCommendation, Reason = "Thành tích đột xuất trong đợt bão",
        });

        Assert.True(added.IsSuccess, string.Join("; ", added.Errors));
        var row = (await App.Service<CouncilService>().ListAsync(TestActors.Council, _scenario.CampaignId)).Single(n => n.Id == added.Value);
        Assert.Equal(NominationStatus.Proposed, row.Status);
        Assert.Equal(("Thành tích đột xuất trong đợt bão", "congdoan"), (row.Trail!.AddedReason, row.Trail.AddedBy));
        Assert.NotNull(row.Trail.AddedAt);
    }

    [Fact]
    public async Task Add_AYearlyTitle_InAThematicCampaign_IsRefused_AndAFormOfCommendationIsNot()
    {
        var id = await App.Service<Emulation.Web.Services.Campaigns.CampaignService>().LaunchThematicAsync("Chuyên đề đề cử bằng tay");
        var (unitId, personId) = (await App.UnitIdAsync("NC"), await PersonOfAsync("NC", 3));

        var yearly = await Nominations.AddAsync(TestActors.Officer, id,
            new AddNominationInput { UnitId = unitId, PersonId = personId, Title = Title.AdvancedWorker, Reason = "Hoàn thành tốt chuyên đề" });
        var form = await Nominations.AddAsync(TestActors.Officer, id,
            new AddNominationInput { UnitId = unitId, PersonId = personId, Title = Title.CertificateOfCommendation, Reason = "Hoàn thành tốt chuyên đề" });

        Assert.Equal("campaign.title_only_yearly", Assert.Single(yearly.Errors).Code);
        Assert.True(form.IsSuccess, string.Join("; ", form.Errors));
        Assert.DoesNotContain(Title.AdvancedWorker, await Nominations.TitlesAsync(TestActors.Officer, id));
    }

    [Fact]
    public async Task Add_BadInput_IsRefusedAndNothingIsAdded()
    {
        var unitId = await App.UnitIdAsync("NC");
        var personId = await PersonOfAsync("NC", 3);
        var otherUnitsPerson = await PersonOfAsync("KT", 2);
        await using var before = await App.DbAsync();
        var count = await before.Nominations.CountAsync();

        var noReason = await Nominations.AddAsync(TestActors.Officer, _scenario.CampaignId,
            new AddNominationInput { UnitId = unitId, PersonId = personId, Title = Title.AdvancedWorker, Reason = " " });
        var wrongUnit = await Nominations.AddAsync(TestActors.Officer, _scenario.CampaignId,
            new AddNominationInput { UnitId = unitId, PersonId = otherUnitsPerson, Title = Title.AdvancedWorker, Reason = "x" });
        var collectiveWithPerson = await Nominations.AddAsync(TestActors.Officer, _scenario.CampaignId,
            new AddNominationInput { UnitId = unitId, PersonId = personId, Title = Title.AdvancedLabourCollective, Reason = "x" });
        var duplicate = await Nominations.AddAsync(TestActors.Officer, _scenario.CampaignId, new AddNominationInput
        {
            UnitId = await App.UnitIdAsync("KT"), PersonId = null, Title = Title.AdvancedLabourCollective, Reason = "x",
        });

        Assert.Equal("nomination.reason_required", Assert.Single(noReason.Errors).Code);
        Assert.Equal("nomination.subject_mismatch", Assert.Single(wrongUnit.Errors).Code);
        Assert.Equal("nomination.subject_mismatch", Assert.Single(collectiveWithPerson.Errors).Code);
        Assert.Equal("nomination.duplicate", Assert.Single(duplicate.Errors).Code);
        await using var after = await App.DbAsync();
        Assert.Equal(count, await after.Nominations.CountAsync());
    }

    [Fact]
    public async Task Withdraw_KeepsTheReason_AndTheNominationStaysOffTheNextSession()
    {
        Assert.Equal("nomination.reason_required",
            Assert.Single((await Nominations.WithdrawAsync(TestActors.Officer, _scenario.CampaignId, _scenario.Collective, "")).Errors).Code);

        var withdrawn = await Nominations.WithdrawAsync(TestActors.Officer, _scenario.CampaignId, _scenario.Collective,
            "Đơn vị đang bị thanh tra");

        Assert.True(withdrawn.IsSuccess);
        var row = (await App.Service<CouncilService>().ListAsync(TestActors.Officer, _scenario.CampaignId)).Single(n => n.Id == _scenario.Collective);
        Assert.Equal((NominationStatus.Withdrawn, "Đơn vị đang bị thanh tra"), (row.Status, row.Trail!.WithdrawalReason));
        await CouncilDriver.OpenWithAllPresentAsync(App, _scenario.CampaignId);
        var session = (await App.Service<CouncilSessionService>().GetAsync(TestActors.Officer, _scenario.CampaignId))!;
        Assert.DoesNotContain(session.Agenda, a => a.NominationId == _scenario.Collective);
    }

    [Fact]
    public async Task WrongUsers_CannotAddOrWithdraw()
    {
        var input = new AddNominationInput { UnitId = await App.UnitIdAsync("NC"), Title = Title.AdvancedLabourCollective, Reason = "x" };

        await Assert.ThrowsAsync<AccessDeniedException>(() => Nominations.AddAsync(TestActors.Council, _scenario.CampaignId, input));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Nominations.WithdrawAsync(TestActors.Leader, _scenario.CampaignId, _scenario.Collective, "x"));
        var head = TestActors.HeadOf(await App.UnitIdAsync("KT"));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Nominations.WithdrawAsync(head, _scenario.CampaignId, _scenario.Collective, "x"));
    }
}
