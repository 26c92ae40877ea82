using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.EvidenceFiles;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Submissions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Emulation.Tests.Infrastructure;

/// <summary>
/// bUnit context for pages: MudBlazor services, loose JS interop, a popover provider, Vietnamese culture, and the
/// app's real services over the fixture's migrated SQLite database.
/// </summary>
public abstract class PageTestContext : BunitContext, IClassFixture<AppFixture>
{
    private readonly BunitAuthorizationContext _auth;

    protected PageTestContext(AppFixture fixture)
    {
        App = fixture.App;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddTransient<MudLocalizer, Emulation.Web.Components.Shared.ResxMudLocalizer>();
        Services.AddSingleton<Emulation.Web.Components.Shared.SharedMarkup>();
        Services.AddSingleton(App.Service<CampaignService>());
        Services.AddSingleton(App.Service<SubmissionService>());
        Services.AddSingleton(App.Service<PledgedTitleService>());
        Services.AddSingleton(App.Service<ReviewService>());
        Services.AddSingleton(App.Service<SubmissionNotifier>());
        Services.AddSingleton(App.Service<EvaluationService>());
        Services.AddSingleton(App.Service<ReviewDashboardService>());
        Services.AddSingleton(App.Service<CouncilService>());
        Services.AddSingleton(App.Service<AwardService>());
        Services.AddSingleton(App.Service<CouncilSessionService>());
        Services.AddSingleton(App.Service<NominationService>());
        Services.AddSingleton(App.Service<DecisionService>());
        Services.AddSingleton(App.Service<ProfileService>());
        Services.AddSingleton(App.Service<RuleSetService>());
        Services.AddSingleton(App.Service<StaffImportService>());
        Services.AddSingleton(App.Service<EvidenceService>());
        Services.AddSingleton(App.Service<AuditService>());
        Services.AddSingleton(App.Service<RefusalLog>());
        Services.AddSingleton(App.Service<Emulation.Web.Services.Tokens.ApiTokenService>());
        Services.AddSingleton(App.Service<Emulation.Web.Services.Organization.OrganizationService>());
        // Scoped in the app (Identity's UserManager is): resolved from one app scope the test context owns and disposes.
        Services.AddSingleton(_ => App.Services.CreateScope());
        Services.AddScoped(sp => sp.GetRequiredService<IServiceScope>().ServiceProvider
            .GetRequiredService<Emulation.Web.Services.Accounts.AccountService>());
        Services.AddScoped<CurrentActor>();
        _auth = AddAuthorization();
        // Pages that edit are interactive islands, with MudBlazor's providers inside (InteractivePage): render them
        // as the server's circuit would.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected EmulationAppFactory App { get; }

    protected void SignInAs(string userName, string role, int? unitId = null)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
        _auth.SetPolicies([.. Policies.Admitting(role)]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userName) };
        if (unitId is { } unit)
        {
            claims.Add(new Claim(Actor.UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        }

        _auth.SetClaims([.. claims]);
    }
}
