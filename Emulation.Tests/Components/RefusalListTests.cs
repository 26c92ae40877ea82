using Bunit;
using Emulation.Domain.Common;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Audit;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class RefusalListTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task RefusalsOfAUnit_ShowTheAttemptWithItsTranslatedReason()
    {
        await App.Service<RefusalLog>().RecordAsync(TestActors.Leader, "decision", "approve",
            [new DomainError("council.session_closed", "The session is closed.")], new RefusalScope(1, UnitId: 2, Reference: "9/QĐ-X"));
        SignInAs("quantri", Roles.Administrator);

        var page = Render<RefusalList>(p => p.Add(x => x.UnitId, 2));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=refusal-reason]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Phiên họp đã kết thúc", page.Find("[data-testid=refusal-reason]").TextContent, StringComparison.Ordinal);
        Assert.Contains("9/QĐ-X", page.Find("[data-testid=refusals]").TextContent, StringComparison.Ordinal);
    }
}
