using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Tests.Council;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Api;

/// <summary>Bad input to every write endpoint: 400 with problem details naming the field, and nothing written.</summary>
public sealed class ApiBadInputTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string Huge = new('x', 100_000);

    private const string GoodYear = "\"rating\":\"good\",\"monthsWorked\":12,\"maternityLeaveMonths\":0,\"pendingReview\":false";
    private const string GoodCriterion = """{"code":"C1","group":"G","name":"N","unit":"","maxPoints":10,"method":"proportional","direction":"higherIsBetter"}""";

    private EmulationAppFactory App => fixture.App;

    /// <summary>Caller ("bootstrap" or a demo user), method, path, body, and the field the error must name.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", "{}", "name" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X"}""", "kind" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":5,"kind":"department"}""", "name" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", $$"""{"name":"{{Huge}}","kind":"department"}""", "name" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","kind":"division"}""", "kind" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","kind":1}""", "kind" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","kind":"department","parentCode":"NOPE"}""", "parentCode" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","name":"Y","kind":"department"}""", "name" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", "not json", "$" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", "null", "$" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", "[]", "$" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", "", "$" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", """{"fullName":"X","gender":"other","unitCode":"TH","recruitedOn":"2020-01-01"}""", "gender" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", """{"fullName":"X","gender":"male","unitCode":"NOPE","recruitedOn":"2020-01-01"}""", "unitCode" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", """{"fullName":"X","gender":"male","unitCode":"TH","recruitedOn":"2020-13-45"}""", "recruitedOn" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", $$"""{"fullName":"{{Huge}}","gender":"male","unitCode":"TH","recruitedOn":"2020-01-01"}""", "fullName" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", """{"gender":"male","unitCode":"TH"}""", "fullName" },
        { "bootstrap", "PUT", "/api/v1/people/BAD-P", """{"fullName":"X","gender":"male","unitCode":"TH","recruitedOn":"2020-01-01","dateOfBirth":"0001-01-01"}""", "dateOfBirth" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001", """{"fullName":"X","gender":"male","unitCode":"KT","recruitedOn":"2020-01-01","position":"Chuyên viên","transferredOn":"9999-12-31"}""", "transferredOn" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"good","monthsWorked":-1,"maternityLeaveMonths":0,"pendingReview":false}""", "monthsWorked" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"good","monthsWorked":NaN,"maternityLeaveMonths":0,"pendingReview":false}""", "monthsWorked" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"good","monthsWorked":"12","maternityLeaveMonths":0,"pendingReview":false}""", "monthsWorked" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"good","monthsWorked":1.5,"maternityLeaveMonths":0,"pendingReview":false}""", "monthsWorked" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"superb","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false}""", "rating" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0}""", "pendingReview" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"titles":["excellentLabourCollective"]}""", "titles[0]" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"titles":["noSuchTitle"]}""", "titles[0]" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"discipline":"reprimand"}""", "discipline" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", """{"rating":"excellent","monthsWorked":8,"maternityLeaveMonths":8,"pendingReview":false}""", "monthsWorked" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"initiatives":[{"title":"","level":"grassroots"}]}""", "initiatives[0].title" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"initiatives":[{"title":"A","level":"none"}]}""", "initiatives[0].level" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"awards":[{"form":"advancedWorker","kind":"merit"}]}""", "awards[0].form" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/2025", $$"""{{{GoodYear}},"awards":[{"form":"certificateOfCommendation"}]}""", "awards[0].kind" },
        { "bootstrap", "PUT", "/api/v1/people/TH-001/years/1800", $$"""{{{GoodYear}}}""", "year" },
        { "bootstrap", "PUT", "/api/v1/units/TH/years/2025", """{"rating":"good","titles":["advancedWorker"]}""", "titles[0]" },
        { "bootstrap", "PUT", "/api/v1/units/TH/years/2025", """{"titles":[]}""", "rating" },
        { "bootstrap", "POST", "/api/v1/campaigns", "{}", "code" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[]}""", "criteria" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":"2026","kind":"yearly"}""", "year" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":1999,"kind":"yearly","criteria":[{{GoodCriterion}}]}""", "year" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"annual","criteria":[{{GoodCriterion}}]}""", "kind" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"{{Huge}}","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}]}""", "name" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}},{{GoodCriterion}}]}""", "criteria[1].code" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"bonuses":[{"code":"C1","name":"B","maxPoints":5}]}""", "bonuses[0].code" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":-5,"method":"proportional","direction":"higherIsBetter"}]}""", "criteria[0].maxPoints" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":NaN,"method":"proportional","direction":"higherIsBetter"}]}""", "criteria[0].maxPoints" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":10,"method":"guess","direction":"higherIsBetter"}]}""", "criteria[0].method" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":10,"method":"bands","direction":"higherIsBetter"}]}""", "criteria[0].bands" },
        { "bootstrap", "POST", "/api/v1/campaigns", """{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":10,"method":"proportional"}]}""", "criteria[0].direction" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","name":"K","unitCodes":["NOPE"]}]}""", "blocs" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","name":"K","unitCodes":["TH","TH"]}]}""", "blocs[0].unitCodes[1]" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","name":"K","unitCodes":[]},{"code":"K","name":"L","unitCodes":[]}]}""", "blocs[1].code" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":10,"method":"bands","direction":"higherIsBetter","bands":[{"fromPercentOfTarget":0,"percentOfMax":50}]}]}""", "criteria[0].bands[0].fromPercentOfTarget" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":10,"method":"bands","direction":"higherIsBetter","bands":[{"fromPercentOfTarget":50,"percentOfMax":101}]}]}""", "criteria[0].bands[0].percentOfMax" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","name":"N","maxPoints":1001,"method":"proportional","direction":"higherIsBetter"}]}""", "criteria[0].maxPoints" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{"code":"C1","group":"{{Huge}}","name":"N","maxPoints":10,"method":"proportional","direction":"higherIsBetter"}]}""", "criteria[0].group" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"penalties":[{"code":"P1","name":"","maxPoints":5}]}""", "penalties[0].name" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","unitCodes":[]}]}""", "blocs[0].name" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"titles":[{"award":"advancedLabourCollective","quotaPercent":0}]}""", "titles[0].quotaPercent" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"titles":[{"quotaPercent":10}]}""", "titles[0].award" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"titles":[{"award":"advancedLabourCollective"},{"award":"advancedLabourCollective"}]}""", "titles[1].award" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"pledgeDeadline":"0001-01-01"}""", "pledgeDeadline" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"pledgeDeadline":"2026-03-31","resultsDeadline":"9999-12-31"}""", "resultsDeadline" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","name":"K","unitCodes":["BTDKT"]}]}""", "blocs" },
        { "bootstrap", "POST", "/api/v1/campaigns", $$"""{"code":"B1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}],"blocs":[{"code":"K","name":"K","unitCodes":["VP"]}]}""", "blocs" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"people":[{"title":"advancedWorker"}]}""", "people[0].personCode" },
        { "congdoan", "POST", "/api/v1/council/sessions/1/written-ballots", """{"nominationId":1,"choice":"yes"}""", "memberUserName" },
        { "congdoan", "POST", "/api/v1/council/sessions/1/written-ballots", """{"memberUserName":"hoidong1","choice":"yes"}""", "nominationId" },
        { "congdoan", "POST", "/api/v1/council/sessions/1/written-ballots", """{"memberUserName":"hoidong1","nominationId":1}""", "choice" },
        { "hoidong1", "POST", "/api/v1/council/sessions/1/votes", """{"votes":[]}""", "votes" },
        { "hoidong1", "POST", "/api/v1/council/sessions/1/votes", """{"votes":[{"choice":"yes"}]}""", "votes[0].nominationId" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{"NO-SUCH":5}}""", "targets.NO-SUCH" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"titles":["advancedWorker"]}""", "titles[0]" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"people":[{"personCode":"KT-001","title":"advancedWorker"}]}""", "people[0].personCode" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"people":[{"personCode":"TH-001","title":"excellentLabourCollective"}]}""", "people[0].title" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{"A":1,"A":2}}""", "targets.A" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/TH", """{"values":{"NO-SUCH":5}}""", "values.NO-SUCH" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/TH", """{"values":{"x":"five"}}""", "values.x" },
        { "congdoan", "POST", "/api/v1/campaigns/1/council-sessions", "{}", "chairUserName" },
        { "congdoan", "POST", "/api/v1/campaigns/1/council-sessions", """{"chairUserName":7}""", "chairUserName" },
        { "congdoan", "POST", "/api/v1/campaigns/1/council-sessions", """{"chairUserName":"hoidong1","heldOn":"mai"}""", "heldOn" },
        { "congdoan", "POST", "/api/v1/campaigns/1/council-sessions", """{"chairUserName":"hoidong1","heldOn":"1999-12-31"}""", "heldOn" },
        { "congdoan", "PUT", "/api/v1/council/sessions/1/attendance", "{}", "present" },
        { "congdoan", "PUT", "/api/v1/council/sessions/1/attendance", """{"present":"hoidong1"}""", "present" },
        { "congdoan", "PUT", "/api/v1/council/sessions/1/attendance", """{"present":[5]}""", "present[0]" },
        { "congdoan", "PUT", "/api/v1/council/sessions/1/attendance", """{"present":["hoidong1","hoidong1"]}""", "present[1]" },
        { "hoidong1", "POST", "/api/v1/council/sessions/1/votes", """{"votes":[{"nominationId":1,"choice":"maybe"}]}""", "votes[0].choice" },
        { "hoidong1", "POST", "/api/v1/council/sessions/1/votes", """{"votes":[{"nominationId":1,"choice":"yes"},{"nominationId":1,"choice":"no"}]}""", "votes[1].nominationId" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", "{}", "unitCode" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","title":"bestWorker","reason":"x"}""", "title" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","title":3,"reason":"x"}""", "title" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"NOPE","title":"advancedLabourCollective","reason":"x"}""", "unitCode" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"BTDKT","title":"advancedLabourCollective","reason":"x"}""", "unitCode" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","personCode":"NOPE-9","title":"advancedWorker","reason":"x"}""", "personCode" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","personCode":"KT-001","title":"advancedWorker","reason":"x"}""", "personCode" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","title":"advancedWorker","reason":"x"}""", "title" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", """{"unitCode":"TH","title":"advancedLabourCollective","reason":"   "}""", "reason" },
        { "congdoan", "POST", "/api/v1/campaigns/1/nominations", $$"""{"unitCode":"TH","title":"advancedLabourCollective","reason":"{{Huge}}"}""", "reason" },
        { "congdoan", "POST", "/api/v1/nominations/1/withdraw", "{}", "reason" },
        { "bootstrap", "POST", "/api/v1/users/tp.th/tokens", """{"name":"a\u202Eb"}""", "name" },
        { "bootstrap", "POST", "/api/v1/users/tp.th/tokens", """{"name":"a\u0007b"}""", "name" },
        { "lanhdao", "POST", "/api/v1/nominations/1/reject", """{"reason":""}""", "reason" },
        { "lanhdao", "POST", "/api/v1/nominations/1/approve", """{"date":"2026-12-20"}""", "number" },
        { "lanhdao", "POST", "/api/v1/nominations/1/approve", """{"number":"501/QĐ-VP","date":"20/12/2026"}""", "date" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/nominations/reject", """{"reason":"x","nominationIds":[]}""", "nominationIds" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/nominations/reject", """{"reason":"x","nominationIds":["a"]}""", "nominationIds[0]" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/nominations/reject", """{"reason":"x","nominationIds":[999999]}""", "nominationIds[0]" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/nominations/reject", """{"nominationIds":[1]}""", "reason" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/decisions", """{"number":"502/QĐ-VP","nominationIds":"1"}""", "nominationIds" },
        { "lanhdao", "POST", "/api/v1/campaigns/1/decisions", """{"number":"502/QĐ-VP","nominationIds":[999999]}""", "nominationIds" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", "{}", "number" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", """{"number":"503/QĐ-VP","awardIds":[1]}""", "reason" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", """{"number":"503/QĐ-VP","reason":"r","awardIds":[]}""", "awardIds" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", """{"number":"503/QĐ-VP","reason":"r","awardIds":[1,1]}""", "awardIds[1]" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", """{"number":"503/QĐ-VP","reason":"r","awardIds":[1],"date":true}""", "date" },
        { "hoidong1", "POST", "/api/v1/council/sessions/1/receipts", "{}", "code" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","kind":"department","parentcode":"VP"}""", "parentcode" },
        { "bootstrap", "PUT", "/api/v1/units/BAD-1", """{"name":"X","kind":"department","Name":"Y"}""", "Name" },
        { "lanhdao", "POST", "/api/v1/decisions/1/revoke", """{"number":"504/QĐ-VP","reason":"r","awardIds":[1],"awardIds2":[2]}""", "awardIds2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_Is400WithTheField_AndNothingIsWritten(string caller, string method, string path, string body,
        string field)
    {
        using var client = caller == "bootstrap" ? App.Bootstrap() : await App.AsUserAsync(caller);
        var before = await SnapshotAsync();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got: {string.Join(", ", errors.Select(e => e.Key))}");
        // Each field says each thing once (a receipt's code said "required" twice: two attributes both checked it).
        Assert.All(errors, e => Assert.Equal(e.Value!.AsArray().Count, e.Value.AsArray().Select(m => m!.ToString()).Distinct().Count()));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NotJsonContentType_Is415ProblemDetails()
    {
        using var client = App.Bootstrap();

        var response = await client.PutAsync("/api/v1/units/BAD-2", new StringContent("""{"name":"X","kind":"department"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/documents/decisions/abc.docx")]
    [InlineData("/documents/no-such-file.pdf")]
    public async Task UnknownRoute_Is404ProblemDetails_NotTheHtmlPage(string path)
    {
        using var client = App.Bootstrap();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TakenCampaignCode_Is400()
    {
        using var client = App.Bootstrap();
        const string body = $$"""{"code":"TAKEN-1","name":"N","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}]}""";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/campaigns", ApiClients.Json(body))).StatusCode);

        var again = await client.PostAsync("/api/v1/campaigns", ApiClients.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True(JsonNode.Parse(await again.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("code"));
    }

    [Fact]
    public async Task CouncilStateRefusals_Are409ProblemDetails_AndChangeNothing()
    {
        var scenario = await CouncilScenario.SeedConsultedAsync(App);
        using var officer = await App.AsUserAsync("congdoan");
        using var member = await App.AsUserAsync("hoidong1");
        var opened = await officer.PostAsync("/api/v1/campaigns/1/council-sessions", ApiClients.Json("""{"chairUserName":"hoidong1"}"""));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var session = $"/api/v1/council/sessions/{(int)JsonNode.Parse(await opened.Content.ReadAsStringAsync())!["id"]!}";
        var vote = $$"""{"votes":[{"nominationId":{{scenario.Collective}},"choice":"yes"}]}""";

        // Nobody is marked present: no quorum to close on, and an absent member cannot vote.
        var before = await SnapshotAsync();
        await AssertRefusedAsync(await officer.PostAsync(session + "/close", null), HttpStatusCode.Conflict, "council.no_quorum");
        await AssertRefusedAsync(await member.PostAsync(session + "/votes", ApiClients.Json(vote)), HttpStatusCode.BadRequest,
            "council.member_absent");
        Assert.Equal(before, await SnapshotAsync());

        var marked = new HttpRequestMessage(HttpMethod.Put, session + "/attendance") { Content = ApiClients.Json("""{"present":["hoidong1"]}""") };
        marked.Headers.IfMatch.Add((await officer.GetAsync(session)).Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(marked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync(session + "/votes", ApiClients.Json(vote))).StatusCode);
        before = await SnapshotAsync();

        await AssertRefusedAsync(await member.PostAsync(session + "/votes", ApiClients.Json(vote)), HttpStatusCode.Conflict,
            "council.already_voted");
        await AssertRefusedAsync(await officer.PostAsync(session + "/close", null), HttpStatusCode.Conflict, "council.no_quorum");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NominationStateRefusals_Are409ProblemDetails_AndChangeNothing()
    {
        var proposed = await DecisionScenario.NominateAsync(App, Emulation.Domain.Awards.Title.GrassrootsEmulationFighter, 1, passed: null);
        using var leader = await App.AsUserAsync("lanhdao");
        using var officer = await App.AsUserAsync("congdoan");
        Assert.Equal(HttpStatusCode.NoContent, (await leader.PostAsync($"/api/v1/nominations/{proposed[0]}/reject",
            ApiClients.Json("""{"reason":"Không đủ điều kiện."}"""))).StatusCode);
        var before = await SnapshotAsync();

        await AssertRefusedAsync(await leader.PostAsync($"/api/v1/nominations/{proposed[0]}/approve",
            ApiClients.Json("""{"number":"510/QĐ-VP"}""")), HttpStatusCode.Conflict, "nomination.already_decided");
        await AssertRefusedAsync(await leader.PostAsync($"/api/v1/nominations/{proposed[0]}/reject",
            ApiClients.Json("""{"reason":"Lần nữa."}""")), HttpStatusCode.Conflict, "nomination.already_decided");
        await AssertRefusedAsync(await officer.PostAsync($"/api/v1/nominations/{proposed[0]}/withdraw",
            ApiClients.Json("""{"reason":"Rút."}""")), HttpStatusCode.Conflict, "nomination.cannot_withdraw");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task NominationByHand_OnACampaignNotLaunched_Is409_AndWritesNothing()
    {
        using var admin = App.Bootstrap();
        using var officer = await App.AsUserAsync("congdoan");
        var created = await admin.PostAsync("/api/v1/campaigns", ApiClients.Json(
            $$"""{"code":"DRAFT-N","name":"Nháp","year":2026,"kind":"yearly","criteria":[{{GoodCriterion}}]}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        var before = await SnapshotAsync();

        await AssertRefusedAsync(await officer.PostAsync($"/api/v1/campaigns/{draft}/nominations", ApiClients.Json(
            """{"unitCode":"KT","title":"advancedLabourCollective","reason":"Thử."}""")), HttpStatusCode.Conflict, "campaign.wrong_status");
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>A problem details answer with <paramref name="status"/> whose text names the error's code.</summary>
    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(code, text, StringComparison.Ordinal);
    }

    /// <summary>Every table the API writes to, as counts and the content a bad request could have touched.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = await App.DbAsync();
        var counts = new[]
        {
            await db.Units.CountAsync(), await db.Blocs.CountAsync(), await db.People.CountAsync(),
            await db.Campaigns.CountAsync(), await db.StaffYearResults.CountAsync(), await db.Awards.CountAsync(),
            await db.Pledges.CountAsync(), await db.UnitResults.CountAsync(),
            await db.Set<RecognisedInitiative>().CountAsync(), await db.Set<UnitYearRecord>().CountAsync(),
            await db.Set<PledgedTitle>().CountAsync(),
        };
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Code + u.Name + u.Kind + u.ParentId).ToListAsync();
        var members = await db.BlocMembers.AsNoTracking().OrderBy(m => m.Id).Select(m => $"{m.CampaignId}/{m.BlocId}/{m.UnitId}").ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Code + p.FullName + p.UnitId).ToListAsync();
        var years = await db.StaffYearResults.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => s.Rating.ToString() + s.MonthsWorked + s.Discipline).ToListAsync();
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == 1).OrderBy(p => p.Id).ToListAsync();
        var results = await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == 1).OrderBy(r => r.Id).ToListAsync();
        var nominations = await db.Nominations.AsNoTracking().OrderBy(n => n.Id)
            .Select(n => n.Id + n.Status.ToString() + n.RejectionReason + n.WithdrawalReason).ToListAsync();
        var sessions = (await db.CouncilSessions.AsNoTracking().OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"{s.Id}{s.Status}{s.PresentCount}{s.Ballots.Count}");
        var decisions = await db.Decisions.CountAsync() + "/" + await db.Awards.CountAsync(a => a.RevokedByDecisionId != null);
        return string.Join("|", counts) + string.Concat(nominations) + string.Concat(sessions) + decisions +
            string.Concat(units) + string.Concat(members) + string.Concat(people) + string.Concat(years) +
            string.Concat(pledges.SelectMany(p => p.Targets).Select(t => t.CriterionCode + t.Target)) +
            string.Concat(results.SelectMany(r => r.Values).Select(v => v.CriterionCode + v.Value));
    }
}
