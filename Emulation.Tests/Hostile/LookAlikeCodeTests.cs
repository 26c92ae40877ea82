using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Common;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A unit's or a person's code cannot pass for another: a Cyrillic "ТН" beside the Latin "TH" was a second unit with
/// the same look, which a head or an import could pick for the real one. Codes hold ASCII letters, digits and . _ -
/// only: no Vietnamese letter (typed in NFC or NFD it is two different strings), no space, no combining mark.
/// </summary>
public sealed class LookAlikeCodeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("\u0422\u041D")]
    [InlineData("T\u041D")]
    [InlineData("\u03A4\u0397-001")]
    [InlineData("\u4E2D")]
    [InlineData("T\u0110-2026")]
    [InlineData("TH 01")]
    [InlineData("TH\u0301")]
    [InlineData("D\u0335A")]
    [InlineData("TH+1")]
    public void ACodeOutsideAsciiLettersDigitsAndDotUnderscoreHyphen_IsRefused(string code) =>
        Assert.Equal("text.code_not_latin", CleanText.CodeRefusal(code)?.Code);

    [Theory]
    [InlineData("TH")]
    [InlineData("TH-001")]
    [InlineData("phong_ung.dung-01")]
    [InlineData(" KGVX ")]
    public void AnAsciiCode_IsTaken(string code) => Assert.Null(CleanText.CodeRefusal(code));

    /// <summary>Every code the demo seeds (units, and people as unit-number) still passes.</summary>
    [Fact]
    public async Task EveryDemoCode_IsTaken()
    {
        await using var db = await App.DbAsync();
        var codes = await db.Units.Select(u => u.Code).Concat(db.People.Where(p => p.Code != null).Select(p => p.Code!)).ToListAsync();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Null(CleanText.CodeRefusal(code)));
    }

    [Fact]
    public async Task APersonCodeWithASpace_Is400_WithTheCodeMessageInVietnamese()
    {
        using var admin = App.Bootstrap();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");

        var response = await admin.PutAsync("/api/v1/people/NV%20TH", ApiClients.Json(
            """{"fullName":"Lê Văn Cách","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("text.code_not_latin", body, StringComparison.Ordinal);
        Assert.Contains("không dấu", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitCodeInCyrillic_Is400_AndNoLookAlikeUnitIsCreated()
    {
        using var admin = App.Bootstrap();

        var response = await admin.PutAsync("/api/v1/units/%D0%A2%D0%9D",
            ApiClients.Json("""{"name":"Phòng Tổng hợp","kind":"department","parentCode":"VP"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text.code_not_latin", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["code"]![0],
            StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "\u0422\u041D"));
    }
}
