using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.People;

/// <summary>
/// Codes are limited to unaccented Latin letters, digits and . _ -, but units and people saved before that rule may hold
/// Vietnamese letters: they keep their code and every other field stays editable (through the API by that code, and
/// through the pages), while a new code must follow the rule.
/// </summary>
public sealed class LegacyCodeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>Saves what <paramref name="make"/> builds in the unit <paramref name="unitCode"/>, as an earlier version could.</summary>
    private async Task<int> SavedBeforeTheRuleAsync(string unitCode, Func<int, object> make)
    {
        await using var db = await App.DbAsync();
        var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var entity = make(unit);
        db.Add(entity);
        await db.SaveChangesAsync();
        return (int)db.Entry(entity).Property("Id").CurrentValue!;
    }

    [Fact]
    public async Task AUnitWhoseCodeHasVietnameseLetters_IsRenamedByItsCode_WhileANewSuchCodeIsRefused()
    {
        var id = await SavedBeforeTheRuleAsync("VP", vp => Unit.Create("TỔ-ĐỐI", "Tổ Đối ngoại", UnitKind.Department, vp));
        using var admin = App.Bootstrap();
        var address = "/api/v1/units/" + Uri.EscapeDataString("TỔ-ĐỐI");
        var read = await admin.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var renamed = await admin.SendAsync(ApiClients.Request(HttpMethod.Put, address,
            ApiClients.Json("""{"name":"Tổ Đối ngoại và Lễ tân","kind":"department","parentCode":"VP"}"""), read.Headers.ETag));
        var created = await admin.PutAsync("/api/v1/units/" + Uri.EscapeDataString("TỔ-MỚI"),
            ApiClients.Json("""{"name":"Tổ Mới","kind":"department","parentCode":"VP"}"""));
        var page = await App.Service<OrganizationService>().RenameAsync(TestActors.Admin, id, "Tổ Đối ngoại – Lễ tân", new DateOnly(2026, 12, 1));

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("text.code_not_latin", (string?)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["errors"]!["code"]![0],
            StringComparison.Ordinal);
        Assert.True(page.IsSuccess, string.Join("; ", page.Errors));
        await using var db = await App.DbAsync();
        Assert.Equal(("TỔ-ĐỐI", "Tổ Đối ngoại – Lễ tân"), await db.Units.Where(u => u.Id == id).Select(u => ValueTuple.Create(u.Code, u.Name)).SingleAsync());
        Assert.False(await db.Units.AnyAsync(u => u.Code == "TỔ-MỚI"));
    }

    [Fact]
    public async Task APersonWhoseCodeHasVietnameseLetters_IsCorrectedByItsCode_WhileANewSuchCodeIsRefused()
    {
        var id = await SavedBeforeTheRuleAsync("TH", th => Person.Create("Nguyễn Văn Đức", Gender.Male, th, new DateOnly(2012, 5, 2),
            "Chuyên viên", "NV-ĐỨC"));
        using var admin = App.Bootstrap();

        var corrected = await admin.PutAsync("/api/v1/people/" + Uri.EscapeDataString("NV-ĐỨC"), ApiClients.Json(
            """{"fullName":"Nguyễn Văn Đức Anh","gender":"male","unitCode":"TH","recruitedOn":"2012-05-02","position":"Chuyên viên"}"""));
        var created = await admin.PutAsync("/api/v1/people/" + Uri.EscapeDataString("NV-ĐẠT"), ApiClients.Json(
            """{"fullName":"Trần Văn Đạt","gender":"male","unitCode":"TH","recruitedOn":"2020-01-02","position":"Chuyên viên"}"""));
        var page = await App.Service<PeopleService>().CorrectAsync(TestActors.Admin, id,
            new PersonCorrection("Nguyễn Văn Đức", Gender.Male, new DateOnly(1990, 1, 1), new DateOnly(2012, 5, 2)));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains("text.code_not_latin", (string?)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["errors"]!["code"]![0],
            StringComparison.Ordinal);
        Assert.True(page.IsSuccess, string.Join("; ", page.Errors));
        await using var db = await App.DbAsync();
        Assert.Equal(("NV-ĐỨC", "Nguyễn Văn Đức"), await db.People.Where(p => p.Id == id).Select(p => ValueTuple.Create(p.Code, p.FullName)).SingleAsync());
        Assert.False(await db.People.AnyAsync(p => p.Code == "NV-ĐẠT"));
    }
}
