using System.Net;
using System.Text.RegularExpressions;
using Emulation.Tests.Api;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Consultations;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Consultations;

/// <summary>
/// The public consultation page over HTTP, without signing in: the list, the comment form with its anti-forgery token,
/// the limit per address; and the council's API refusing to open a session while the window runs.
/// </summary>
public sealed partial class PublicConsultationTests() : FreshAppTests(("Security:CommentRateLimit:PermitLimit", "3"))
{
    private CouncilScenario _scenario = null!;
    private int _consultationId;

    public override async ValueTask InitializeAsync()
    {
        _scenario = await CouncilScenario.SeedAsync(App);
        var today = OfficeTime.Date(DateTimeOffset.UtcNow);
        var published = await App.Service<ConsultationService>().PublishAsync(TestActors.Officer, _scenario.CampaignId, today);
        Assert.True(published.IsSuccess, string.Join("; ", published.Errors));
        _consultationId = published.Value;
    }

    private Dictionary<string, string> Comment(string token, string name) => new()
    {
        ["_handler"] = "consultation-comment",
        ["__RequestVerificationToken"] = token,
        ["Input.About"] = $"{_consultationId}-{_scenario.ProvincialFighter}",
        ["Input.AuthorName"] = name,
        ["Input.Contact"] = "0912345678",
        ["Input.Text"] = "Ý kiến về đề nghị khen thưởng.",
    };

    [Fact]
    public async Task Anyone_ReadsTheList_AndComments_WithTheToken_WithinTheLimitPerAddress()
    {
        using var visitor = App.CreateCookieClient();
        var page = await visitor.GetAsync("/public/consultations");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"consultation-nominee\"", html, StringComparison.Ordinal);
        Assert.Contains("Chiến sĩ thi đua cấp tỉnh", html, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups["token"].Value);
        Assert.NotEmpty(token);

        var sent = await visitor.PostAsync("/public/consultations", new FormUrlEncodedContent(Comment(token, "Phạm Văn D")));
        Assert.Contains("data-testid=\"comment-sent\"", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var forged = new Dictionary<string, string>(Comment(token, "Giả mạo")) { ["__RequestVerificationToken"] = "forged" };
        var refused = await visitor.PostAsync("/public/consultations", new FormUrlEncodedContent(forged));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // The page's other spellings (a trailing slash, capitals) reach the same form and count against the same limit.
        var third = await visitor.PostAsync("/public/consultations/", new FormUrlEncodedContent(Comment(token, "Phạm Văn E")));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var fourth = await visitor.PostAsync("/Public/Consultations/", new FormUrlEncodedContent(Comment(token, "Phạm Văn F")));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter is not null);
        Assert.Contains("Đã gửi quá nhiều ý kiến", WebUtility.HtmlDecode(await fourth.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await using var db = await App.DbAsync();
        var stored = await db.ConsultationComments.OrderBy(c => c.Id).Select(c => new { c.AuthorName, c.Status, c.NominationId }).ToListAsync();
        Assert.Equal(["Phạm Văn D", "Phạm Văn E"], stored.Select(c => c.AuthorName));
        Assert.All(stored, c => Assert.Equal((Emulation.Domain.Consultations.CommentStatus.Pending, _scenario.ProvincialFighter),
            (c.Status, c.NominationId!.Value)));
    }

    [Fact]
    public async Task AnEmptyComment_IsRefusedInVietnamese_AndNothingIsStored()
    {
        using var visitor = App.CreateCookieClient();
        var html = WebUtility.HtmlDecode(await visitor.GetStringAsync("/public/consultations"));
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups["token"].Value);
        var empty = new Dictionary<string, string>(Comment(token, "")) { ["Input.Contact"] = "", ["Input.Text"] = " " };

        var answer = WebUtility.HtmlDecode(await (await visitor.PostAsync("/public/consultations", new FormUrlEncodedContent(empty)))
            .Content.ReadAsStringAsync());

        Assert.Contains("Vui lòng nhập họ và tên.", answer, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập cách liên hệ.", answer, StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.ConsultationComments.AnyAsync());
    }

    [Fact]
    public async Task TheCouncilApi_RefusesToOpenASession_WhileTheWindowRuns_As409()
    {
        var problem = await ConsultationDriver.OpeningRefusedByTheApiAsync(App, _scenario.CampaignId);

        Assert.StartsWith("consultation.still_open: ", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/consultations?campaign=1")]
    [InlineData("/admin/holidays")]
    public async Task SignedInPages_SendTheAnonymousVisitorToSignIn(string route)
    {
        using var visitor = App.CreateCookieClient();

        var response = await visitor.GetAsync(route);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
