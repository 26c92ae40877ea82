using Emulation.Web.Services.Nominations;
using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Emulation.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// bUnit context for pages: MudBlazor services, loose JS interop, a popover provider, Vietnamese culture, and the
/// app's real services over the fixture's migrated SQLite database, resolved from the app's own registrations: only
/// what a browser circuit would give differently (JS, navigation, the signed-in user) is the test's.
/// </summary>
public abstract class PageTestContext : BunitContext, IClassFixture<AppFixture>
{
    private readonly BunitAuthorizationContext _auth;
    private readonly AsyncServiceScope _appScope;

    protected PageTestContext(AppFixture fixture)
    {
        App = fixture.App;
        // A second, not bUnit's one: CI runs the collections side by side on two cores, and a render that waits for
        // the database can take longer than that there.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, Emulation.Web.Components.Shared.ResxMudLocalizer>();
        // A cache of its own for each test, not the app's.
        Services.AddSingleton<Emulation.Web.Components.Shared.SharedMarkup>();
        // Every other service a page injects is the app's own, as its registrations made it, over the fixture's
        // database: singletons shared with the app (the notifier a test publishes through is the one the page
        // hears), scoped ones (Identity's UserManager) from one app scope that lives as long as the test context.
        _appScope = App.Services.CreateAsyncScope();
        Services.AddFallbackServiceProvider(_appScope.ServiceProvider);
        Services.AddScoped<CurrentActor>();
        AddTestServices(Services);
        _auth = AddAuthorization();
        // Pages that edit are interactive islands, with MudBlazor's providers inside (InteractivePage): render them
        // as the server's circuit would.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected EmulationAppFactory App { get; }

    /// <summary>
    /// Services a test class gives its pages in place of the app's (a test double of one seam), added before anything
    /// is resolved: bUnit takes no registration after that. <see cref="App"/> is set when it runs.
    /// </summary>
    protected virtual void AddTestServices(IServiceCollection services)
    {
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _appScope.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _appScope.Dispose();
        }
    }

    /// <summary>Takes the step the page's confirmation dialog asks about.</summary>
    protected static void Confirm<T>(IRenderedComponent<T> page) where T : Microsoft.AspNetCore.Components.IComponent
    {
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=confirm-ok]")));
        page.Find("[data-testid=confirm-ok]").Click();
    }

    protected void SignInAs(string userName, string role, int? unitId = null, int? personId = null)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
        _auth.SetPolicies([.. Policies.Admitting(role)]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userName) };
        // A council member sits for the office, as the demo binds them: one bound to no agency sees nothing.
        unitId ??= role == Emulation.Web.Data.Roles.CouncilMember ? TestActors.OfficeId : null;
        if (unitId is { } unit)
        {
            claims.Add(new Claim(Actor.UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (personId is { } person)
        {
            claims.Add(new Claim(Actor.PersonClaim, person.ToString(CultureInfo.InvariantCulture)));
        }

        _auth.SetClaims([.. claims]);
    }
}
