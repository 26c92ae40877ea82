using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Api;

/// <summary>Decree 90/2020 Art. 2(3) through the API: months before recruitment are not leave (issue #15).</summary>
public sealed class ApiStaffYearLawTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task Decree90Art2_3_RecruitedInMay_EightMonthsRatedGood_IsAccepted()
    {
        using var client = await App.AsUserAsync("tp.th");

        var write = await client.PutAsync("/api/v1/people/TH-002/years/2019", ApiClients.Json(
            """{"rating":"good","monthsWorked":8,"maternityLeaveMonths":0,"pendingReview":false}"""));
        var person = JsonNode.Parse(await client.GetStringAsync("/api/v1/people/TH-002"))!;

        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);
        var year = person["years"]!.AsArray().Single(y => (int)y!["year"]! == 2019)!;
        Assert.Equal(8, (int)year["monthsWorked"]!);
    }
}
