using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;

namespace Emulation.Tests.Trust;

public sealed class AuditPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void AuditPage_ShowsTheTrail_WithoutAnyWayToChangeIt()
    {
        SignInAs("quantri", Roles.Administrator);

        var page = Render<AuditPage>();

        // The seeded demo data was recorded at start-up by "system".
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-row-user]")));
        Assert.Contains("system", page.Find("[data-testid=audit-row-user]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Nhật ký thay đổi", page.Markup, StringComparison.Ordinal);
        Assert.Single(page.FindAll("button"), b => b.TextContent.Contains("Lọc", StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid*=delete], [data-testid*=edit], [data-testid*=save]"));
    }

    [Fact]
    public void AuditPage_FilteringByAnUnknownUser_ShowsNoEntries()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<AuditPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-row-user]")));

        page.Find("input[data-testid=audit-user]").Change("no-such-user");
        page.Find("[data-testid=audit-search]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=audit-row-user]")));
        Assert.Contains("Không có bản ghi nào.", page.Markup, StringComparison.Ordinal);
    }
}
