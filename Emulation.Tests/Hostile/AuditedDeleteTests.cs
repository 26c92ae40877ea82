using System.Net;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>Replacing a person's or a unit's year removes the old rows through the audit trail: every one is recorded.</summary>
public sealed class AuditedDeleteTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private async Task<List<AuditEntry>> DeletedAsync(string entity, long after)
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > after && e.Entity == entity && e.Action == AuditAction.Deleted).ToListAsync();
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = await App.DbAsync();
        return await db.AuditEntries.MaxAsync(e => e.Id);
    }

    [Fact]
    public async Task PutPersonYear_Again_AuditsEveryInitiativeAndAwardItRemoves()
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync("/api/v1/people/AUD-P", ApiClients.Json(
            """{"fullName":"Đỗ Văn Sáu","gender":"male","unitCode":"TH","recruitedOn":"2010-01-01"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync("/api/v1/people/AUD-P/years/2022", ApiClients.Json("""
            {"rating":"excellent","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,
             "initiatives":[{"title":"Số hoá hồ sơ","level":"grassroots"},{"title":"Một cửa","level":"provincial"}],
             "titles":["advancedWorker"],"awards":[{"form":"certificateOfCommendation","kind":"merit"}]}
            """))).StatusCode);
        var before = await LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync("/api/v1/people/AUD-P/years/2022", ApiClients.Json("""
            {"rating":"good","monthsWorked":12,"maternityLeaveMonths":0,"pendingReview":false,"initiatives":[],"titles":[]}
            """))).StatusCode);

        var initiatives = await DeletedAsync("RecognisedInitiative", before);
        var awards = await DeletedAsync("Award", before);
        Assert.Equal(2, initiatives.Count);
        Assert.Contains(initiatives, e => e.Before!.Contains("Số hoá hồ sơ", StringComparison.Ordinal));
        Assert.Equal(2, awards.Count);
        Assert.All(awards.Concat(initiatives), e => Assert.Equal(ApiTokenUser, e.UserName));
    }

    [Fact]
    public async Task PutUnitYear_Again_AuditsEveryAwardItRemoves()
    {
        using var admin = App.Bootstrap();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync("/api/v1/units/KT/years/2020",
            ApiClients.Json("""{"rating":"excellent","titles":["advancedLabourCollective"]}"""))).StatusCode);
        var before = await LastAuditIdAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync("/api/v1/units/KT/years/2020",
            ApiClients.Json("""{"rating":"good","titles":[]}"""))).StatusCode);

        Assert.Single(await DeletedAsync("Award", before));
    }

    private const string ApiTokenUser = Emulation.Web.Api.ApiTokenAuthenticationHandler.BootstrapUserName;
}
