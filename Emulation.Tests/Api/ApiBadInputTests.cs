using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
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
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{"NO-SUCH":5}}""", "targets.NO-SUCH" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"titles":["advancedWorker"]}""", "titles[0]" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"people":[{"personCode":"KT-001","title":"advancedWorker"}]}""", "people[0].personCode" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{},"people":[{"personCode":"TH-001","title":"excellentLabourCollective"}]}""", "people[0].title" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/pledges/TH", """{"targets":{"A":1,"A":2}}""", "targets.A" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/TH", """{"values":{"NO-SUCH":5}}""", "values.NO-SUCH" },
        { "tp.th", "PUT", "/api/v1/campaigns/1/results/TH", """{"values":{"x":"five"}}""", "values.x" },
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

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails_NotTheHtmlPage()
    {
        using var client = App.Bootstrap();

        var response = await client.GetAsync("/api/v1/no-such-thing");

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
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Code + u.Name + u.Kind + u.BlocId).ToListAsync();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Code + p.FullName + p.UnitId).ToListAsync();
        var years = await db.StaffYearResults.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => s.Rating.ToString() + s.MonthsWorked + s.Discipline).ToListAsync();
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == 1).OrderBy(p => p.Id).ToListAsync();
        var results = await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == 1).OrderBy(r => r.Id).ToListAsync();
        return string.Join("|", counts) + string.Concat(units) + string.Concat(people) + string.Concat(years) +
            string.Concat(pledges.SelectMany(p => p.Targets).Select(t => t.CriterionCode + t.Target)) +
            string.Concat(results.SelectMany(r => r.Values).Select(v => v.CriterionCode + v.Value));
    }
}
