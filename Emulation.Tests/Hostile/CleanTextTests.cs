using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Excel;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Issue #16, item 6: names, codes, reasons and comments are clean text (the domain's <see cref="CleanText"/> rule,
/// used by the entities, the API's field checks and the imports): no control characters, no bidirectional overrides,
/// one Unicode form, and codes that are one code whatever their case.
/// </summary>
public sealed class CleanTextTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Theory]
    [InlineData("Nguyễn\u0000Văn A", "text.control_character")]
    [InlineData("Nguyễn\u0007Văn A", "text.control_character")]
    [InlineData("Nguyễn\u0085Văn A", "text.control_character")]
    [InlineData("Nguyễn\nVăn A", "text.control_character")]
    [InlineData("Nguyễn\u202EVăn A", "text.bidi_control")]
    [InlineData("Nguyễn\u202AVăn A", "text.bidi_control")]
    [InlineData("Nguyễn\u2066Văn A", "text.bidi_control")]
    [InlineData("Nguyễn\u2069Văn A", "text.bidi_control")]
    [InlineData("Nguyễn\u200FVăn A", "text.bidi_control")]
    [InlineData("Nguyễn\u061CVăn A", "text.bidi_control")]
    [InlineData("TH\u200B", "text.invisible_character")]
    [InlineData("Nguyễn\u200DVăn A", "text.invisible_character")]
    [InlineData("\uFEFFNguyễn Văn A", "text.invisible_character")]
    [InlineData("Nguyễn\u2060Văn A", "text.invisible_character")]
    [InlineData("Ng\u00ADuyễn Văn A", "text.invisible_character")]
    public void OneLineText_WithAControlBidiOrInvisibleCharacter_IsRefused(string text, string code)
    {
        Assert.Equal(code, CleanText.Refusal(text)?.Code);
    }

    [Fact]
    public async Task AUnitCodeOrNameWithAZeroWidthSpace_Is400_AndNoLookAlikeUnitIsCreated()
    {
        using var admin = App.Bootstrap();

        var code = await admin.PutAsync("/api/v1/units/TH%E2%80%8B",
            ApiClients.Json("""{"name":"Phòng Tổng hợp","kind":"department","parentCode":"VP"}"""));
        var name = await admin.PutAsync("/api/v1/units/ZW1",
            ApiClients.Json("""{"name":"Phòng\u200B Tổng hợp","kind":"department","parentCode":"VP"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Contains("text.invisible_character", (string?)JsonNode.Parse(await code.Content.ReadAsStringAsync())!["errors"]!["code"]![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.True(JsonNode.Parse(await name.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("name"));
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "TH\u200B" || u.Code == "ZW1"));
    }

    [Fact]
    public void MultiLineText_KeepsTabsAndLineBreaks_ButNotNul()
    {
        Assert.Null(CleanText.Refusal("Dòng 1\r\nDòng 2\tcột", multiLine: true));
        Assert.Equal("text.control_character", CleanText.Refusal("Dòng 1\u0000", multiLine: true)?.Code);
        Assert.Equal("text.bidi_control", CleanText.Refusal("Dòng 1\n\u202E", multiLine: true)?.Code);
    }

    [Fact]
    public void Names_AreStoredInNfc_SoTwoKeyboardsTypeTheSameName()
    {
        var decomposed = "Ho\u0302\u0300 Chi\u0301 Minh".Normalize(NormalizationForm.FormD);

        var person = Person.Create(decomposed, Gender.Male, 1, new DateOnly(2020, 1, 1), "Chuyên viên");

        Assert.Equal("Hồ Chí Minh", person.FullName);
        Assert.True(CleanText.SameCode("tđ-01", "TĐ-01".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Person_WithNulInTheName_CannotBeCreatedOrCorrected()
    {
        Assert.Throws<BusinessRuleViolationException>(() =>
            Person.Create("Nguyễn\u0000Văn A", Gender.Male, 1, new DateOnly(2020, 1, 1), "Chuyên viên"));
        var person = Person.Create("Nguyễn Văn A", Gender.Male, 1, new DateOnly(2020, 1, 1), "Chuyên viên");
        Assert.Throws<BusinessRuleViolationException>(() => person.Correct("Nguyễn\u202EVăn A", Gender.Male, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Unit_RenamedWithABidiOverride_IsRefusedWithANamedError()
    {
        var unit = Unit.Create("TXT", "Phòng Văn bản", UnitKind.Department);

        var renamed = unit.Rename("Phòng \u202Eexe.txt", new DateOnly(2026, 1, 1));

        Assert.Equal("text.bidi_control", Assert.Single(renamed.Errors).Code);
        Assert.Equal("Phòng Văn bản", unit.Name);
    }

    [Fact]
    public void CriterionCodes_DifferingOnlyInCase_AreTheSameCode()
    {
        var campaign = Campaign.Draft("Thi đua 2026", 2026, CampaignKind.Yearly).Value;
        Assert.True(campaign.AddCriterion(Criterion.Scored("KT1", "Kế toán", "I", 50, "lần")).IsSuccess);

        var added = campaign.AddCriterion(Criterion.Scored("kt1", "Kế toán (trùng)", "I", 50, "lần"));

        Assert.Equal("campaign.duplicate_code", Assert.Single(added.Errors).Code);
    }

    /// <summary>Today's finding: a NUL in a person's name broke every Word document naming them. It never gets in.</summary>
    [Theory]
    [InlineData("Nguyễn\\u0000Văn A", "text.control_character")]
    [InlineData("Nguyễn\\u202EVăn A", "text.bidi_control")]
    public async Task Api_PersonWithAnUncleanName_Is400_AndNotStored(string jsonName, string code)
    {
        using var client = App.Bootstrap();

        var response = await client.PutAsync("/api/v1/people/HOSTILE-NUL", ApiClients.Json(
            $$"""{"fullName":"{{jsonName}}","gender":"male","unitCode":"TH","recruitedOn":"2020-01-01"}"""));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, JsonNode.Parse(text)!["errors"]!["fullName"]!.ToJsonString(), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.People.AnyAsync(p => p.Code == "HOSTILE-NUL"));
    }

    [Fact]
    public async Task Api_UnitCodeDifferingOnlyInCase_IsRefused_AsTheSameCode()
    {
        using var client = App.Bootstrap();

        var response = await client.PutAsync("/api/v1/units/th", ApiClients.Json("""{"name":"Trùng mã","kind":"department"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("records.code_taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "th"));
    }

    /// <summary>
    /// Found by attack30: SQLite's UPPER folds only ASCII, so "đa" and "ĐA" passed the check as two codes and both were
    /// stored, for units, people and campaigns alike. Units' and people's codes now keep to ASCII (their case still
    /// folds); a campaign's code may still hold Vietnamese letters.
    /// </summary>
    [Fact]
    public async Task Api_CodesDifferingOnlyInTheCaseOfAVietnameseLetter_AreTheSameCode()
    {
        using var admin = App.Bootstrap();
        using var officer = await App.AsUserAsync("congdoan");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync("/api/v1/units/da-hc", ApiClients.Json(
            """{"name":"Phòng Đa","kind":"department","parentCode":"VP"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync("/api/v1/people/td-hc", ApiClients.Json(
            """{"fullName":"Lê Văn Đạt","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}"""))).StatusCode);
        const string Campaign = """
            {"code":"{0}","name":"Thi đua","year":2026,"kind":"yearly","blocs":[],
             "criteria":[{"code":"C1","group":"","name":"Văn bản","unit":"","maxPoints":100,"method":"proportional","direction":"higherIsBetter"}]}
            """;
        Assert.Equal(HttpStatusCode.Created,
            (await officer.PostAsync("/api/v1/campaigns", ApiClients.Json(Campaign.Replace("{0}", "tđ-hc", StringComparison.Ordinal)))).StatusCode);

        var unit = await admin.PutAsync("/api/v1/units/DA-HC", ApiClients.Json("""{"name":"Phòng Đa 2","kind":"department","parentCode":"VP"}"""));
        var person = await admin.PutAsync("/api/v1/people/TD-HC", ApiClients.Json(
            """{"fullName":"Lê Văn Đạt","gender":"male","unitCode":"TH","recruitedOn":"2015-03-01"}"""));
        var campaign = await officer.PostAsync("/api/v1/campaigns", ApiClients.Json(Campaign.Replace("{0}", "TĐ-HC", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, unit.StatusCode);
        Assert.Contains("records.code_taken", await unit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, person.StatusCode);
        Assert.Contains("people.code_taken", await person.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, campaign.StatusCode);
        Assert.Contains("campaign.code_taken", await campaign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "DA-HC"));
        Assert.False(await db.People.AnyAsync(p => p.Code == "TD-HC"));
        Assert.False(await db.Campaigns.AnyAsync(c => c.Code == "TĐ-HC"));
    }

    [Fact]
    public async Task ScoringTableImport_WithAControlCharacterInAName_ReportsTheCell()
    {
        using var file = new MemoryStream();
        await file.SaveAsAsync(new[]
        {
            new Dictionary<string, object?>
            {
                [ScoringTableWorkbook.Code] = "A", [ScoringTableWorkbook.Name] = "Tiêu chí\u0001", [ScoringTableWorkbook.Group] = "I",
                [ScoringTableWorkbook.Kind] = "Scored", [ScoringTableWorkbook.Method] = "", [ScoringTableWorkbook.MaxPoints] = 100,
                [ScoringTableWorkbook.PointsPerUnit] = null, [ScoringTableWorkbook.UnitOfMeasure] = "lần", [ScoringTableWorkbook.Bands] = "",
            },
        }, sheetName: ScoringTableWorkbook.SheetName);
        file.Position = 0;

        var sheet = await ScoringTableWorkbook.ReadAsync(file, new ExcelImportOptions(), CancellationToken.None);

        var error = Assert.Single(sheet.Errors);
        Assert.Equal(("text.control_character", 2, ScoringTableWorkbook.Name), (error.Error.Code, error.Row, error.Column));
        Assert.Empty(sheet.Criteria);
    }
}
