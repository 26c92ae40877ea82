using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Codes are one code whatever their case or Unicode form, by one fold (<see cref="CleanText.FoldCode"/>) kept in a
/// uniquely indexed column (<see cref="StoredCodes"/>): two creates racing with "rđ" and "RĐ" end in that index, not in
/// two codes; a pledge's or results' criterion codes match as every other code does; and a unit's or person's code,
/// which is part of the API's addresses, cannot hold a slash or an escaped one.
/// </summary>
public sealed class FoldedCodeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task TwoSavesOfCodesDifferingOnlyInAVietnameseCapital_TheSecondLosesOnTheIndex_AsARace()
    {
        await using (var first = await App.DbAsync())
        {
            first.Units.Add(Unit.Create("rđ-đua", "Phòng Đua thứ nhất", UnitKind.Department));
            Assert.True((await ConcurrencyErrors.SaveAsync(first)).IsSuccess);
        }

        await using var second = await App.DbAsync();
        // Added without the service's check, as a request that checked before the first one saved would.
        second.Units.Add(Unit.Create("RĐ-ĐUA", "Phòng Đua thứ hai", UnitKind.Department));
        var lost = await ConcurrencyErrors.SaveAsync(second);

        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(lost.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.Equal("rđ-đua", await db.Units.Where(StoredCodes.Same<Unit>("Rđ-đUA")).Select(u => u.Code).SingleAsync());
    }

    [Fact]
    public async Task CreatesRacingWithCodesThatFoldAlike_LeaveOneUnit_AndAnswer400Or409_NeverA500()
    {
        using var admin = App.Bootstrap();
        string[] spellings = ["db-race", "DB-RACE", "Db-Race", "dB-rACE", "DB-race", "db-RACE"];

        var answers = await Task.WhenAll(spellings.Select(code => admin.PutAsync($"/api/v1/units/{Uri.EscapeDataString(code)}",
            ApiClients.Json("""{"name":"Phòng đua","kind":"department","parentCode":"VP"}"""))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created),
            a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Units.CountAsync(StoredCodes.Same<Unit>("DB-RACE")));
    }

    [Fact]
    public async Task PeopleAndCampaignsFoldTheirCodesOnSave_SoTheIndexedLookupFindsThem()
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync($"/api/v1/people/{Uri.EscapeDataString("nv-uu")}", ApiClients.Json(
            """{"fullName":"Phạm Văn Ưu","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}"""))).StatusCode);

        var again = await admin.PutAsync($"/api/v1/people/{Uri.EscapeDataString("NV-UU")}", ApiClients.Json(
            """{"fullName":"Phạm Văn Ưu","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("people.code_taken", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.Equal("NV-UU", await db.People.Where(p => p.Code == "nv-uu")
            .Select(p => EF.Property<string>(p, StoredCodes.FoldedCode)).SingleAsync());
    }

    [Fact]
    public async Task PledgeTargetsAndResults_NameCriteriaInAnyCase_AndTwoSpellingsOfOneCriterionAreRefusedByField()
    {
        var id = await LaunchedCampaignAsync("FOLD-PLEDGE", "tđ-1");
        var pledge = $"/api/v1/campaigns/{id}/pledges/TH";
        using var head = await App.AsUserAsync("tp.th");

        var twice = await head.SendAsync(Put(pledge, """{"targets":{"tđ-1":100,"TĐ-1":200}}"""));
        var saved = await head.SendAsync(Put(pledge, """{"targets":{"TĐ-1":120}}"""));
        var read = JsonNode.Parse(await head.GetStringAsync(pledge))!;

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var errors = JsonNode.Parse(await twice.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["targets.TĐ-1"], errors.Select(e => e.Key));
        Assert.Contains("tđ-1", (string?)errors["targets.TĐ-1"]![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(120m, (decimal)read["targets"]!["tđ-1"]!);

        Assert.True((await App.Service<CampaignService>().MoveAsync(TestActors.Officer, id, CampaignStep.OpenResults)).IsSuccess);
        var results = $"/api/v1/campaigns/{id}/results/TH";
        var sameTwice = await head.SendAsync(Put(results, """{"values":{"TĐ-1":10,"tđ-1":11}}"""));
        var reported = await head.SendAsync(Put(results, """{"values":{"Tđ-1":12}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, sameTwice.StatusCode);
        Assert.Equal(["values.tđ-1"], JsonNode.Parse(await sameTwice.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NoContent, reported.StatusCode);
        Assert.Equal(12m, (decimal)JsonNode.Parse(await head.GetStringAsync(results))!["values"]!["tđ-1"]!);
    }

    [Fact]
    public async Task ANewCampaignsBlocs_NameUnitsInAnyCase_AndOneUnitUnderTwoSpellingsIsRefusedByField()
    {
        using var officer = await App.AsUserAsync("congdoan");
        const string Campaign = """
            {"code":"{0}","name":"Thi đua khối","year":2026,"kind":"yearly","blocs":[{"code":"K1","name":"Khối 1","unitCodes":[{1}]}],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """;

        var twice = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json(Campaign
            .Replace("{0}", "FOLD-BLOC-1", StringComparison.Ordinal).Replace("{1}", "\"th\",\"TH\"", StringComparison.Ordinal)));
        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json(Campaign
            .Replace("{0}", "FOLD-BLOC-2", StringComparison.Ordinal).Replace("{1}", "\"th\",\"kt\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(["blocs[0].unitCodes[1]"], JsonNode.Parse(await twice.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        await using var db = await App.DbAsync();
        Assert.Equal(2, await db.BlocMembers.CountAsync(m => m.CampaignId == id));
    }

    [Theory]
    [InlineData("/api/v1/units/A%2FB", """{"name":"Phòng có gạch chéo","kind":"department","parentCode":"VP"}""")]
    [InlineData("/api/v1/units/A%252FB", """{"name":"Phòng có phần trăm","kind":"department","parentCode":"VP"}""")]
    [InlineData("/api/v1/people/NV%2F01", """{"fullName":"Đỗ Văn Gạch","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}""")]
    [InlineData("/api/v1/people/NV%5C01", """{"fullName":"Đỗ Văn Chéo","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}""")]
    public async Task ACodeInAnAddressWithAnEscapedSlashOrPercent_Is400NamingTheCode_AndNothingIsStored(string path, string body)
    {
        using var admin = App.Bootstrap();

        var response = await admin.PutAsync(path, ApiClients.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text.address_character", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["code"]![0],
            StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code.Contains('%') || u.Code.Contains('/') || u.Code.Contains('\\')));
        Assert.False(await db.People.AnyAsync(p => p.Code!.Contains('%') || p.Code.Contains('/') || p.Code.Contains('\\')));
    }

    [Fact]
    public async Task AUnitCodeWithASlash_IsRefusedByTheOrganizationPage_AsByTheApi_WhileADecisionNumberKeepsItsSlash()
    {
        var created = await App.Service<Emulation.Web.Services.Organization.OrganizationService>().CreateAsync(TestActors.Admin,
            new Emulation.Web.Services.Organization.NewUnit("KT/2", "Phòng Kinh tế 2"), UnitKind.Department, null);

        Assert.Equal("text.address_character", Assert.Single(created.Errors).Code);
        Assert.Null(CleanText.Refusal("12/QĐ-VP"));
    }

    /// <summary>An address may spell a unit's code in any case; the answer names the unit and its criteria as stored.</summary>
    [Fact]
    public async Task APledgeResultsOrProceedingsReadThroughAnotherSpelling_NameTheUnitAsStored()
    {
        var id = await LaunchedCampaignAsync("FOLD-ECHO", "tđ-2");
        using var head = await App.AsUserAsync("tp.th");
        using var officer = await App.AsUserAsync("congdoan");
        Assert.Equal(HttpStatusCode.NoContent, (await head.SendAsync(Put($"/api/v1/campaigns/{id}/pledges/th",
            """{"targets":{"TĐ-2":7}}"""))).StatusCode);

        var pledge = JsonNode.Parse(await head.GetStringAsync($"/api/v1/campaigns/{id}/pledges/th"))!;
        var results = JsonNode.Parse(await head.GetStringAsync($"/api/v1/campaigns/{id}/results/Th"))!;
        var proceedings = JsonNode.Parse(await officer.GetStringAsync($"/api/v1/campaigns/{id}/proceedings/kt"))!;

        Assert.Equal("TH", (string?)pledge["unitCode"]);
        Assert.Equal(["tđ-2"], pledge["targets"]!.AsObject().Select(t => t.Key));
        Assert.Equal("TH", (string?)results["unitCode"]);
        Assert.Equal("KT", (string?)proceedings["unitCode"]);
    }

    private async Task<int> LaunchedCampaignAsync(string code, string criterionCode)
    {
        using var officer = await App.AsUserAsync("congdoan");
        var created = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json($$"""
            {"code":"{{code}}","name":"Thi đua {{code}}","year":2026,"kind":"yearly","pledgeDeadline":"2026-03-31","resultsDeadline":"2026-12-05",
             "blocs":[{"code":"THAM-MUU","name":"Khối tham mưu","unitCodes":["TH","KT"]}],
             "criteria":[{"code":"{{criterionCode}}","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}],
             "titles":[{"award":"advancedWorker"}]}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/v1/campaigns/{id}/launch", null)).StatusCode);
        return id;
    }

    private static HttpRequestMessage Put(string path, string body) =>
        new(HttpMethod.Put, path) { Content = ApiClients.Json(body) };
}
