using Emulation.Web.Api;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Records;
using Emulation.Web.Services.Tokens;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Emulation.Web.Startup;

/// <summary>The REST API v1 (token auth, JSON, OpenAPI) and the health endpoints.</summary>
internal static class ApiRegistration
{
    public const string Policy = "Api";
    public const string BootstrapTokenKey = "Emulation:Api:BootstrapToken";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddEmulationApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiTokenService>();
        services.Configure<ApiTokenLifetimeOptions>(configuration.GetSection(ApiTokenLifetimeOptions.Section));
        services.AddSingleton<RecordsService>();
        services.AddSingleton<CampaignSetupService>();
        services.AddSingleton<ScoreboardService>();

        // A scheme of its own: pages keep the cookie, the API knows only bearer tokens and never redirects.
        // Documents are one group for both: the token when one is sent, else the cookie (DocumentsApi).
        services.AddAuthentication()
            .AddScheme<ApiTokenOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName,
                options => options.BootstrapToken = configuration[BootstrapTokenKey])
            .AddCookieOrToken();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(Policies.RolesOf(Policies.UseApi)))
            .AddPolicy(DocumentsApi.Scheme, policy => policy
                .AddAuthenticationSchemes(DocumentsApi.Scheme)
                .RequireAuthenticatedUser());

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();

        // Request bodies are read and their fields checked by the framework (ApiValidation); a body it cannot read
        // throws, so the exception handler answers with the field the JSON reader stopped at.
        services.AddValidation();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path &&
                (path.StartsWith("api/v1/", StringComparison.Ordinal) || path.StartsWith("documents/", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                // Every route needs "Authorization: Bearer <token>".
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiTokenAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal access token (profile page /account/tokens) or the bootstrap token.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiTokenAuthenticationHandler.SchemeName, document)] = [],
                });
                return Task.CompletedTask;
            });
        });
        services.AddHealthChecks().AddDbContextCheck<EmulationDbContext>(tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// API answers are problem details of their own: the HTML status-code pages stay out of <c>/api</c> and of the files
    /// under <c>/documents</c> (whose existing addresses answer problem details already, so a mistyped one does too), and
    /// an empty error the framework answers by itself (no such route 404, 405, 415) gets a problem-details body.
    /// </summary>
    public static IApplicationBuilder UseEmulationApi(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var api = context.Request.Path.StartsWithSegments("/api");
            if (!api && !context.Request.Path.StartsWithSegments(DocumentsApi.Prefix))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            // The server stops reading an API body past the cap whatever it declares (a chunked body declares nothing).
            if (api && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = ApiJson.MaxBodyBytes;
            }

            if (api && !await ApiJson.BufferBodyAsync(context))
            {
                await new LocalizedProblem(StatusCodes.Status413PayloadTooLarge, l => l["Api.Body.TooLarge", ApiJson.MaxBodyBytes])
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null &&
                string.IsNullOrEmpty(response.ContentType))
            {
                // A value of the address the endpoint could not read (?year=abc, ?title=nothing) is named.
                var unreadable = response.StatusCode == StatusCodes.Status400BadRequest
                    ? UnreadableQueryValues.OfEndpoint(context) : [];
                var errors = new FieldErrors();
                foreach (var name in unreadable)
                {
                    errors.Add(name, "Api.Query.Unreadable");
                }

                await (errors.Any ? ApiJson.Invalid(errors).ExecuteAsync(context) : ApiProblems.WriteAsync(context, response.StatusCode));
            }
        });

    public static IEndpointRouteBuilder MapEmulationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1")
            .RequireAuthorization(Policy)
            .DisableAntiforgery()
            .MapUnitsApi()
            .MapPeopleApi()
            .MapCampaignsApi()
            .MapUnitProceedingsApi()
            .MapCampaignStepsApi()
            .MapUsersApi()
            .MapScoresApi()
            .MapCouncilApi()
            .MapCouncilWrittenBallotsApi()
            .MapNominationsApi()
            .MapDecisionsApi()
            .MapDossiersApi()
            .MapBoardDossiersApi()
            .MapBoardConsultationsApi();
        // The description names every route, field and refusal: a map of what to try, so it is for signed-in users only
        // (the browser's cookie or an API token), as the documents are (decision 9).
        endpoints.MapOpenApi().RequireAuthorization(DocumentsApi.Scheme);
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
