using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Emulation.Domain.Awards;
using Emulation.Tests.Accounts;
using Emulation.Tests.Api;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Every operation of the OpenAPI document, its path naming the office's own records (its campaign, unit, person,
/// council session, nomination, decision, account), called by each role of a second agency, by nobody, and with bodies
/// that are well formed, malformed, of the wrong types and out of range: never a server error, every refusal a problem
/// document, nothing of the office answered or written, and no audit entry by the second agency's accounts.
/// </summary>
public sealed partial class OtherAgencyApiSweepTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>Bodies shaped like each write's own, so the call gets past the reading of its fields to the check of whose record it is.</summary>
    private static readonly Dictionary<string, string> Shaped = new(StringComparer.Ordinal)
    {
        ["PutUnit"] = """{"name":"Đổi tên","kind":"department"}""",
        ["PutPerson"] = """{"fullName":"Đổi tên","gender":"female","unitCode":"{unit}","position":"Chuyên viên","recruitedOn":"2020-01-01"}""",
        ["MarkPersonLeft"] = """{"reason":"retired","lastDay":"2026-06-30"}""",
        ["MarkPersonBack"] = """{"on":"2026-07-01","unitCode":"{unit}","position":"Chuyên viên"}""",
        ["PutPersonYear"] = """{"rating":"excellent","monthsWorked":12}""",
        ["PutUnitYear"] = """{"rating":"excellent"}""",
        ["PutPledge"] = """{"targets":{"C1":100}}""",
        ["PutResults"] = """{"values":{"C1":100}}""",
        ["ChangeUserRoles"] = """{"roles":["departmentHead"],"unitCode":"{unit}"}""",
        ["CreateUserToken"] = """{"name":"ngoài"}""",
        ["CastVotes"] = """{"votes":[{"nominationId":{nomination},"choice":"yes"}]}""",
        ["SetCouncilAttendance"] = """{"present":["hoidong1"]}""",
        ["OpenCouncilSession"] = """{"heldOn":"2026-12-10","chairUserName":"hoidong1"}""",
        ["IssueDecision"] = """{"number":"9/QĐ-NGOAI","date":"2026-12-20","signerName":"Ai","signerPosition":"Giám đốc","nominationIds":[{nomination}]}""",
        ["RevokeAwards"] = """{"number":"10/QĐ-NGOAI","date":"2026-12-21","reason":"Thử","awardIds":[1]}""",
        ["AddNomination"] = """{"unitCode":"{unit}","title":"advancedLabourCollective","reason":"Thử"}""",
        ["WithdrawNomination"] = """{"reason":"Thử"}""",
        ["RejectNomination"] = """{"reason":"Thử"}""",
        ["RejectNominations"] = """{"nominationIds":[{nomination}],"reason":"Thử"}""",
        ["PutUnitProceedings"] = """{"text":"Đang thanh tra","since":"2026-03-01"}""",
    };

    private static readonly string[] Hostile =
    [
        "{",
        """{"name":1,"roles":"x","year":"abc","votes":5,"targets":[1],"present":{"a":1},"number":true}""",
        """{"year":99999999999999999999,"maxPoints":1e400,"targets":{"C1":1e300},"values":{"C1":-1e300},"monthsWorked":2147483648,"nominationIds":[99999999999]}""",
        "[]",
        "null",
    ];

    [Fact]
    public async Task EveryOperation_OnTheOfficesRecords_AsAnotherAgencyOrNobody_ReadsAndWritesNothing_AndNeverFails()
    {
        // The office's records: a campaign with nominations under an open session, and an issued decision.
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        await CouncilDriver.OpenWithAllPresentAsync(App, scenario.CampaignId);
        var decision = await DecisionScenario.IssueAsync(App, "100/QĐ-VP", Title.AdvancedWorker, 2);
        var b = await App.SecondAgencyAsync("SNZ1");
        int session, nomination;
        string person;
        await using (var db = await App.DbAsync())
        {
            session = await db.CouncilSessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            nomination = await db.Nominations.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            var th = await App.UnitIdAsync("TH");
            person = await db.People.Where(p => p.UnitId == th && p.Code != null).OrderBy(p => p.Id).Select(p => p.Code!).FirstAsync();
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["campaign"] = scenario.CampaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["session"] = session.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["nomination"] = nomination.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = decision.Decision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["person"] = person,
            ["unit"] = "TH",
        };
        var callers = new List<(string Who, HttpClient Client)> { ("anonymous", App.Anonymous()) };
        foreach (var actor in b.EveryRole)
        {
            callers.Add((actor.UserName, await App.AsUserAsync(actor.UserName)));
        }

        long auditBefore;
        await using (var db = await App.DbAsync())
        {
            auditBefore = await db.AuditEntries.MaxAsync(a => a.Id);
        }

        var failures = new List<string>();
        var requests = 0;
        foreach (var (method, template, operation) in await OperationsAsync())
        {
            var path = Path(template, values);
            var shaped = Shaped.GetValueOrDefault(operation, "{}").Replace("{unit}", "TH", StringComparison.Ordinal)
                .Replace("{nomination}", values["nomination"], StringComparison.Ordinal);
            foreach (var (who, client) in callers)
            {
                string?[] bodies = method == "GET" ? [null] : who == b.Officer.UserName ? [shaped, .. Hostile] : [shaped];
                foreach (var body in bodies)
                {
                    requests++;
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    request.Headers.TryAddWithoutValidation("If-Match", "\"00000000-0000-0000-0000-000000000000\"");
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    var said = $"{who} {method} {path} {body} -> {status} {Shorten(text)}";
                    if (status >= 500)
                    {
                        failures.Add($"server error: {said}");
                    }
                    else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"not a problem document: {said}");
                    }
                    else if (status < 300 && template.Contains('{', StringComparison.Ordinal))
                    {
                        // A path naming one of the office's records answers nothing but a refusal to another agency.
                        failures.Add($"answered: {said}");
                    }
                    // The office's council accounts are bound to no unit, and such an account sits on every agency's council
                    // (decision 13): the members' list names them by design until they are bound to the office.
                    else if (status < 300 && operation != "ListCouncilMembers" && OfficeNames().IsMatch(text))
                    {
                        failures.Add($"lists the office's: {said}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests:\n" + string.Join("\n", failures.Take(40)));
        await using var after = await App.DbAsync();
        var theirs = b.EveryRole.Select(a => a.UserId).ToList();
        // Their refused attempts are logged (Refusal); nothing else of theirs is written.
        Assert.Empty(await after.AuditEntries.Where(a => a.Id > auditBefore && theirs.Contains(a.UserId) && a.Entity != "Refusal")
            .Select(a => a.Entity + " " + a.EntityKey + " " + a.Action).ToListAsync());
        foreach (var (_, client) in callers)
        {
            client.Dispose();
        }
    }

    /// <summary>Names only the office's records carry: its units' names and its demo accounts.</summary>
    [GeneratedRegex("Phòng Tổng hợp|Phòng Kinh tế|\"tp\\.th\"|\"congdoan\"|\"hoidong1\"|100/QĐ-VP")]
    private static partial Regex OfficeNames();

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];

    /// <summary>The path with each parameter naming the office's record of its kind.</summary>
    private static string Path(string template, IReadOnlyDictionary<string, string> values)
    {
        string Id(string before) => before switch
        {
            _ when before.EndsWith("/campaigns", StringComparison.Ordinal) => values["campaign"],
            _ when before.EndsWith("/sessions", StringComparison.Ordinal) => values["session"],
            _ when before.EndsWith("/nominations", StringComparison.Ordinal) => values["nomination"],
            _ when before.EndsWith("/decisions", StringComparison.Ordinal) => values["decision"],
            _ => "1",
        };

        var path = new StringBuilder();
        foreach (var segment in template.Split('/'))
        {
            var value = segment switch
            {
                "{id}" => Id(path.ToString()),
                "{code}" when path.ToString().EndsWith("/people", StringComparison.Ordinal) => values["person"],
                "{code}" or "{unitCode}" => values["unit"],
                "{userName}" => "tp.th",
                "{year}" => "2026",
                _ => segment,
            };
            path.Append(path.Length == 0 && segment.Length == 0 ? "" : "/").Append(value);
        }

        return path.ToString().Replace("//", "/", StringComparison.Ordinal);
    }

    private async Task<List<(string Method, string Path, string Operation)>> OperationsAsync()
    {
        using var client = await App.AsUserAsync("quantri");
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        return [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(operation => (operation.Key.ToUpperInvariant(), path.Key, (string?)operation.Value!["operationId"] ?? "")))];
    }
}
