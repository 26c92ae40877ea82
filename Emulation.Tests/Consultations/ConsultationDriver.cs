using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Rules;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Consultations;

/// <summary>
/// Puts a campaign's nominees through public consultation before the council meets, as the law has it: the union
/// officer publishes them through the real <see cref="ConsultationService"/> on a clock moved back far enough that the
/// window has closed by the day the council meets. Tests of the council itself start from there.
/// </summary>
public static class ConsultationDriver
{
    /// <summary>Calendar days between publication and the council: ten working days end well within, even across Tết.</summary>
    public const int DaysBeforeCouncil = 45;

    /// <summary>
    /// Publishes every proposed nomination of <paramref name="campaignId"/> that awaits consultation, so that its window
    /// has closed before <paramref name="councilMeetsOn"/> (today when later or omitted: the council cannot open on a
    /// window still running today). Answers the list's id; null when nothing awaited publication.
    /// </summary>
    public static async Task<int?> PublishedAndClosedAsync(EmulationAppFactory app, int campaignId, DateOnly? councilMeetsOn = null)
    {
        var today = OfficeTime.Date(app.Service<TimeProvider>().GetUtcNow());
        var meets = councilMeetsOn is { } day && day < today ? day : today;
        var publishedOn = meets.AddDays(-DaysBeforeCouncil);
        var then = new SettableClock(new DateTimeOffset(publishedOn.ToDateTime(new TimeOnly(9, 0)), OfficeTime.Offset));
        var consultations = new ConsultationService(app.Service<IDbContextFactory<EmulationDbContext>>(), then,
            app.Service<RuleSetService>(), app.Service<RefusalLog>());

        var published = await consultations.PublishAsync(TestActors.Officer, campaignId, publishedOn);
        if (!published.IsSuccess)
        {
            Assert.Equal("consultation.nothing_to_publish", Assert.Single(published.Errors).Code);
            return null;
        }

        await using var db = await app.DbAsync();
        var lastDay = await db.Consultations.Where(c => c.Id == published.Value).Select(c => c.LastDay).SingleAsync();
        Assert.True(lastDay < meets, $"The window ends on {lastDay}, not before the council meets on {meets}.");
        return published.Value;
    }

    /// <summary>
    /// The union officer asks the API to open a council session on the campaign, and is refused: a 409 problem, which
    /// is answered as JSON.
    /// </summary>
    public static async Task<JsonNode> OpeningRefusedByTheApiAsync(EmulationAppFactory app, int campaignId)
    {
        using var officer = await app.AsUserAsync("congdoan");
        var opened = await officer.PostAsync($"/api/v1/campaigns/{campaignId}/council-sessions",
            ApiClients.Json("""{"chairUserName":"hoidong1"}"""));

        Assert.Equal(HttpStatusCode.Conflict, opened.StatusCode);
        Assert.Equal("application/problem+json", opened.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await opened.Content.ReadAsStringAsync())!;
    }
}
