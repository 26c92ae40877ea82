using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Proposals;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>
/// <c>/api/v1/dossiers</c>: the agency's proposal dossier with bearer tokens, as its proposals page has it. The leadership
/// sends nominees up, amends a returned dossier (withdraws with a reason, adds a passed nominee of its level) and sends it
/// again; the officer records what a level outside the deployment returned or decided; a dossier is read with its
/// nominees, notes and steps, and its version as an ETag. The wrong users (the officer where the leadership acts, the
/// agency's council member and department head, the board's appraiser and council member, staff) are refused; a stale
/// If-Match is 412 and an amendment racing the resend is 409; bad input is 400 naming the field, an unknown dossier 404,
/// never a 500. Each test sends its own dossier.
/// </summary>
public sealed class ApiDossierTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private static string Dossier(int proposal) => $"/api/v1/dossiers/{proposal}";

    private static string Send => $"/api/v1/campaigns/{DecisionScenario.CampaignId}/dossiers";

    private async Task<int> BoardAsync() => await App.UnitIdAsync(DemoDataSeeder.BoardCode);

    /// <summary>Passed nominees of <paramref name="title"/> sent up by the leadership, to the demo board or outside the deployment.</summary>
    private async Task<(int Proposal, List<int> Nominations)> SentAsync(string letter, bool toBoard, int count = 1,
        Title title = Title.ProvincialCertificateOfMerit)
    {
        var ids = await DecisionScenario.NominateAsync(App, title, count);
        var sent = await App.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, new ProposalInput
        {
            Number = letter,
            Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
            ReceivingUnitId = toBoard ? await BoardAsync() : null,
        });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, ids);
    }

    /// <summary>A dossier sent to the board and returned by it for amendment.</summary>
    private async Task<(int Proposal, List<int> Nominations)> ReturnedAsync(string letter, int count = 2)
    {
        var sent = await SentAsync(letter, toBoard: true, count);
        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(TestActors.AppraiserOf(await BoardAsync()), sent.Proposal,
            "Rút trường hợp chưa đủ điều kiện; bổ sung nếu có.")).IsSuccess);
        return sent;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json, string? ifMatch = null)
    {
        using var request = ApiClients.Request(HttpMethod.Post, path, ApiClients.Json(json),
            ifMatch is null ? null : EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }

    private static async Task<(JsonNode Body, string ETag)> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return (JsonNode.Parse(text)!, response.Headers.ETag?.ToString() ?? "");
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    private static JsonNode NomineeIn(JsonNode dossier, int nomination) =>
        dossier["proposal"]!["nominees"]!.AsArray().Single(n => (int)n!["id"]! == nomination)!;

    private async Task<NominationStatus> StatusOfAsync(int nomination)
    {
        await using var db = await App.DbAsync();
        return await db.Nominations.Where(n => n.Id == nomination).Select(n => n.Status).SingleAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task TheLeadership_SendsUp_AmendsTheReturnedDossier_AndSendsItAgain_AndTheDossierTellsEachStep()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 3);
        var (kept, withdrawn, added) = (ids[0], ids[1], ids[2]);
        var board = await BoardAsync();
        using var leader = await App.AsUserAsync("lanhdao");
        using var officer = await App.AsUserAsync("congdoan");

        // Sent up to the board in one letter: 201 with the dossier's address.
        var sent = await leader.PostAsync(Send, ApiClients.Json(
            $$"""{"number":"901/TTr-VP","date":"2026-12-15","recipient":"Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)","receivingBoardId":{{board}},"nominationIds":[{{kept}},{{withdrawn}}]}"""));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var proposal = (int)JsonNode.Parse(await sent.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(Dossier(proposal), sent.Headers.Location?.OriginalString);

        // The board returns it; the officer reads it with its version, the reasons and its two steps so far.
        Assert.True((await App.Service<ReceivingBoardService>().ReturnAsync(TestActors.AppraiserOf(board), proposal,
            "Rút trường hợp chưa đủ điều kiện.")).IsSuccess);
        var (read, etag) = await OkAsync(await officer.GetAsync(Dossier(proposal)));
        Assert.Equal(("returned", "Rút trường hợp chưa đủ điều kiện."),
            ((string?)read["proposal"]!["status"], (string?)read["proposal"]!["returnReason"]));
        Assert.Equal(["sent", "returned"], read["history"]!.AsArray().Select(s => (string?)s!["status"]));
        Assert.Equal("bantdkt", (string?)read["history"]![1]!["by"]);

        // Withdrawn with its reason, and one added, each under the version the leadership read.
        var (afterWithdrawal, etag2) = await OkAsync(await PostAsync(leader, $"{Dossier(proposal)}/withdraw",
            $$"""{"nominationIds":[{{withdrawn}}],"reason":"Không đủ điều kiện theo ý kiến thẩm định."}""", etag));
        Assert.NotEqual(etag, etag2);
        Assert.Equal(("withdrawn", "Không đủ điều kiện theo ý kiến thẩm định."),
            ((string?)NomineeIn(afterWithdrawal, withdrawn)["status"], (string?)NomineeIn(afterWithdrawal, withdrawn)["withdrawalReason"]));
        var (afterAddition, etag3) = await OkAsync(await PostAsync(leader, $"{Dossier(proposal)}/add", $$"""{"nominationIds":[{{added}}]}""", etag2));
        Assert.Equal("sentUp", (string?)NomineeIn(afterAddition, added)["status"]);

        // Sent again under a new number: with the board again, three steps, the withdrawn nominee still listed with why.
        var (resent, _) = await OkAsync(await PostAsync(leader, $"{Dossier(proposal)}/resend", """{"number":"902/TTr-VP"}""", etag3));
        Assert.Equal(("sent", "902/TTr-VP", 1), ((string?)resent["proposal"]!["status"], (string?)resent["proposal"]!["number"], (int)resent["proposal"]!["resent"]!));
        var history = resent["history"]!.AsArray();
        Assert.Equal(["sent", "returned", "sent"], history.Select(s => (string?)s!["status"]));
        Assert.Equal(["901/TTr-VP", "901/TTr-VP", "902/TTr-VP"], history.Select(s => (string?)s!["number"]));
        Assert.Equal("Rút trường hợp chưa đủ điều kiện.", (string?)history[1]!["reason"]);
        Assert.Equal("Không đủ điều kiện theo ý kiến thẩm định.", (string?)NomineeIn(resent, withdrawn)["withdrawalReason"]);
        Assert.Equal((NominationStatus.SentUp, NominationStatus.Withdrawn, NominationStatus.SentUp),
            (await StatusOfAsync(kept), await StatusOfAsync(withdrawn), await StatusOfAsync(added)));

        // The board writes no note on the nominee the agency withdrew (409 with the code) and notes the others (204).
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);
        var refused = await ProblemAsync(await appraiser.PostAsync($"/api/v1/board/dossiers/{proposal}/notes",
            ApiClients.Json($$"""{"nominationId":{{withdrawn}},"text":"Đủ điều kiện."}""")), HttpStatusCode.Conflict);
        Assert.StartsWith("proposal.nominee_withdrawn", (string?)refused["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await appraiser.PostAsync($"/api/v1/board/dossiers/{proposal}/notes",
            ApiClients.Json($$"""{"nominationId":{{added}},"text":"Đủ điều kiện theo Điều 74."}"""))).StatusCode);
        var (boardView, _) = await OkAsync(await appraiser.GetAsync($"/api/v1/board/dossiers/{proposal}"));
        Assert.Equal([added], boardView["proposal"]!["notes"]!.AsArray().Select(n => (int)n!["nominationId"]!));
    }

    [Fact]
    public async Task ADossierSentOutside_HasItsReturnAndOutcomeRecordedByTheOfficer_AndTheAwardNamesTheIssuer()
    {
        var (proposal, ids) = await SentAsync("911/TTr-VP", toBoard: false, count: 2);
        using var officer = await App.AsUserAsync("congdoan");
        using var leader = await App.AsUserAsync("lanhdao");

        await OkAsync(await officer.PostAsync($"{Dossier(proposal)}/return", ApiClients.Json("""{"reason":"Bổ sung báo cáo thành tích."}""")));
        await OkAsync(await leader.PostAsync($"{Dossier(proposal)}/resend", ApiClients.Json("{}")));
        var (granted, _) = await OkAsync(await officer.PostAsync($"{Dossier(proposal)}/outcome", ApiClients.Json(
            $$"""{"granted":true,"decisionNumber":"1234/QĐ-UBND","decisionDate":"2026-12-28","issuerName":"Chủ tịch UBND tỉnh Quảng Trị","nominationIds":[{{ids[0]}}]}""")));
        Assert.Equal("sent", (string?)granted["proposal"]!["status"]);
        var (closed, _) = await OkAsync(await officer.PostAsync($"{Dossier(proposal)}/outcome", ApiClients.Json(
            $$"""{"granted":false,"reason":"Chưa đủ thời gian công tác.","nominationIds":[{{ids[1]}}]}""")));

        Assert.Equal("closed", (string?)closed["proposal"]!["status"]);
        Assert.Equal(["sent", "returned", "sent", "closed"], closed["history"]!.AsArray().Select(s => (string?)s!["status"]));
        Assert.Equal(("1234/QĐ-UBND", "rejected", "Chưa đủ thời gian công tác."), ((string?)NomineeIn(closed, ids[0])["awardDecision"],
            (string?)NomineeIn(closed, ids[1])["status"], (string?)NomineeIn(closed, ids[1])["rejectionReason"]));
        await using var db = await App.DbAsync();
        var award = await db.Awards.AsNoTracking().SingleAsync(a => a.NominationId == ids[0], TestContext.Current.CancellationToken);
        Assert.Equal(("1234/QĐ-UBND", "Chủ tịch UBND tỉnh Quảng Trị"), (award.DecisionNumber, award.IssuerName));
    }

    [Fact]
    public async Task TheWrongUsers_AreRefused_AndNothingChanges()
    {
        var (proposal, ids) = await ReturnedAsync("921/TTr-VP");
        var addable = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));
        var withdraw = $$"""{"nominationIds":[{{ids[1]}}],"reason":"Rút."}""";
        var add = $$"""{"nominationIds":[{{addable}}]}""";
        var outcome = $$"""{"granted":false,"reason":"Không.","nominationIds":[{{ids[0]}}]}""";
        using var officer = await App.AsUserAsync("congdoan");
        using var member = await App.AsUserAsync("hoidong1");
        using var head = await App.AsUserAsync("tp.th");
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);
        using var boardMember = await App.AsUserAsync(DemoDataSeeder.BoardCouncilUserName(1));

        // The officer reads the dossier but neither amends, sends again nor sends up: those are the leadership's.
        await OkAsync(await officer.GetAsync(Dossier(proposal)));
        await ProblemAsync(await officer.PostAsync($"{Dossier(proposal)}/withdraw", ApiClients.Json(withdraw)), HttpStatusCode.Forbidden);
        await ProblemAsync(await officer.PostAsync($"{Dossier(proposal)}/add", ApiClients.Json(add)), HttpStatusCode.Forbidden);
        await ProblemAsync(await officer.PostAsync($"{Dossier(proposal)}/resend", ApiClients.Json("{}")), HttpStatusCode.Forbidden);
        await ProblemAsync(await officer.PostAsync(Send, ApiClients.Json(
            $$"""{"number":"922/TTr-VP","recipient":"Chủ tịch UBND tỉnh","nominationIds":[{{addable}}]}""")), HttpStatusCode.Forbidden);

        // The agency's council member and department head, and the board's users (another organisation), do nothing here.
        foreach (var caller in new[] { member, head, appraiser, boardMember })
        {
            await ProblemAsync(await caller.GetAsync(Dossier(proposal)), HttpStatusCode.Forbidden);
            await ProblemAsync(await caller.PostAsync($"{Dossier(proposal)}/withdraw", ApiClients.Json(withdraw)), HttpStatusCode.Forbidden);
            await ProblemAsync(await caller.PostAsync($"{Dossier(proposal)}/add", ApiClients.Json(add)), HttpStatusCode.Forbidden);
            await ProblemAsync(await caller.PostAsync($"{Dossier(proposal)}/resend", ApiClients.Json("{}")), HttpStatusCode.Forbidden);
            await ProblemAsync(await caller.PostAsync($"{Dossier(proposal)}/outcome", ApiClients.Json(outcome)), HttpStatusCode.Forbidden);
        }

        // A dossier the board handles: the officer records no return or outcome of it by hand.
        var byHand = await ProblemAsync(await officer.PostAsync($"{Dossier(proposal)}/return", ApiClients.Json("""{"reason":"Trả lại."}""")),
            HttpStatusCode.Conflict);
        Assert.StartsWith("proposal.board_decides", (string?)byHand["detail"], StringComparison.Ordinal);

        // Staff hold no token; the service refuses them too.
        var staff = new Actor("staff-1", "nv.th1", new HashSet<string> { Roles.Staff }, await App.UnitIdAsync("TH"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.Service<ProposalService>().DossierAsync(staff, proposal));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.Service<ProposalService>().WithdrawFromDossierAsync(staff, proposal, [ids[1]], "Rút."));

        Assert.Equal((NominationStatus.SentUp, NominationStatus.SentUp, NominationStatus.Passed),
            (await StatusOfAsync(ids[0]), await StatusOfAsync(ids[1]), await StatusOfAsync(addable)));
        await using var db = await App.DbAsync();
        Assert.Equal(ProposalStatus.Returned, await db.Proposals.Where(p => p.Id == proposal).Select(p => p.Status)
            .SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AStaleIfMatch_Is412_AndWithoutIt_AChangeSinceStillLands_NothingOfTheStaleOneSaved()
    {
        var (proposal, ids) = await ReturnedAsync("931/TTr-VP");
        var addable = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));
        using var leader = await App.AsUserAsync("lanhdao");
        var (_, read) = await OkAsync(await leader.GetAsync(Dossier(proposal)));
        await OkAsync(await PostAsync(leader, $"{Dossier(proposal)}/withdraw", $$"""{"nominationIds":[{{ids[1]}}],"reason":"Rút."}""", read));

        await ProblemAsync(await PostAsync(leader, $"{Dossier(proposal)}/add", $$"""{"nominationIds":[{{addable}}]}""", read),
            HttpStatusCode.PreconditionFailed);
        await ProblemAsync(await PostAsync(leader, $"{Dossier(proposal)}/resend", "{}", read), HttpStatusCode.PreconditionFailed);

        Assert.Equal(NominationStatus.Passed, await StatusOfAsync(addable));
        var (now, _) = await OkAsync(await leader.GetAsync(Dossier(proposal)));
        Assert.Equal("returned", (string?)now["proposal"]!["status"]);
    }

    [Fact]
    public async Task AnAmendmentRacingTheResend_OneLands_TheOtherIsA409ProblemNeverA500()
    {
        var (proposal, ids) = await ReturnedAsync("941/TTr-VP");
        // Both have read the dossier before either saves.
        var rendezvous = new SaveRendezvous<Proposal>(2, EntityState.Modified);
        var token = await App.TokenForAsync("lanhdao");
        HttpClient Client()
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        using var resender = Client();
        using var amender = Client();
        HttpResponseMessage[] responses;
        using (App.Rendezvous.Hold(rendezvous))
        {
            responses = await Task.WhenAll(
                resender.PostAsync($"{Dossier(proposal)}/resend", ApiClients.Json("""{"number":"942/TTr-VP"}""")),
                amender.PostAsync($"{Dossier(proposal)}/withdraw", ApiClients.Json($$"""{"nominationIds":[{{ids[1]}}],"reason":"Rút."}""")));
        }

        Assert.True(rendezvous.Met);
        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(responses, r => r != won);
        var problem = await ProblemAsync(lost, HttpStatusCode.Conflict);
        Assert.StartsWith(ConcurrencyErrors.Code, (string?)problem["detail"], StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        var status = await db.Proposals.Where(p => p.Id == proposal).Select(p => p.Status).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(won == responses[0]
                ? (ProposalStatus.Sent, NominationStatus.SentUp)
                : (ProposalStatus.Returned, NominationStatus.Withdrawn),
            (status, await StatusOfAsync(ids[1])));
    }

    /// <summary>
    /// A double submit: the same nominees sent up twice at once (two tabs, a retried request), held until both begin to
    /// write; one dossier is created, the other request is a 409 problem, and no second dossier, empty or not, is left behind.
    /// </summary>
    [Fact]
    public async Task TheSameNomineesSentTwiceAtOnce_OneDossierIsCreated_TheOtherIsA409ProblemAndLeavesNothing()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2);
        var rendezvous = new TransactionRendezvous(2);
        var token = await App.TokenForAsync("lanhdao");
        HttpClient Client()
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }

        using var first = Client();
        using var second = Client();
        HttpResponseMessage[] responses;
        using (App.Rendezvous.Hold(rendezvous))
        {
            rendezvous.Arm();
            responses = await Task.WhenAll(new[] { first, second }.Select((client, i) => client.PostAsync(Send, ApiClients.Json(
                $$"""{"number":"98{{i}}/TTr-VP","recipient":"Chủ tịch UBND tỉnh","nominationIds":[{{ids[0]}},{{ids[1]}}]}"""))));
        }

        Assert.True(rendezvous.Met, "both should have read the nominees before either began to write");
        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var problem = await ProblemAsync(Assert.Single(responses, r => r != created), HttpStatusCode.Conflict);
        // Lost the race after reading (the usual case), or read once the winner had saved (when another transaction of
        // the app filled the rendezvous first): either way a 409 with the code.
        Assert.Contains(((string?)problem["detail"])?.Split(':')[0], new[] { ConcurrencyErrors.Code, "nomination.already_decided" });
        var proposal = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Proposals.CountAsync(p => p.Number == "980/TTr-VP" || p.Number == "981/TTr-VP",
            TestContext.Current.CancellationToken));
        Assert.All(await db.Nominations.Where(n => ids.Contains(n.Id)).Select(n => n.ProposalId)
            .ToListAsync(TestContext.Current.CancellationToken), sentIn => Assert.Equal(proposal, sentIn));
    }

    /// <summary>Which amendment, its body (with <c>{kept}</c>, <c>{passed}</c> and the like for the nominees), and the field the 400 names.</summary>
    public static TheoryData<string, string, string> BadAmendments => new()
    {
        { "withdraw", """{"nominationIds":[{kept}],"reason":""}""", "reason" },
        { "withdraw", """{"nominationIds":[{kept}],"reason":"   "}""", "reason" },
        { "withdraw", $$"""{"nominationIds":[{kept}],"reason":"{{new string('x', Nomination.ReasonMaxLength + 1)}}"}""", "reason" },
        { "withdraw", """{"nominationIds":[],"reason":"Rút."}""", "nominationIds" },
        { "withdraw", """{"nominationIds":[{kept},{kept}],"reason":"Rút."}""", "nominationIds[1]" },
        { "withdraw", """{"nominationIds":[999999],"reason":"Rút."}""", "nominationIds" },
        { "withdraw", """{"nominationIds":[{passed}],"reason":"Rút."}""", "nominationIds" },
        { "add", """{"nominationIds":[999999]}""", "nominationIds" },
        { "add", """{"nominationIds":[{otherCampaign}]}""", "nominationIds" },
        { "add", """{"nominationIds":[{primeMinister}]}""", "nominationIds" },
        { "add", """{"nominationIds":[{agencys}]}""", "nominationIds" },
        { "add", """{"nominationIds":"x"}""", "nominationIds" },
        { "add", "not json", "$" },
        { "resend", $$"""{"number":"{{new string('9', Proposal.NumberMaxLength + 1)}}"}""", "number" },
        { "outcome", """{"granted":true,"nominationIds":[{kept}]}""", "decisionNumber" },
    };

    [Theory]
    [MemberData(nameof(BadAmendments))]
    public async Task BadInput_Is400NamingTheField_AndChangesNothing(string step, string body, string field)
    {
        // The outcome is recorded by hand only on a dossier sent outside the deployment, while with that level.
        var letter = $"95{Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1000}/TTr-VP";
        var (proposal, ids) = step == "outcome" ? await SentAsync(letter, toBoard: false) : await ReturnedAsync(letter);
        var nominees = new Dictionary<string, Func<Task<int>>>
        {
            ["kept"] = () => Task.FromResult(ids[0]),
            ["passed"] = async () => Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1)),
            ["otherCampaign"] = OtherCampaignsNomineeAsync,
            ["primeMinister"] = async () => Assert.Single(await DecisionScenario.NominateAsync(App, Title.PrimeMinisterCertificateOfMerit, 1)),
            ["agencys"] = async () => Assert.Single(await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 1)),
        };
        var json = body;
        foreach (var (name, nominee) in nominees.Where(n => body.Contains("{" + n.Key + "}", StringComparison.Ordinal)))
        {
            json = json.Replace("{" + name + "}", (await nominee()).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        using var caller = await App.AsUserAsync(step == "outcome" ? "congdoan" : "lanhdao");

        var (_, before) = await OkAsync(await caller.GetAsync(Dossier(proposal)));
        var problem = await ProblemAsync(await caller.PostAsync($"{Dossier(proposal)}/{step}", ApiClients.Json(json)), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        var (_, after) = await OkAsync(await caller.GetAsync(Dossier(proposal)));
        Assert.Equal(before, after);
        Assert.Equal(NominationStatus.SentUp, await StatusOfAsync(ids[0]));
    }

    [Fact]
    public async Task AStepTheStateRefuses_Is409WithTheCode_AndAnUnknownDossierOrCampaign_Is404()
    {
        var (proposal, ids) = await SentAsync("971/TTr-VP", toBoard: true);
        var failed = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1, passed: false));
        using var leader = await App.AsUserAsync("lanhdao");

        // With the board: nothing is amended and it is not sent again.
        var amend = await ProblemAsync(await leader.PostAsync($"{Dossier(proposal)}/withdraw",
            ApiClients.Json($$"""{"nominationIds":[{{ids[0]}}],"reason":"Rút."}""")), HttpStatusCode.Conflict);
        Assert.StartsWith("proposal.not_returned_for_amendment", (string?)amend["detail"], StringComparison.Ordinal);
        var resend = await ProblemAsync(await leader.PostAsync($"{Dossier(proposal)}/resend", ApiClients.Json("{}")), HttpStatusCode.Conflict);
        Assert.StartsWith("proposal.not_returned", (string?)resend["detail"], StringComparison.Ordinal);
        // A nominee the council failed is not sent up.
        var notPassed = await ProblemAsync(await leader.PostAsync(Send, ApiClients.Json(
            $$"""{"number":"972/TTr-VP","recipient":"Chủ tịch UBND tỉnh","nominationIds":[{{failed}}]}""")), HttpStatusCode.Conflict);
        Assert.StartsWith("nomination.not_passed", (string?)notPassed["detail"], StringComparison.Ordinal);

        await ProblemAsync(await leader.GetAsync(Dossier(999_999)), HttpStatusCode.NotFound);
        await ProblemAsync(await leader.PostAsync($"{Dossier(999_999)}/resend", ApiClients.Json("{}")), HttpStatusCode.NotFound);
        await ProblemAsync(await leader.PostAsync($"{Dossier(999_999)}/withdraw", ApiClients.Json("""{"nominationIds":[1],"reason":"Rút."}""")),
            HttpStatusCode.NotFound);
        await ProblemAsync(await leader.PostAsync("/api/v1/campaigns/999999/dossiers", ApiClients.Json(
            """{"number":"973/TTr-VP","recipient":"Chủ tịch UBND tỉnh","nominationIds":[1]}""")), HttpStatusCode.NotFound);
        using var appraiser = await App.AsUserAsync(DemoDataSeeder.BoardUserName);
        await ProblemAsync(await appraiser.PostAsync("/api/v1/board/dossiers/999999/notes", ApiClients.Json("""{"nominationId":1,"text":"x"}""")),
            HttpStatusCode.NotFound);
        await ProblemAsync(await appraiser.PostAsync($"/api/v1/board/dossiers/{proposal}/notes", ApiClients.Json("""{"nominationId":999999,"text":"x"}""")),
            HttpStatusCode.BadRequest);
    }

    /// <summary>A passed nominee for the dossiers' title in a campaign of its own, launched through the API.</summary>
    private async Task<int> OtherCampaignsNomineeAsync()
    {
        await using var db = await App.DbAsync();
        var campaign = await db.Campaigns.Where(c => c.Code == "HS-KHAC").Select(c => (int?)c.Id).SingleOrDefaultAsync(TestContext.Current.CancellationToken)
            ?? await App.LaunchedCampaignAsync("HS-KHAC");
        var person = await db.People.OrderBy(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        var nominee = Nomination.Propose(campaign, person.Id, person.UnitId, Title.ProvincialCertificateOfMerit,
            TestExplanations.For(Title.ProvincialCertificateOfMerit));
        Assert.True(nominee.RecordCountedBallot(new BallotTally(5, 5, 5, 0, 0), "hoidong1", DateTimeOffset.UtcNow).IsSuccess);
        db.Nominations.Add(nominee);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return nominee.Id;
    }
}
