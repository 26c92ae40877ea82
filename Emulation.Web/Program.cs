using Emulation.Web.Components;
using Emulation.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddEmulationDatabase(builder.Configuration, builder.Environment.ContentRootPath)
    .AddEmulationIdentity()
    .AddEmulationUi()
    .AddEmulationServices();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(Cultures.LocalizationOptions());
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapDecisionEndpoints();
app.MapExcelEndpoints();
app.MapEvidenceEndpoints();

await app.Services.InitializeDatabaseAsync(app.Environment, app.Configuration, app.Logger);
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
