using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Limits on what is read, not on what is declared: a body is cut off at the cap however it is sent, and every
/// collection in a request has a limit far above real use, checked before anything is looked up or written.
/// </summary>
public sealed class BodyLimitTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>A body that declares no length, so it travels chunked, as a client that streams it sends it.</summary>
    private sealed class Chunked(string text) : HttpContent
    {
        public Chunked(int initiatives) : this("{\"rating\":\"good\",\"monthsWorked\":12,\"maternityLeaveMonths\":0,\"pendingReview\":false,\"initiatives\":[" +
            string.Join(",", Enumerable.Repeat("{\"title\":\"Sáng kiến\",\"level\":\"grassroots\"}", initiatives)) + "]}")
        {
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            for (var i = 0; i < bytes.Length; i += 8192)
            {
                await stream.WriteAsync(bytes.AsMemory(i, Math.Min(8192, bytes.Length - i)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static async Task<JsonObject> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task ChunkedBody_PastTheCap_Is413_AndStoresNothing()
    {
        var person = await PersonAsync();
        using var admin = App.Bootstrap();
        using var content = new Chunked(initiatives: 100_000);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.True(content.Headers.ContentLength is null);

        var response = await admin.PutAsync($"/api/v1/people/{person}/years/2019", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("byte", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Set<RecognisedInitiative>().AnyAsync(i => i.Year == 2019));
    }

    [Fact]
    public async Task ChunkedBody_UnderTheCap_IsRead()
    {
        var person = await PersonAsync();
        using var admin = App.Bootstrap();
        using var content = new Chunked(initiatives: 3);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await admin.PutAsync($"/api/v1/people/{person}/years/2018", content);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HundredThousandNominationIds_Are400_NotAQueryWithAHundredThousandParameters()
    {
        using var leader = await App.AsUserAsync("lanhdao");
        var ids = string.Join(",", Enumerable.Range(1, 100_000));
        Assert.True(ids.Length < ApiJson.MaxBodyBytes);

        var rejected = await leader.PostAsync("/api/v1/campaigns/1/nominations/reject",
            ApiClients.Json($$"""{"nominationIds":[{{ids}}],"reason":"Không đủ điều kiện."}"""));
        var issued = await leader.PostAsync("/api/v1/campaigns/1/decisions", ApiClients.Json($$"""
            {"number":"7701/QĐ-VP","date":"2026-12-20","signerName":"Trần Quốc Bảo","signerPosition":"Chánh Văn phòng",
             "nominationIds":[{{ids}}]}
            """));

        Assert.True((await ErrorsAsync(rejected)).ContainsKey("nominationIds"));
        Assert.True((await ErrorsAsync(issued)).ContainsKey("nominationIds"));
    }

    [Fact]
    public async Task EveryCollectionOfAPersonYear_HasItsLimit()
    {
        var person = await PersonAsync();
        using var admin = App.Bootstrap();
        var initiatives = string.Join(",", Enumerable.Repeat("""{"title":"Sáng kiến","level":"grassroots"}""", StaffYearResult.MaxInitiatives + 1));
        var awards = string.Join(",", Enumerable.Repeat("""{"form":"certificateOfCommendation","kind":"merit"}""", Award.MaxPerYear + 1));
        var titles = string.Join(",", Enumerable.Repeat("\"advancedWorker\"", Award.MaxPerYear + 1));

        var response = await admin.PutAsync($"/api/v1/people/{person}/years/2017", ApiClients.Json($$"""
            {"rating":"good","monthsWorked":12,"initiatives":[{{initiatives}}],"titles":[{{titles}}],"awards":[{{awards}}]}
            """));

        var errors = await ErrorsAsync(response);
        Assert.True(errors.ContainsKey("initiatives"));
        Assert.True(errors.ContainsKey("titles"));
        Assert.True(errors.ContainsKey("awards"));
    }

    [Fact]
    public async Task APledgeNamingMorePeopleThanAnyUnitHas_Is400()
    {
        using var head = await App.AsUserAsync("tp.th");
        var people = string.Join(",", Enumerable.Repeat("""{"personCode":"X","title":"advancedWorker"}""",
            Emulation.Domain.Organization.Unit.MaxStaffNamed + 1));

        var response = await head.PutAsync("/api/v1/campaigns/1/pledges/TH", ApiClients.Json($$"""{"people":[{{people}}]}"""));

        Assert.True((await ErrorsAsync(response)).ContainsKey("people"));
    }

    private async Task<string> PersonAsync()
    {
        await using var db = await App.DbAsync();
        return (await db.People.Where(p => p.Code != null).OrderBy(p => p.Id).Select(p => p.Code).FirstAsync())!;
    }
}
