using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>
/// On this class's own app: the union officer's council page refuses to open a session on a nominee whose title needs
/// public consultation but who was never published, and names them in Vietnamese.
/// </summary>
public sealed class CouncilConsultationGatePageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Officer_OpeningOnANomineeNeverPublished_IsToldWhom_AndNoSessionOpens()
    {
        var scenario = await CouncilScenario.SeedAsync(App);
        string fighter;
        await using (var db = await App.DbAsync())
        {
            fighter = await db.Nominations.Where(n => n.Id == scenario.ProvincialFighter)
                .Join(db.People, n => n.PersonId, p => p.Id, (_, p) => p.FullName).SingleAsync();
        }

        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CouncilPage>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-session]")), TimeSpan.FromSeconds(10));

        page.Find("[data-testid=open-session]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            $"Đề nghị khen thưởng {fighter} (Chiến sĩ thi đua cấp tỉnh) chưa được công khai để lấy ý kiến",
            page.Find("[data-testid=errors]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=session]"));
        await using var after = await App.DbAsync();
        Assert.False(await after.CouncilSessions.AnyAsync(s => s.CampaignId == scenario.CampaignId));
    }
}
