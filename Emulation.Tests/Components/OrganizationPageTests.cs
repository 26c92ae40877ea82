using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class OrganizationPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void Rename_WithNoUnitChosen_AsksForAUnitInsteadOfCrashing()
    {
        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=rename]")));

        page.Find("input[data-testid=rename-name]").Change("Phòng mới");
        page.Find("[data-testid=rename]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng chọn đơn vị.", page.Find("[data-testid=errors]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=organization-done]"));
    }
}
