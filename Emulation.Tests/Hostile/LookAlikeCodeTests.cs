using System.Net;
using System.Text.Json.Nodes;
using Emulation.Domain.Common;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A unit's or a person's code cannot pass for another: a Cyrillic "ТН" beside the Latin "TH" was a second unit with
/// the same look, which a head or an import could pick for the real one. Codes hold Latin letters only, Vietnamese
/// ones included.
/// </summary>
public sealed class LookAlikeCodeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("\u0422\u041D")]
    [InlineData("T\u041D")]
    [InlineData("\u03A4\u0397-001")]
    [InlineData("\u4E2D")]
    public void ACodeWithALetterOfAnotherAlphabet_IsRefused(string code) =>
        Assert.Equal("text.code_not_latin", CleanText.CodeRefusal(code)?.Code);

    [Theory]
    [InlineData("TH")]
    [InlineData("TĐ-2026")]
    [InlineData("PHÒNG-Ứng_dụng.01")]
    public void ALatinCode_VietnameseLettersIncluded_IsTaken(string code) => Assert.Null(CleanText.CodeRefusal(code));

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
