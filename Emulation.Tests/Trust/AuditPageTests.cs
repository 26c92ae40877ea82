using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Single(page.FindAll("button[type=submit]"), b => b.TextContent.Contains("Lọc", StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid*=delete], [data-testid*=edit], [data-testid*=save]"));
    }

    [Fact]
    public void AuditPage_FilteringByAnUnknownUser_ShowsNoEntries()
    {
        SignInAs("quantri", Roles.Administrator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("admin/audit?user=no-such-user");

        var page = Render<AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-none]")));
        Assert.Empty(page.FindAll("[data-testid=audit-row-user]"));
        Assert.Contains("Không có bản ghi nào.", page.Markup, StringComparison.Ordinal);
        Assert.Equal("no-such-user", page.Find("input[data-testid=audit-user]").GetAttribute("value"));
    }

    [Fact]
    public void AuditPage_IsAStaticPage_WithItsFiltersInAGetForm()
    {
        SignInAs("quantri", Roles.Administrator);

        var page = Render<AuditPage>();

        var form = page.Find("form[data-testid=audit-filters]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["user", "entity", "from", "to"], form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!));
        Assert.Null(typeof(AuditPage).GetCustomAttributes(typeof(RenderModeAttribute), inherit: true).SingleOrDefault());
    }
}
