using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Emulation.Domain.Awards;
using Emulation.Tests.Api;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>
/// Attacks from inside the office: the head of Phòng Tổng hợp (tp.th) against Phòng Kế toán's (KT) records through every
/// route of the API and every page and document address that takes an id, a member of staff against another's, with
/// forged ids and ids of another campaign. Each answer is a refusal (403, 404, or 4xx problem details, never a 2xx or a
/// 5xx), and nothing is saved under the attacker's name.
/// </summary>
public sealed partial class WithinOneAgencyAttackTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>
    /// The lists a caller reads whole: what they hold is checked elsewhere (no other unit's pledge is in a list; the council's
    /// members are the caller's own council's, CouncilBindingTests).
    /// </summary>
    private static readonly string[] Lists = ["/api/v1/units", "/api/v1/council/sessions", "/api/v1/decisions", "/api/v1/council/members"];

    /// <summary>Valid bodies for the writes that name a unit or person, so that only the access check can refuse them.</summary>
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["PUT /api/v1/units/KT"] = """{"name":"Phòng Kế toán đổi tên","kind":"department"}""",
        ["PUT /api/v1/people/KT-001"] = """{"fullName":"Người đổi tên","gender":"female","unitCode":"KT","recruitedOn":"2015-01-01"}""",
        ["PUT /api/v1/people/KT-001/years/2025"] = """{"rating":"poor","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}""",
        ["POST /api/v1/people/KT-001/leave"] = """{"reason":"retired","lastDay":"2026-01-31"}""",
        ["PUT /api/v1/units/KT/years/2025"] = """{"rating":"poor","titles":[],"awards":[]}""",
        ["PUT /api/v1/campaigns/{c}/pledges/KT"] = """{"targets":{"C1":1},"titles":[],"people":[]}""",
        ["PUT /api/v1/campaigns/{c}/results/KT"] = """{"values":{"C1":1},"bonuses":{},"penalties":{}}""",
        ["PUT /api/v1/campaigns/{c}/proceedings/KT"] = """{"text":"Đang thanh tra","since":"2026-01-05"}""",
        ["POST /api/v1/council/sessions/{s}/votes"] = """{"votes":[{"nominationId":{n},"choice":"no"}]}""",
        ["POST /api/v1/nominations/{n}/withdraw"] = """{"reason":"Rút"}""",
        ["POST /api/v1/campaigns/{c}/nominations"] = """{"unitCode":"KT","title":"collectiveCertificateOfCommendation","reason":"Đề nghị hộ"}""",
    };

    [GeneratedRegex(@"/(campaigns|sessions|decisions|nominations|dossiers)/1(/|$)")]
    private static partial Regex IdSegment();

    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["campaigns"] = "{c}", ["sessions"] = "{s}", ["decisions"] = "{d}", ["nominations"] = "{n}", ["dossiers"] = "{p}",
    };

    [Fact]
    public async Task TheHeadOfOneDepartment_OnEveryApiRoute_AgainstAnothersRecords_IsRefused_AndSavesNothing()
    {
        using var head = await App.AsUserAsync("tp.th");
        await SweepEveryApiRouteAsync(head, "tp.th", "83/TTr-VP");
    }

    /// <summary>
    /// A member of staff whose account is linked to no person record (a link removed, or never made) holds the role but
    /// no record of their own: they get no API token (staff use no API), and the pages of the last sessions refuse them
    /// or say there is nothing, never an error, and save nothing under their name.
    /// </summary>
    [Fact]
    public async Task AMemberOfStaffLinkedToNoPerson_GetsNoToken_AndThePagesRefuseThem()
    {
        var th = await App.UnitIdAsync("TH");
        await UserAsync("nv.khonghoso", Roles.Staff, th);
        await Assert.ThrowsAsync<Emulation.Web.Services.AccessDeniedException>(() => App.TokenForAsync("nv.khonghoso"));

        using var staff = await App.SignedInClientAsync("nv.khonghoso");
        // Their agency's campaign is read by every role that signs in (the scoring table they pledge under).
        await SweepPagesAsync(staff, "nv.khonghoso", ownPages: ["/me/pledge", "/me/profile", $"/campaigns/{await App.SeededCampaignIdAsync()}"]);
    }

    /// <summary>The demo board's appraiser on the agency's pages of the last sessions: refused, never an error.</summary>
    [Fact]
    public async Task TheBoardsAppraiser_OnTheAgencysPages_IsRefused()
    {
        using var appraiser = await App.SignedInClientAsync(Emulation.Web.Data.Seed.DemoDataSeeder.BoardUserName);
        await SweepPagesAsync(appraiser, Emulation.Web.Data.Seed.DemoDataSeeder.BoardUserName, ownPages: []);
    }

    /// <summary>
    /// The pages sessions 36 and 37 changed, with ids of the office's records, as <paramref name="userName"/>: each a
    /// refusal (403, 404 or the sign-in's access-denied redirect); <paramref name="ownPages"/> (the caller's own) may open,
    /// but never with an error. Nothing is saved under their name.
    /// </summary>
    private async Task SweepPagesAsync(HttpClient client, string userName, string[] ownPages)
    {
        var campaign = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        int person, decision;
        long lastEntry;
        await using (var db = await App.DbAsync())
        {
            person = await db.People.Where(p => p.UnitId == th).Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
            decision = await db.Decisions.Select(d => d.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
            lastEntry = await db.AuditEntries.MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
        }

        string[] refused =
        [
            $"/campaigns/{campaign}", $"/campaigns/{campaign}/units/{th}", $"/campaigns/{campaign}/progress", $"/admin/people/{person}",
            $"/profile/person/{person}", $"/profile/unit/{th}", $"/evaluation/{campaign}", $"/approval/{campaign}", $"/council/{campaign}",
            $"/proposals/{campaign}", $"/decisions/{decision}", "/statistics", "/admin/organization", "/admin/users", "/admin/rule-sets",
            "/long-service", $"/documents/profile/person/{person}.xlsx", $"/documents/profile/unit/{th}.xlsx",
        ];
        var wrong = new List<string>();
        foreach (var path in refused.Except(ownPages).Concat(ownPages))
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var refusal = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ||
                (response.StatusCode == HttpStatusCode.Redirect &&
                    response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));
            if ((int)response.StatusCode >= 500 || html.Contains("data-testid=\"unexpected-error\"", StringComparison.Ordinal) ||
                (!refusal && !ownPages.Contains(path)))
            {
                wrong.Add($"{path} → {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        await AssertNothingSavedByAsync(userName, lastEntry);
    }

    /// <summary>
    /// An appraiser of a receiving board no dossier was sent to, on every route (the dossier tried was sent to the demo's
    /// board, not theirs): refused, and nothing saved under their name.
    /// </summary>
    [Fact]
    public async Task AnAppraiserOfAnotherBoard_OnEveryApiRoute_IsRefused_AndSavesNothing()
    {
        int board;
        await using (var db = await App.DbAsync())
        {
            var unit = Emulation.Domain.Organization.Unit.Create("BTD-2", "Ban Thi đua – Khen thưởng thứ hai",
                Emulation.Domain.Organization.UnitKind.ReceivingBoard);
            db.Units.Add(unit);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            board = unit.Id;
        }

        await UserAsync("tdv.bankhac", Roles.Appraiser, board);

        using var appraiser = await App.AsUserAsync("tdv.bankhac");
        await SweepEveryApiRouteAsync(appraiser, "tdv.bankhac", "85/TTr-VP");
    }

    /// <summary>An account of <paramref name="role"/> bound to <paramref name="unit"/> and linked to no person record.</summary>
    private async Task UserAsync(string userName, string role, int unit)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = userName, UnitId = unit };
        Assert.True((await users.CreateAsync(user, Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>
    /// Every route of the API as <paramref name="userName"/> against Phòng Kế toán's records, the seeded campaigns, a
    /// dossier sent to the demo's board (<paramref name="letter"/>) and a campaign that does not exist.
    /// </summary>
    private async Task SweepEveryApiRouteAsync(HttpClient attacker, string userName, string letter)
    {
        var (dossier, _, _) = await Emulation.Tests.Proposals.BoardScenario.SentAsync(App, letter, Title.ProvincialEmulationFighter);
        var kt = await App.UnitIdAsync("KT");
        var campaigns = new[] { DecisionScenario.CampaignId, await App.SeededCampaignIdAsync(), 999999 };
        Dictionary<string, string> ids;
        long lastEntry;
        await using (var db = await App.DbAsync())
        {
            var ktNomination = await db.Nominations.Where(n => n.UnitId == kt).Select(n => n.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
            ids = new(StringComparer.Ordinal)
            {
                ["{n}"] = Text(ktNomination > 0 ? ktNomination : 1),
                ["{s}"] = Text(await db.CouncilSessions.Select(s => s.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken) is var s and > 0 ? s : 1),
                ["{d}"] = Text(await db.Decisions.Select(d => d.Id).FirstOrDefaultAsync(TestContext.Current.CancellationToken) is var d and > 0 ? d : 1),
                ["{p}"] = Text(dossier),
            };
        }

        await using (var db = await App.DbAsync())
        {
            lastEntry = await db.AuditEntries.MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
        }

        var wrong = new List<string>();
        var sent = 0;
        foreach (var (method, route) in ApiAuthTests.RouteList)
        {
            var template = IdSegment().Replace(route.Replace("/TH", "/KT", StringComparison.Ordinal),
                m => $"/{m.Groups[1].Value}/{Placeholders[m.Groups[1].Value]}{m.Groups[2].Value}");
            foreach (var campaign in template.Contains("{c}", StringComparison.Ordinal) ? campaigns : campaigns[..1])
            {
                var body = Bodies.GetValueOrDefault($"{method} {template}", "{}");
                var path = template.Replace("{c}", Text(campaign), StringComparison.Ordinal);
                foreach (var (name, value) in ids)
                {
                    path = path.Replace(name, value, StringComparison.Ordinal);
                    body = body.Replace(name, value, StringComparison.Ordinal);
                }

                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                {
                    request.Content = ApiClients.Json(body);
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                }

                using var response = await attacker.SendAsync(request, TestContext.Current.CancellationToken);
                sent++;
                var status = (int)response.StatusCode;
                var isList = method == "GET" && Lists.Contains(path);
                if (status >= 500 || (status < 300 && !isList) ||
                    (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    wrong.Add($"{method} {path} {body} → {status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.True(sent >= 80, $"{sent} requests");
        await AssertNothingSavedByAsync(userName, lastEntry);
    }

    [Fact]
    public async Task TheHeadOfOneDepartment_OnThePagesAndDocumentsOfAnother_IsRefused()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var kt = await App.UnitIdAsync("KT");
        var th = await App.UnitIdAsync("TH");
        int ktPerson, ktNomination;
        await using (var db = await App.DbAsync())
        {
            ktPerson = await db.People.Where(p => p.UnitId == kt).Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
            ktNomination = Assert.Single(await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1,
                people: q => q.Where(p => p.UnitId == kt)));
        }

        using var head = await App.SignedInClientAsync("tp.th");
        string[] refused =
        [
            $"/campaigns/{campaign}/units/{kt}",
            $"/campaigns/{DecisionScenario.CampaignId}/units/{kt}",
            $"/admin/people/{ktPerson}",
            $"/documents/pledges/{campaign}/{kt}.docx",
            $"/documents/pledges/{campaign}/{kt}.pdf",
            $"/documents/pledges/999999/{th}.docx",
            $"/council/{campaign}",
            $"/approval/{campaign}",
            $"/proposals/{campaign}",
            $"/campaigns/{campaign}/progress",
            "/documents/evidence/999999",
            "/board/1",
            "/board/council/1",
        ];
        var wrong = new List<string>();
        foreach (var path in refused)
        {
            using var response = await head.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect))
            {
                wrong.Add($"{path} → {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        // Another unit's achievement report is the page's "not found": nothing of the nominee is shown.
        string nominee;
        await using (var db = await App.DbAsync())
        {
            nominee = await db.Nominations.Where(n => n.Id == ktNomination)
                .Select(n => db.People.Where(p => p.Id == n.PersonId).Select(p => p.FullName).Single()).SingleAsync(TestContext.Current.CancellationToken);
        }

        using var report = await head.GetAsync($"/achievement-reports/{ktNomination}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.DoesNotContain(nominee, await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        // The head's own unit still opens.
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/campaigns/{campaign}/units/{th}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AMemberOfStaff_OnAnothersProfileAndRecords_IsRefused()
    {
        int other;
        await using (var db = await App.DbAsync())
        {
            var own = await db.Users.Where(u => u.UserName == "nv.th1").Select(u => u.PersonId).SingleAsync(TestContext.Current.CancellationToken);
            other = (await db.Users.Where(u => u.UserName == "nv.th2").Select(u => u.PersonId).SingleAsync(TestContext.Current.CancellationToken))!.Value;
            Assert.NotEqual(own, other);
        }

        using var staff = await App.SignedInClientAsync("nv.th1");
        foreach (var path in new[] { $"/profile/person/{other}", $"/admin/people/{other}", $"/profile/unit/{await App.UnitIdAsync("TH")}" })
        {
            using var response = await staff.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                $"{path} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryWriteThatPromisesIt_Answers428WithoutIfMatch_And412WithAStaleOne()
    {
        var id = await App.LaunchedCampaignAsync("ATK-IFM");
        using var head = await App.AsUserAsync("tp.th");
        using var officer = await App.AsUserAsync("congdoan");
        using var admin = await App.AsUserAsync("quantri");
        var stale = new System.Net.Http.Headers.EntityTagHeaderValue("\"" + Guid.NewGuid() + "\"");
        var writes = new (HttpClient Client, string Path, string Body, HttpStatusCode Created)[]
        {
            (head, $"/api/v1/campaigns/{id}/pledges/TH", """{"targets":{"C1":1}}""", HttpStatusCode.NoContent),
            (head, $"/api/v1/campaigns/{id}/results/TH", """{"values":{"C1":1}}""", HttpStatusCode.NoContent),
            (officer, $"/api/v1/campaigns/{id}/proceedings/KT", """{"text":"Đang thanh tra","since":"2026-01-05"}""", HttpStatusCode.OK),
            (admin, "/api/v1/units/ATK-U", """{"name":"Đơn vị ATK","kind":"department"}""", HttpStatusCode.Created),
        };
        foreach (var (client, path, body, created) in writes)
        {
            if (path.EndsWith("/results/TH", StringComparison.Ordinal))
            {
                // Results are taken once the officer opens them, after the pledge.
                Assert.True((await App.Service<Emulation.Web.Services.Campaigns.CampaignService>()
                    .MoveAsync(TestActors.Officer, id, Emulation.Web.Services.Campaigns.CampaignStep.OpenResults)).IsSuccess);
            }

            var first = await client.SendAsync(ApiClients.Put(path, body), TestContext.Current.CancellationToken);
            Assert.True(first.IsSuccessStatusCode, $"{path} → {(int)first.StatusCode}");
            var missing = await client.SendAsync(ApiClients.Put(path, body), TestContext.Current.CancellationToken);
            var old = await client.SendAsync(ApiClients.Put(path, body, stale), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
            Assert.Equal(HttpStatusCode.PreconditionFailed, old.StatusCode);
            Assert.Equal("application/problem+json", old.Content.Headers.ContentType?.MediaType);
            _ = created;
        }

        using var clear = ApiClients.Request(HttpMethod.Delete, $"/api/v1/campaigns/{id}/proceedings/KT");
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await officer.SendAsync(clear, TestContext.Current.CancellationToken)).StatusCode);
        using var clearStale = ApiClients.Request(HttpMethod.Delete, $"/api/v1/campaigns/{id}/proceedings/KT", ifMatch: stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.SendAsync(clearStale, TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task AssertNothingSavedByAsync(string userName, long lastEntry)
    {
        await using var db = await App.DbAsync();
        var saved = await db.AuditEntries.Where(e => e.Id > lastEntry && e.UserName == userName && e.Entity != "Refusal")
            .Select(e => e.Action + " " + e.Entity + " " + e.EntityKey).ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(saved.Count == 0, string.Join(Environment.NewLine, saved));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
