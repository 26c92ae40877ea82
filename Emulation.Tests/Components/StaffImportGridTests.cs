using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bunit;
using Emulation.Domain.Results;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Imports;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>
/// The staff tab: its spreadsheet import is a static form of the workspace page (posted here over HTTP as a browser
/// posts it, answered with the report), its grid an island.
/// </summary>
[Trait("Category", "Fast")]
public sealed class StaffImportGridTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Import_OfAFileThatIsNotTheTemplate_ShowsTheReportAndSavesNothing()
    {
        var unit = await App.UnitIdAsync("QTTV");
        var before = await StaffYearAsync(unit);

        var (status, html) = await PostImportAsync("tp.qttv", unit, Encoding.UTF8.GetBytes("Họ và tên;Xếp loại"), "ket-qua.xlsx");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"import-failed\"", html, StringComparison.Ordinal);
        Assert.Contains("Không lưu dòng nào: tệp có 1 lỗi.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("Tệp không đúng mẫu kết quả cán bộ", html, StringComparison.Ordinal);
        Assert.Equal(before, await StaffYearAsync(unit));
    }

    [Fact]
    public async Task Import_OfTheDownloadedTemplate_SavesEveryRow()
    {
        var unit = await App.UnitIdAsync("TTCB");
        var head = TestActors.HeadOf(unit);
        var year = (await App.SeededScheduleAsync()).Year;
        var template = await App.Service<StaffImportService>().BuildTemplateAsync(head, unit, year);
        var people = (await App.Service<SubmissionService>().GetStaffYearAsync(head, unit, year)).Count;
        var kept = (await StaffYearAsync(unit)).Count;

        var (status, html) = await PostImportAsync("tp.ttcb", unit, template!.Content, template.FileName);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Đã lưu {people} dòng ({people - kept} mới, {kept} cập nhật).", html, StringComparison.Ordinal);
        Assert.Equal(people, (await StaffYearAsync(unit)).Count);
    }

    [Fact]
    public async Task Import_PostedByAUserWhoMayNotEditTheUnit_IsRefused_AndSavesNothing()
    {
        var unit = await App.UnitIdAsync("KT");
        var template = await App.Service<StaffImportService>().BuildTemplateAsync(TestActors.HeadOf(unit), unit,
            (await App.SeededScheduleAsync()).Year);
        var before = await StaffYearAsync(unit);

        // The union officer sees the unit's workspace but edits nothing there; the head of Phòng Tổng hợp edits only
        // their own. Neither page holds the form, so the server has no form of that name to post to.
        foreach (var user in new[] { "congdoan", "tp.th" })
        {
            var (status, html) = await PostImportAsync(user, unit, template!.Content, template.FileName);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.DoesNotContain("data-testid=\"import-success\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await StaffYearAsync(unit));
    }

    [Fact]
    public void Form_ForAViewer_OffersTheTemplateButNoUpload()
    {
        var form = Render<StaffImportForm>(p => p.Add(x => x.UnitId, 1).Add(x => x.Year, 2026).Add(x => x.CanEdit, false));

        Assert.NotNull(form.Find("[data-testid=download-template]"));
        Assert.Empty(form.FindAll("[data-testid=import-file]"));
    }

    [Fact]
    public void Form_ForTheHead_PostsTheWorkbook_UnderItsLabel()
    {
        var form = Render<StaffImportForm>(p => p.Add(x => x.UnitId, 1).Add(x => x.Year, 2026).Add(x => x.CanEdit, true));

        var post = form.Find("form[data-testid=import-form]");
        Assert.Equal("post", post.GetAttribute("method"));
        Assert.Equal("multipart/form-data", post.GetAttribute("enctype"));
        var file = form.Find("input[type=file][data-testid=import-file]");
        Assert.Equal("StaffFile", file.GetAttribute("name"));
        Assert.Equal("label", file.ParentElement!.LocalName);
        Assert.Contains("Nhập từ Excel:", file.ParentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nhập tệp", form.Find("[data-testid=import-submit]").TextContent.Trim());
    }

    [Fact]
    public async Task Grid_WithAMonthThatIsNotANumber_MarksItAndSavesNothing_ThenSavesOnceCorrected()
    {
        var unit = await App.UnitIdAsync("HCTC");
        SignInAs("tp.hctc", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2029).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));
        var months = grid.FindAll("input[data-testid^=months-]")[0];
        var personId = months.GetAttribute("data-testid")!["months-".Length..];

        months.ChangeField("mười");
        grid.Find("[data-testid=save-staff]").Click();

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-unparsed]")));
        Assert.Contains("“mười” không phải là số.", grid.Find($"[data-testid=row-error-{personId}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("entry-input-error", grid.Find($"[data-testid=months-{personId}]").GetAttribute("class"), StringComparison.Ordinal);
        await using (var db = await App.DbAsync())
        {
            Assert.DoesNotContain(db.StaffYearResults, s => s.Year == 2029 && s.UnitId == unit);
        }

        grid.Find($"[data-testid=months-{personId}]").ChangeField("10");
        grid.Find($"[data-testid=rating-{personId}]").ChangeField("Excellent");
        grid.Find("[data-testid=save-staff]").Click();

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-saved]")));
        await using var saved = await App.DbAsync();
        var row = Assert.Single(saved.StaffYearResults.Where(s => s.Year == 2029 && s.PersonId == int.Parse(personId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(10, row.MonthsWorked);
    }

    [Fact]
    public async Task Grid_PutsBackWhatTheBrowserKeptUnsaved_NamesWhose_AndForgetsWhatIsNoFieldOfIt()
    {
        var unit = await App.UnitIdAsync("HCTC");
        var people = await App.Service<SubmissionService>().GetStaffYearAsync(TestActors.HeadOf(unit), unit, 2030);
        var (first, second) = (people[0], people[1]);
        var module = JSInterop.SetupModule("./js/unsaved-edits.js");
        module.Setup<string?>("read", _ => true).SetResult(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [$"rating-{first.PersonId}"] = "Excellent",
            [$"months-{second.PersonId}"] = "mười",
            // What the grid shows already is no change, and a person who is not in it is forgotten.
            [$"leave-{first.PersonId}"] = first.LeaveMonths.ToString(System.Globalization.CultureInfo.CurrentCulture),
            ["months-999999"] = "3",
        }));
        var forgotten = module.SetupVoid("forget", _ => true);
        forgotten.SetVoidResult();
        SignInAs("tp.hctc", Roles.DepartmentHead, unit);

        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2030).Add(x => x.CanEdit, true));

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-unsaved-restored]")));
        Assert.Equal([first.FullName, second.FullName], grid.FindAll("[data-testid=staff-unsaved-restored] li").Select(li => li.TextContent).Order(StringComparer.CurrentCulture));
        Assert.NotNull(grid.Find($"[data-testid=rating-{first.PersonId}] option[value=Excellent][selected]"));
        Assert.Equal("mười", grid.Find($"[data-testid=months-{second.PersonId}]").GetAttribute("value"));
        Assert.Contains("entry-input-error", grid.Find($"[data-testid=months-{second.PersonId}]").GetAttribute("class"), StringComparison.Ordinal);
        var forget = Assert.Single(forgotten.Invocations);
        Assert.Equal(["months-999999"], Assert.IsType<string[]>(forget.Arguments[1]));
    }

    [Fact]
    public async Task Grid_ShowsAPageOfPeople_WithItsPager_AndReadOnlyChoicesForAViewer()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("congdoan", Roles.UnionOfficer);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, 2026).Add(x => x.CanEdit, false));
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-table]")));

        var rows = grid.FindAll("[data-testid=staff-table] tbody tr").Count;

        Assert.InRange(rows, 1, 20);
        Assert.StartsWith($"1–{rows} / ", grid.Find("[data-testid=staff-pager-range]").TextContent, StringComparison.Ordinal);
        Assert.All(grid.FindAll("select[data-testid^=rating-]"), select => Assert.True(select.HasAttribute("disabled")));
        Assert.Empty(grid.FindAll("[data-testid=save-staff]"));
    }

    /// <summary>
    /// Opens the staff tab of <paramref name="unitId"/>'s workspace in the seeded campaign as <paramref name="userName"/>
    /// and posts its import form the way a browser does (the page's anti-forgery token, the form's name, the chosen
    /// file): the answer's status and decoded HTML.
    /// </summary>
    private async Task<(HttpStatusCode Status, string Html)> PostImportAsync(string userName, int unitId, byte[] content, string fileName)
    {
        using var client = await App.SignedInClientAsync(userName);
        var address = $"/campaigns/{await App.SeededCampaignIdAsync()}/units/{unitId}?tab=staff";
        // A user the page refuses gets its 403 with the refusal and the form's token, as a browser would show it.
        using var opened = await client.GetAsync(address);
        var page = await opened.Content.ReadAsStringAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("staff-import"), "_handler" },
            { new StringContent(LoginClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "StaffFile", fileName);
        using var answer = await client.PostAsync(address, form);
        return (answer.StatusCode, WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()));
    }

    /// <summary>The unit's records of the campaign year: who, rating, months.</summary>
    private async Task<List<(int PersonId, QualityRating Rating, int Months)>> StaffYearAsync(int unitId)
    {
        var year = (await App.SeededScheduleAsync()).Year;
        await using var db = await App.DbAsync();
        var rows = await db.StaffYearResults.Where(s => s.UnitId == unitId && s.Year == year)
            .OrderBy(s => s.PersonId).Select(s => new { s.PersonId, s.Rating, s.MonthsWorked }).ToListAsync();
        return [.. rows.Select(r => (r.PersonId, r.Rating, r.MonthsWorked))];
    }
}
