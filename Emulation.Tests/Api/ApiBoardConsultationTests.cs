using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Proposals;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Api;

/// <summary>
/// <c>/api/v1/board/…</c>: the receiving board's public consultation on a dossier sent to it, with bearer tokens of the
/// board's appraiser and council member: reading the plan, publishing (again after a resend), and accepting or hiding a
/// comment; 400 for bad input, 403 for every user not the board's (the office's head and officer, an appraiser bound to
/// no board), 404 for a dossier or comment the board does not have (another board's appraiser), 409 for a state that
/// refuses the step. Each test sends its own dossier.
/// </summary>
public sealed class ApiBoardConsultationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static string Plan(int proposal) => $"/api/v1/board/dossiers/{proposal}/consultation";

    private static string Publish(int proposal) => $"/api/v1/board/dossiers/{proposal}/consultations";

    private async Task<(int Proposal, int Nomination)> SentAsync(string letter)
    {
        var nomination = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1));
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, [nomination],
            new ProposalInput
            {
                Number = letter,
                Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
                ReceivingUnitId = await App.UnitIdAsync(DemoDataSeeder.BoardCode),
            });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, nomination);
    }

    private async Task<int> PublishedAsync(int proposal)
    {
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);
        var published = await appraiser.PostAsync(Publish(proposal), ApiClients.Json("{}"));
        var text = await published.Content.ReadAsStringAsync();
        Assert.True(published.StatusCode == HttpStatusCode.Created, $"{published.StatusCode}: {text}");
        return (int)JsonNode.Parse(text)!["id"]!;
    }

    private async Task<List<int>> CommentedAsync(int consultation, int nomination, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.True((await App.Service<ConsultationService>().SubmitCommentAsync(new PublicCommentInput
            {
                ConsultationId = consultation, NominationId = nomination, AuthorName = "Lê Văn Tâm", Contact = "0912 000 111", Text = text,
            })).IsSuccess);
        }

        await using var db = await App.DbAsync();
        return await db.ConsultationComments.Where(c => c.ConsultationId == consultation).OrderBy(c => c.Id).Select(c => c.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A user of the appraiser's role bound to <paramref name="board"/> (null: to none), with a token.</summary>
    private async Task<HttpClient> AppraiserAsync(string userName, int? board)
    {
        using (var scope = App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new AppUser { UserName = userName, FullName = userName, UnitId = board };
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Appraiser)).Succeeded);
            }
        }

        return await App.AsUserAsync(userName);
    }

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int)JsonNode.Parse(text)!["status"]!);
        return text;
    }

    [Fact]
    public async Task PublishesSentAtOnce_OneMakesTheList_EveryOtherIsA409ProblemNeverA500()
    {
        var (proposal, nomination) = await SentAsync("705/TTr-VP");

        var codes = await Hostile.Race.RunAsync(() => App.AsUserAsync(DemoDataSeeder.BoardUserName),
            client => client.PostAsync(Publish(proposal), ApiClients.Json("{}")));

        Hostile.Race.OneWon(codes, HttpStatusCode.Created);
        Assert.DoesNotContain(HttpStatusCode.PreconditionFailed, codes);
        await using var db = await App.DbAsync();
        var list = await db.Consultations.AsNoTracking().SingleAsync(c => c.ProposalId == proposal, TestContext.Current.CancellationToken);
        Assert.Equal([nomination], list.Nominees.Select(n => n.NominationId));
    }

    [Fact]
    public async Task TheAppraiserPublishesAndModerates_AndTheBoardsCouncilReadsTheAcceptedComments()
    {
        var (proposal, nomination) = await SentAsync("701/TTr-VP");
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);

        // Before publication: the nominee awaits it.
        var before = await OkAsync(await appraiser.GetAsync(Plan(proposal)));
        Assert.Equal([nomination], before["awaitingPublication"]!.AsArray().Select(n => (int)n!["nominationId"]!));
        Assert.Empty(before["consultations"]!.AsArray());

        // Published today by default; the address of the plan comes back; a second publication has nothing left to list.
        var published = await appraiser.PostAsync(Publish(proposal), ApiClients.Json("{}"));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(Plan(proposal), published.Headers.Location?.OriginalString);
        var consultation = (int)JsonNode.Parse(await published.Content.ReadAsStringAsync())!["id"]!;
        Assert.Contains("consultation.nothing_to_publish",
            await ProblemAsync(await appraiser.PostAsync(Publish(proposal), ApiClients.Json("{}")), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // Two comments from the public page: the appraiser reads both with their contact, accepts one and hides the other.
        var comments = await CommentedAsync(consultation, nomination, "Đồng chí có nhiều sáng kiến.", "Nội dung không phù hợp.");
        var plan = await OkAsync(await appraiser.GetAsync(Plan(proposal)));
        Assert.Equal((consultation, false), ((int)plan["consultations"]![0]!["id"]!, (bool)plan["consultations"]![0]!["superseded"]!));
        Assert.All(plan["comments"]!.AsArray(), c => Assert.Equal("0912 000 111", (string?)c!["contact"]));
        Assert.Equal(HttpStatusCode.NoContent, (await appraiser.PostAsync($"/api/v1/board/consultation-comments/{comments[0]}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await appraiser.PostAsync($"/api/v1/board/consultation-comments/{comments[1]}/hide", null)).StatusCode);
        Assert.Contains("consultation.already_moderated", await ProblemAsync(
            await appraiser.PostAsync($"/api/v1/board/consultation-comments/{comments[1]}/hide", null), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // A member of the board's council reads the accepted comment only, without its contact, and nothing to publish.
        using var member = await App.AsUserAsync(DemoDataSeeder.BoardCouncilUserName(1));
        var read = await OkAsync(await member.GetAsync(Plan(proposal)));
        var shown = Assert.Single(read["comments"]!.AsArray())!;
        Assert.Equal((comments[0], (string?)null, "accepted"), ((int)shown["id"]!, (string?)shown["contact"], (string?)shown["status"]));
        Assert.Equal((1, false), ((int)read["hiddenCount"]!, (bool)read["canModerate"]!));
        Assert.Empty(read["awaitingPublication"]!.AsArray());
    }

    [Fact]
    public async Task ADossierReturned_Is409ToPublish_AndOnceSentAgain_ItsNomineeIsOfferedToPublishAgain()
    {
        var (proposal, nomination) = await SentAsync("702/TTr-VP");
        var first = await PublishedAsync(proposal);
        var appraiserActor = await App.ActorAsync(DemoDataSeeder.BoardUserName);
        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(appraiserActor, proposal, "Bổ sung báo cáo thành tích.")).IsSuccess);
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);

        // Returned: the dossier is not with the board.
        Assert.Contains("proposal.not_sent",
            await ProblemAsync(await appraiser.PostAsync(Publish(proposal), ApiClients.Json("{}")), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // Sent again: the earlier list is superseded and its nominee is to be published again.
        Assert.True((await App.Service<ProposalService>().SendAgainAsync(TestActors.Leader, proposal, new ProposalInput { Number = "703/TTr-VP" })).IsSuccess);
        var plan = await OkAsync(await appraiser.GetAsync(Plan(proposal)));
        Assert.Equal((first, true), ((int)plan["consultations"]![0]!["id"]!, (bool)plan["consultations"]![0]!["superseded"]!));
        Assert.Equal([nomination], plan["publishAgain"]!.AsArray().Select(n => (int)n!));
        Assert.NotNull((string?)plan["sentAgainAt"]);
        var again = await PublishedAsync(proposal);
        plan = await OkAsync(await appraiser.GetAsync(Plan(proposal)));
        Assert.Empty(plan["publishAgain"]!.AsArray());
        Assert.Contains(plan["consultations"]!.AsArray(), c => (int)c!["id"]! == again && !(bool)c["superseded"]!);
    }

    /// <summary>Body and the field the 400 must name.</summary>
    public static TheoryData<string, string> BadPublications => new()
    {
        { """{"publishedOn":"2026-01-05"}""", "publishedOn" },
        { """{"publishedOn":"1999-12-31"}""", "publishedOn" },
        { """{"publishedOn":"2026-02-30"}""", "publishedOn" },
        { """{"publishedOn":5}""", "publishedOn" },
        { "not json", "$" },
        { "[]", "$" },
    };

    [Theory]
    [MemberData(nameof(BadPublications))]
    public async Task Publish_WithBadInput_Is400NamingTheField_AndPublishesNothing(string body, string field)
    {
        var (proposal, _) = await SentAsync("704/TTr-VP-" + Math.Abs(body.GetHashCode(StringComparison.Ordinal)));
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);

        var text = await ProblemAsync(await appraiser.PostAsync(Publish(proposal), ApiClients.Json(body)), HttpStatusCode.BadRequest);

        Assert.NotNull(JsonNode.Parse(text)!["errors"]![field]);
        await using var db = await App.DbAsync();
        Assert.False(await db.Consultations.AnyAsync(c => c.ProposalId == proposal, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EveryoneButTheBoard_IsRefused_AnotherBoardFindsNoSuchDossier_AndNothingChanges()
    {
        var (proposal, nomination) = await SentAsync("705/TTr-VP");
        var consultation = await PublishedAsync(proposal);
        var comment = Assert.Single(await CommentedAsync(consultation, nomination, "Ý kiến chờ xem xét."));
        var accept = $"/api/v1/board/consultation-comments/{comment}/accept";
        using var head = await App.AsUserAsync("tp.th");
        using var officer = await App.AsUserAsync("congdoan");
        using var member = await App.AsUserAsync(DemoDataSeeder.BoardCouncilUserName(2));
        using var unbound = await AppraiserAsync("thamdinh.tudo", null);
        using var other = await AppraiserAsync("thamdinh.bankhac", await BoardCouncilTests.AnotherBoardAsync(App, "BTDKT-API"));

        // The office's head and officer, and an appraiser bound to no board, read and do nothing; the board's member only reads.
        foreach (var caller in new[] { head, officer, unbound })
        {
            await ProblemAsync(await caller.GetAsync(Plan(proposal)), HttpStatusCode.Forbidden);
        }

        foreach (var caller in new[] { head, officer, unbound, member })
        {
            await ProblemAsync(await caller.PostAsync(Publish(proposal), ApiClients.Json("{}")), HttpStatusCode.Forbidden);
        }

        // Who moderates no list is refused; the agency's officer moderates the agency's lists, where the board's comment is not.
        foreach (var caller in new[] { head, unbound, member })
        {
            await ProblemAsync(await caller.PostAsync(accept, null), HttpStatusCode.Forbidden);
        }

        await ProblemAsync(await officer.PostAsync(accept, null), HttpStatusCode.NotFound);

        // Another board's appraiser: no such dossier with their board, and no such comment on their board's lists.
        await ProblemAsync(await other.GetAsync(Plan(proposal)), HttpStatusCode.NotFound);
        await ProblemAsync(await other.PostAsync(Publish(proposal), ApiClients.Json("{}")), HttpStatusCode.NotFound);
        await ProblemAsync(await other.PostAsync(accept, null), HttpStatusCode.NotFound);
        await ProblemAsync(await other.PostAsync($"/api/v1/board/consultation-comments/{comment}/hide", null), HttpStatusCode.NotFound);

        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Consultations.CountAsync(c => c.ProposalId == proposal, TestContext.Current.CancellationToken));
        Assert.Equal(Emulation.Domain.Consultations.CommentStatus.Pending,
            (await db.ConsultationComments.SingleAsync(c => c.Id == comment, TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task ADossierOrCommentThatDoesNotExist_Is404()
    {
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);

        await ProblemAsync(await appraiser.GetAsync(Plan(999_999)), HttpStatusCode.NotFound);
        await ProblemAsync(await appraiser.PostAsync(Publish(999_999), ApiClients.Json("{}")), HttpStatusCode.NotFound);
        await ProblemAsync(await appraiser.PostAsync("/api/v1/board/consultation-comments/999999/accept", null), HttpStatusCode.NotFound);
        await ProblemAsync(await appraiser.PostAsync("/api/v1/board/consultation-comments/999999/hide", null), HttpStatusCode.NotFound);
    }
}
