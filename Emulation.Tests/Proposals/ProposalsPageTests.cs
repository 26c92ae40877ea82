using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Proposals;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>The proposals page: leadership sends passed nominations up; the officer records what came back.</summary>
public sealed class ProposalsPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Leadership_SendsAProvincialTitleUp_ThenTheOfficerRecordsTheGrant()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);
        SignInAs("lanhdao", Roles.Leadership);
        var page = Render<ProposalsPage>(p => p.Add(x => x.CampaignId, DecisionScenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid=select-{ids[0]}]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Chủ tịch UBND tỉnh", page.Find($"[data-testid=nominee-{ids[0]}]").TextContent, StringComparison.Ordinal);

        page.Find($"[data-testid=select-{ids[0]}]").Change(true);
        page.Find("input[data-testid=proposal-number]").Change("91/TTr-VP");
        page.Find("button[data-testid=send-up]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=proposal-done]")), TimeSpan.FromSeconds(10));
        await using var db = await App.DbAsync();
        var proposal = await db.Proposals.SingleAsync(p => p.Number == "91/TTr-VP");
        Assert.Contains("Chờ kết quả", page.Find($"[data-testid=proposal-{proposal.Id}]").TextContent, StringComparison.Ordinal);

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
}
