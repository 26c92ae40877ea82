using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Emulation.Tests.Proposals;

/// <summary>The proposals page: leadership sends passed nominations up; the officer records what came back.</summary>
public sealed class ProposalsPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Leadership_SendsAProvincialTitle_ToTheProvincialBoardInTheSystem_UnlessTheyChooseOtherwise()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid=select-{ids[0]}]")), TimeSpan.FromSeconds(10));

        // The chairman grants the title; the board that receives the chairman's dossiers works here: it is the default.
        page.Find($"[data-testid=select-{ids[0]}]").Change(true);
        page.Find("input[data-testid=proposal-number]").Change("93/TTr-VP");
        page.Find("button[data-testid=send-up]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proposal-done]")), TimeSpan.FromSeconds(10));
        await using var db = await App.DbAsync();
        var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Number == "93/TTr-VP");
        Assert.Equal(board, proposal.ReceivingUnitId);
        Assert.NotNull(page.Find($"[data-testid=proposal-{proposal.Id}] [data-testid=handled-by-board]"));
        Assert.Empty(page.FindAll($"[data-testid=proposal-{proposal.Id}] [data-testid=handled-outside]"));
    }

    [Fact]
    public async Task Leadership_SendsAProvincialTitleUpOutsideTheSystem_ThenTheOfficerRecordsTheGrant()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid=select-{ids[0]}]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Chủ tịch UBND tỉnh", page.Find($"[data-testid=nominee-{ids[0]}]").TextContent, StringComparison.Ordinal);

        // Sent on paper, as where the board does not work in the system: the leadership chooses "outside".
        var receiver = page.FindComponent<MudSelect<int>>();
        await page.InvokeAsync(() => receiver.Instance.ValueChanged.InvokeAsync(0));
        page.Find($"[data-testid=select-{ids[0]}]").Change(true);
        page.Find("input[data-testid=proposal-number]").Change("91/TTr-VP");
        page.Find("button[data-testid=send-up]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proposal-done]")), TimeSpan.FromSeconds(10));
        await using var db = await App.DbAsync();
        var proposal = await db.Proposals.SingleAsync(p => p.Number == "91/TTr-VP");
        Assert.Null(proposal.ReceivingUnitId);
        Assert.Contains("Chờ kết quả", page.Find($"[data-testid=proposal-{proposal.Id}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Công đoàn ghi kết quả tại đây",
            page.Find($"[data-testid=proposal-{proposal.Id}] [data-testid=handled-outside]").TextContent, StringComparison.Ordinal);

        await DisposeComponentsAsync();
        SignInAs("congdoan", Roles.UnionOfficer);
        var officer = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        officer.WaitForAssertion(() => Assert.NotEmpty(officer.FindAll($"[data-testid=select-{ids[0]}]")), TimeSpan.FromSeconds(10));
        Assert.Empty(officer.FindAll("[data-testid=send-form]"));
        officer.Find($"[data-testid=select-{ids[0]}]").Change(true);
        officer.Find("input[data-testid=outcome-number]").Change("1500/QĐ-UBND");
        officer.Find("button[data-testid=record-outcome]").Click();

        officer.WaitForAssertion(() => Assert.Contains("1500/QĐ-UBND",
            officer.Find($"[data-testid=proposal-{proposal.Id}]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var award = await db.Awards.AsNoTracking().SingleAsync(a => a.NominationId == ids[0]);
        Assert.StartsWith("Chủ tịch UBND tỉnh", award.IssuerName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leadership_AmendsAReturnedDossierOnThePage_WithdrawingOneNomineeWithAReasonAndAddingOneWaiting()
    {
        var (proposal, nominee, board) = await BoardScenario.SentAsync(App, "92/TTr-VP", Title.ProvincialCertificateOfMerit);
        Assert.True((await App.Service<Emulation.Web.Services.Proposals.ReceivingBoardService>().ReturnAsync(
            TestActors.AppraiserOf(board), proposal, "Trường hợp này chưa đủ điều kiện.")).IsSuccess);
        var waiting = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));

        // The officer reads the returned dossier but is offered no change to it.
        SignInAs("congdoan", Roles.UnionOfficer);
        var officer = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        officer.WaitForAssertion(() => Assert.NotNull(officer.Find($"[data-testid=proposal-{proposal}]")));
        Assert.Empty(officer.FindAll($"[data-testid=amend-form-{proposal}]"));
        await DisposeComponentsAsync();

        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=amend-form-{proposal}]")));

        // Withdrawn without a reason: refused in Vietnamese, nothing changes.
        page.Find($"[data-testid=dossier-{proposal}] [data-testid=select-{nominee}]").Change(true);
        page.Find($"[data-testid=amend-form-{proposal}] button[data-testid=withdraw-nominees]").Click();
        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập lý do.", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));

        page.Find($"[data-testid=amend-form-{proposal}] input[data-testid=withdraw-reason]").Change("Không đủ điều kiện theo ý kiến của Ban.");
        page.Find($"[data-testid=amend-form-{proposal}] button[data-testid=withdraw-nominees]").Click();
        page.WaitForAssertion(() => Assert.Contains("Đã rút khỏi hồ sơ: Không đủ điều kiện theo ý kiến của Ban.",
            page.Find($"[data-testid=dossier-{proposal}] [data-testid=nominee-{nominee}]").TextContent, StringComparison.Ordinal));

        page.Find($"[data-testid=waiting] [data-testid=select-{waiting}]").Change(true);
        page.Find($"[data-testid=amend-form-{proposal}] button[data-testid=add-nominees]").Click();
        page.WaitForAssertion(() => Assert.Contains("Chờ kết quả",
            page.Find($"[data-testid=dossier-{proposal}] [data-testid=nominee-{waiting}]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Đã bổ sung đề nghị vào hồ sơ", page.Find("[data-testid=proposal-done]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResendFromAPageShowingAnOlderDossier_IsRefusedAsChangedBySomeoneElse_AndGoesThroughOnceReloaded()
    {
        var (proposal, _, board) = await BoardScenario.SentAsync(App, "94/TTr-VP", Title.ProvincialCertificateOfMerit);
        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(
            TestActors.AppraiserOf(board), proposal, "Bổ sung thêm trường hợp.")).IsSuccess);
        var waiting = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=proposal-{proposal}] [data-testid=resend]")));

        // Another member of the leadership adds a nominee while this page still shows the dossier without it.
        Assert.True((await App.Service<ProposalService>().AddToDossierAsync(TestActors.Leader, proposal, [waiting])).IsSuccess);
        page.Find($"[data-testid=proposal-{proposal}] [data-testid=resend]").Click();

        page.WaitForAssertion(() => Assert.Contains("Người khác đã lưu", page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=proposal-done]"));
        await using (var db = await App.DbAsync())
        {
            Assert.Equal(ProposalStatus.Returned, (await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal)).Status);
        }

        page.Find("[data-testid=reload]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=dossier-{proposal}] [data-testid=nominee-{waiting}]")));
        page.Find($"[data-testid=proposal-{proposal}] [data-testid=resend]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proposal-done]")));
        Assert.Empty(page.FindAll("[data-testid=errors]"));
        await using var after = await App.DbAsync();
        Assert.Equal(ProposalStatus.Sent, (await after.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal)).Status);
    }
}
