using System.Net.Http.Headers;
using System.Text;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Tokens;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Api;

/// <summary>One seeded app with a bootstrap token, shared by an API test class; tests use their own codes.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string BootstrapToken = "bootstrap-token-for-tests-0123456789";

    public EmulationAppFactory App { get; } = new((ApiRegistration.BootstrapTokenKey, BootstrapToken));

    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>HTTP clients that call the API with a bearer token, and personal tokens for the demo users.</summary>
public static class ApiClients
{
    /// <summary>A yearly campaign created and launched through the API by the union officer, over TH and KT.</summary>
    public static async Task<int> LaunchedCampaignAsync(this EmulationAppFactory app, string code)
    {
        using var officer = await app.AsUserAsync("congdoan");
        var created = await officer.PostAsync("/api/v1/campaigns", Json($$"""
            {"code":"{{code}}","name":"Thi đua {{code}}","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"{{Emulation.Web.Data.Seed.DemoOrganization.AdvisoryBloc}}","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}],
             "titles":[{"award":"advancedWorker"}]}
            """));
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = (int)System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Xunit.Assert.Equal(System.Net.HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        return id;
    }

    public static HttpClient Anonymous(this EmulationAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static HttpClient Bearer(this EmulationAppFactory app, string token)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient Bootstrap(this EmulationAppFactory app) => app.Bearer(ApiFixture.BootstrapToken);

    /// <summary>A client with a fresh personal token of the demo user <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> AsUserAsync(this EmulationAppFactory app, string userName) =>
        app.Bearer(await app.TokenForAsync(userName));

    public static async Task<string> TokenForAsync(this EmulationAppFactory app, string userName)
    {
        var actor = await app.ActorAsync(userName);
        var created = await app.Service<ApiTokenService>().CreateAsync(actor, "tests");
        return created.Value;
    }

    public static async Task<Actor> ActorAsync(this EmulationAppFactory app, string userName)
    {
        await using var db = await app.DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return new Actor(user.Id, userName, roles.ToHashSet(), user.UnitId);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A request with <paramref name="content"/> and, when given, the version it was read at as If-Match.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null,
        EntityTagHeaderValue? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return request;
    }

    /// <summary>A PUT of <paramref name="json"/> to <paramref name="path"/>, with If-Match when a version is given.</summary>
    public static HttpRequestMessage Put(string path, string json, EntityTagHeaderValue? ifMatch = null) =>
        Request(HttpMethod.Put, path, Json(json), ifMatch);

    /// <summary>Replaces what <paramref name="path"/> names as a careful client does: read its ETag, send it as If-Match.</summary>
    public static async Task<HttpResponseMessage> ReplaceAsync(this HttpClient client, string path, string json)
    {
        using var read = await client.GetAsync(path);
        using var request = Put(path, json, read.Headers.ETag);
        return await client.SendAsync(request);
    }
}
