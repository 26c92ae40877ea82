using Emulation.Web.Api;
using Emulation.Web.Components;
using Emulation.Web.Components.Layout;
using Emulation.Web.Services;
using Emulation.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddEmulationLogging();

builder.Services
    .AddEmulationDatabase(builder.Configuration, builder.Environment.ContentRootPath)
    .AddEmulationIdentity(builder.Configuration)
    .AddEmulationUi()
    .AddEmulationServices()
    .AddEmulationNotifications(builder.Configuration)
    .AddEmulationInbox(builder.Configuration)
    .AddSavePathWarmUp(builder.Configuration)
    .AddEmulationReverseProxy(builder.Configuration)
    .AddEmulationRateLimiting(builder.Configuration)
    .AddSecurityHeaders()
    .AddEmulationAudit()
    .AddEmulationApi(builder.Configuration)
    .AddEmulationDiagnostics(builder.Configuration)
    .AddPackageAssetCompression()
    .AddThemeStyleSheet();

OfficeTime.Configure(builder.Configuration);
var app = builder.Build();
PublicAddress.EnsureTrustworthy(app.Configuration, app.Environment);

// The client's real address and scheme first; then the security headers, so that every answer carries them
// (redirects, 401s and 429s included). Authentication and authorization are placed here explicitly, where the
// framework would otherwise add them on its own, ahead of these headers.
app.UseEmulationReverseProxy();
app.UseSecurityHeaders();
app.UsePackageAssetCompression();
app.UseAuthentication();
app.UseAuthorization();
app.UseMustChangePassword();

// Endpoints answer refusals and lost races as problem details, and /api answers every other failure as a 500
// problem (ApiExceptionHandler); pages show the HTML error page, or the developer page in Development.
if (app.Environment.IsDevelopment())
{
    app.UseWhen(ApiExceptionHandler.IsEndpoint, endpoints => endpoints.UseExceptionHandler());
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseEmulationApi();
app.UseRequestLocalization(Cultures.LocalizationOptions());
app.UseUnreadableQueryValuesDropped();
app.UseEmulationRateLimiter();
app.UseRequestLogScope();
app.UseAuditUser();
app.UseOversizedFormsRefused();
app.UseAntiforgery();
app.UseExpiredFormsExplained();

app.MapStaticAssets();
app.MapThemeStyleSheet();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapDocumentsApi();
app.MapEmulationApi();
app.MapDiagnosticsEndpoints();

await app.Services.InitializeDatabaseAsync(app.Environment, app.Configuration, app.Logger);
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
