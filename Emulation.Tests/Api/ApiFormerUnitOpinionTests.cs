using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Api;

/// <summary>
/// A transfer within the year through the records API: months in the former unit (0 to 12, part of the months
/// worked) and whether its opinion was received, kept and read back; bad months are a problem naming the field.
/// </summary>
public sealed class ApiFormerUnitOpinionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task MonthsInTheFormerUnit_AndItsOpinion_AreKept()
    {
        using var client = await App.AsUserAsync("tp.th");

        var write = await client.PutAsync("/api/v1/people/TH-005/years/2016", ApiClients.Json(
            """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"monthsInFormerUnit":7,"formerUnitOpinionReceived":true}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-005"))!;

        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
        var year = person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2016)!;
        Assert.Equal((7, true), ((int)year["monthsInFormerUnit"]!, (bool)year["formerUnitOpinionReceived"]!));
    }

    [Theory]
    [InlineData(13, 12)]
    [InlineData(-1, 12)]
    [InlineData(9, 8)]
    public async Task MonthsInTheFormerUnit_OutsideTheYearOrBeyondTheMonthsWorked_IsABadRequestOnThatField(int former, int worked)
    {
        using var client = await App.AsUserAsync("tp.th");

        var write = await client.PutAsync("/api/v1/people/TH-006/years/2015", ApiClients.Json(
            $$"""{"rating":"good","monthsWorked":{{worked}},"maternityLeaveMonths":0,"pendingReview":false,"monthsInFormerUnit":{{former}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, write.StatusCode);
        var errors = JsonNode.Parse(await write.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("monthsInFormerUnit"), errors.ToJsonString());
    }

    [Fact]
    public async Task AnotherUnitsHead_CannotRecordIt()
    {
        using var client = await App.AsUserAsync("tp.nk");

        var write = await client.PutAsync("/api/v1/people/TH-005/years/2016", ApiClients.Json(
            """{"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"monthsInFormerUnit":7,"formerUnitOpinionReceived":false}"""));

        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }
}
