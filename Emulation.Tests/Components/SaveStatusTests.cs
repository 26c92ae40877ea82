using AngleSharp.Dom;
using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Emulation.Tests.Components;

/// <summary>
/// A head's save that waits on the database: the editor says it is saving (in its polite live region) and takes no
/// second save meanwhile; then it says it was saved and when, or what was not saved, with the typed values still there.
/// The wait is the submission service's own, held at the context factory it is given until the test lets it through.
/// </summary>
[Trait("Category", "Fast")]
public sealed class SaveStatusTests : PageTestContext
{
    /// <summary>07:32:05 UTC: 14:32:05 at the office.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 7, 32, 5, TimeSpan.Zero);

    private HeldDbContextFactory _database = default!;

    public SaveStatusTests(AppFixture fixture) : base(fixture)
    {
    }

    /// <summary>The submission service over a context factory the test holds, and a clock that says 14:32:05.</summary>
    protected override void AddTestServices(IServiceCollection services)
    {
        _database = new HeldDbContextFactory(App.Service<IDbContextFactory<EmulationDbContext>>());
        services.AddSingleton(ActivatorUtilities.CreateInstance<SubmissionService>(App.Services, _database));
        var clock = new SettableClock(Now);
        services.AddTransient(_ => new SaveProgress(clock, NullLogger<SaveProgress>.Instance));
    }

    [Fact]
    public async Task Pledge_WhileTheDatabaseIsBusy_SaysSaving_AndTakesNoSecondSave_ThenSaysSavedAndWhen()
    {
        var (campaign, unit) = await LaunchedCampaignAsync("NK", "Đợt kiểm thử lưu chậm");
        var editor = RenderPledge(campaign, unit);

        editor.Find("input[data-testid=target-HOP]").ChangeField("40");
        _database.Hold();
        editor.Find("[data-testid=save-pledge]").Click();
        await _database.Arrived;

        editor.WaitForAssertion(() => Assert.Equal("Đang lưu…", editor.Find("[role=status] [data-testid=saving]").TextContent.Trim()));
        Assert.True(Button(editor, "save-pledge").HasAttribute("disabled"));
        Assert.True(Button(editor, "submit-pledge").HasAttribute("disabled"));
        Assert.True(editor.Find("input[data-testid=target-HOP]").HasAttribute("disabled"));
        Assert.Null((await WorkspaceAsync(campaign, unit)).PledgeVersion);

        _database.Release();

        editor.WaitForAssertion(() => Assert.Equal("Đã lưu. Thời điểm lưu: 14:32:05.",
            editor.Find("[role=status] [data-testid=saved]").TextContent.Trim()));
        Assert.Empty(editor.FindAll("[data-testid=saving]"));
        // The save button lost the focus while disabled: the outcome takes it.
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.False(Button(editor, "save-pledge").HasAttribute("disabled"));
        Assert.False(Button(editor, "submit-pledge").HasAttribute("disabled"));
        Assert.Equal(40m, (await WorkspaceAsync(campaign, unit)).Lines.Single().Target);
    }

    [Fact]
    public async Task Pledge_WhenTheDatabaseGivesUp_SaysWhatWasNotSaved_AndKeepsTheTypedValue()
    {
        var (campaign, unit) = await LaunchedCampaignAsync("NC", "Đợt kiểm thử lưu hỏng");
        var editor = RenderPledge(campaign, unit);

        editor.Find("input[data-testid=target-HOP]").ChangeField("55");
        _database.Hold();
        editor.Find("[data-testid=save-pledge]").Click();
        await _database.Arrived;
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=saving]")));
        _database.Fail(new SqliteException("SQLite Error 5: 'database is locked'.", 5));

        editor.WaitForAssertion(() => Assert.Equal(
            "Chưa lưu chỉ tiêu đăng ký (Cuộc họp được phục vụ): máy chủ chưa ghi được vào cơ sở dữ liệu (đang bận hoặc không trả lời). " +
            "Những gì bạn đã nhập vẫn còn trên trang; hãy lưu lại.",
            editor.Find("[role=status] [data-testid=not-saved]").TextContent.Trim()));
        Assert.Empty(editor.FindAll("[data-testid=saved]"));
        Assert.Equal("55", editor.Find("input[data-testid=target-HOP]").GetAttribute("value"));
        Assert.Equal("Chưa lưu", editor.Find("[data-testid=unsaved-target-HOP]").TextContent.Trim());
        Assert.False(Button(editor, "save-pledge").HasAttribute("disabled"));
        Assert.Null((await WorkspaceAsync(campaign, unit)).PledgeVersion);

        // Saved again once the database answers: the value typed before is the one written.
        editor.Find("[data-testid=save-pledge]").Click();
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=saved]")));
        Assert.Empty(editor.FindAll("[data-testid=not-saved]"));
        Assert.Equal(55m, (await WorkspaceAsync(campaign, unit)).Lines.Single().Target);
    }

    [Fact]
    public async Task StaffGrid_WhileTheDatabaseIsBusy_SaysSaving_AndTakesNoSecondSave_ThenSaysSavedAndWhen()
    {
        const int year = 2031;
        var (grid, unit, person) = await RenderStaffGridAsync("KT", year);

        grid.Find($"[data-testid=months-{person}]").ChangeField("9");
        _database.Hold();
        grid.Find("[data-testid=save-staff]").Click();
        await _database.Arrived;

        grid.WaitForAssertion(() => Assert.Equal("Đang lưu…", grid.Find("[role=status] [data-testid=saving]").TextContent.Trim()));
        Assert.True(Button(grid, "save-staff").HasAttribute("disabled"));
        Assert.True(grid.Find($"[data-testid=months-{person}]").HasAttribute("disabled"));
        Assert.Empty(await StaffYearAsync(unit, year));

        _database.Release();

        grid.WaitForAssertion(() => Assert.Equal("Đã lưu. Thời điểm lưu: 14:32:05.",
            grid.Find("[role=status] [data-testid=staff-saved]").TextContent.Trim()));
        Assert.False(Button(grid, "save-staff").HasAttribute("disabled"));
        Assert.False(grid.Find($"[data-testid=months-{person}]").HasAttribute("disabled"));
        Assert.Contains(await StaffYearAsync(unit, year), s => s.PersonId == person && s.MonthsWorked == 9);
    }

    [Fact]
    public async Task StaffGrid_WhenTheDatabaseGivesUp_SaysWhatWasNotSaved_AndKeepsTheTypedValues()
    {
        const int year = 2032;
        var (grid, unit, person) = await RenderStaffGridAsync("KT", year);

        grid.Find($"[data-testid=months-{person}]").ChangeField("7");
        _database.Hold();
        grid.Find("[data-testid=save-staff]").Click();
        await _database.Arrived;
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=saving]")));
        _database.Fail(new DbUpdateException("An error occurred while saving the entity changes.",
            new SqliteException("SQLite Error 5: 'database is locked'.", 5)));

        grid.WaitForAssertion(() => Assert.StartsWith("Chưa lưu xếp loại cán bộ năm 2032: máy chủ chưa ghi được vào cơ sở dữ liệu",
            grid.Find("[role=status] [data-testid=not-saved]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("7", grid.Find($"[data-testid=months-{person}]").GetAttribute("value"));
        Assert.False(Button(grid, "save-staff").HasAttribute("disabled"));
        Assert.Empty(await StaffYearAsync(unit, year));
    }

    /// <summary>
    /// A submit went in, then reading the workspace back (which a submit does, its status having changed) failed: the
    /// status says it was sent (never that it was not), that the page could not show it again, and offers a reload.
    /// </summary>
    [Fact]
    public async Task Pledge_SubmittedButNotReadBack_SaysSubmitted_AndOffersAReload_NeverThatItWasNotSaved()
    {
        var (campaign, unit) = await LaunchedCampaignAsync("QTTV", "Đợt kiểm thử đọc lại hỏng");
        var editor = RenderPledge(campaign, unit);

        editor.Find("input[data-testid=target-HOP]").ChangeField("35");
        _database.Hold();
        editor.Find("[data-testid=submit-pledge]").Click();
        editor.WaitForElement("[data-testid=confirm-ok]").Click();
        await _database.Arrived;
        _database.ReleaseAndHoldNext();
        await _database.Arrived;
        _database.Fail(new SqliteException("SQLite Error 5: 'database is locked'.", 5));

        editor.WaitForAssertion(() => Assert.Equal("Đã gửi đăng ký thi đua. Thời điểm lưu: 14:32:05.",
            editor.Find("[role=status] [data-testid=saved]").TextContent.Trim()));
        Assert.Empty(editor.FindAll("[data-testid=not-saved]"));
        Assert.Equal(
            "Đã lưu chỉ tiêu đăng ký (Cuộc họp được phục vụ), nhưng trang chưa đọc lại được các giá trị vừa lưu (máy chủ chưa trả lời): " +
            "những gì bạn thấy trên trang là những gì đã lưu. Hãy tải lại trang để xem bản mới nhất.",
            editor.Find("[role=status] [data-testid=save-refresh-failed] > span").TextContent.Trim());
        Assert.Equal("Tải lại trang", editor.Find("[data-testid=save-reload]").TextContent.Trim());
        Assert.Equal("35", editor.Find("input[data-testid=target-HOP]").GetAttribute("value"));
        Assert.Empty(editor.FindAll("[data-testid=unsaved-target-HOP]"));
        var stored = await WorkspaceAsync(campaign, unit);
        Assert.Equal(35m, stored.Lines.Single().Target);
        Assert.Equal(Emulation.Domain.Pledges.SubmissionStatus.Submitted, stored.PledgeStatus);

        editor.Find("[data-testid=save-reload]").Click();
        var navigation = Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        Assert.True(navigation.History.First().Options.ForceLoad);
    }

    /// <summary>
    /// A draft save changes no status: the editor keeps what was typed with the version the save returned, reads
    /// nothing back, and the next save (sent with that version) is not taken for someone else's.
    /// </summary>
    [Fact]
    public async Task Pledge_DraftSavedTwice_ReadsNothingBack_AndTheSecondSaveIsNotAConflict()
    {
        var (campaign, unit) = await LaunchedCampaignAsync("QTTV", "Đợt kiểm thử lưu hai lần");
        var editor = RenderPledge(campaign, unit);
        var opened = _database.Created;

        editor.Find("input[data-testid=target-HOP]").ChangeField("35");
        editor.Find("[data-testid=save-pledge]").Click();
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=saved]")));
        Assert.Equal(opened + 1, _database.Created);

        editor.Find("input[data-testid=target-HOP]").ChangeField("36");
        editor.Find("[data-testid=save-pledge]").Click();
        editor.WaitForAssertion(() => Assert.Equal(opened + 2, _database.Created));
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=saved]")));
        Assert.Empty(editor.FindAll("[data-testid=conflict]"));
        Assert.Equal(36m, (await WorkspaceAsync(campaign, unit)).Lines.Single().Target);
    }

    /// <summary>A refusal by the rules is a failure too: the status says nothing was saved, beside the editor's own message.</summary>
    [Fact]
    public async Task Pledge_RefusedByTheRules_SaysItWasNotSaved()
    {
        var (campaign, unit) = await LaunchedCampaignAsync("TTCB", "Đợt kiểm thử lưu bị từ chối");
        var editor = RenderPledge(campaign, unit);

        editor.Find("input[data-testid=target-HOP]").ChangeField("-3");
        editor.Find("[data-testid=save-pledge]").Click();

        editor.WaitForAssertion(() => Assert.StartsWith("Chưa lưu chỉ tiêu đăng ký (Cuộc họp được phục vụ): hãy xem các thông báo trên trang",
            editor.Find("[role=status] [data-testid=not-saved]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("-3", editor.Find("input[data-testid=target-HOP]").GetAttribute("value"));
    }

    private IRenderedComponent<CriterionEntryEditor> RenderPledge(int campaign, int unit)
    {
        SignInAs($"tp.{unit}", Roles.DepartmentHead, unit);
        var editor = Render<CriterionEntryEditor>(p => p.Add(x => x.CampaignId, campaign).Add(x => x.UnitId, unit)
            .Add(x => x.Column, EntryColumn.Target));
        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=save-pledge]")));
        // The live region is there before anything is saved, so that a screen reader hears it change.
        Assert.Equal("", editor.Find("[role=status][data-testid=save-status]").TextContent.Trim());
        return editor;
    }

    private async Task<(IRenderedComponent<StaffYearGrid> Grid, int Unit, int Person)> RenderStaffGridAsync(string unitCode, int year)
    {
        var unit = await App.UnitIdAsync(unitCode);
        SignInAs($"tp.{unitCode.ToLowerInvariant()}", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, year).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));
        var person = int.Parse(grid.FindAll("input[data-testid^=months-]")[0].GetAttribute("name")!["months-".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
        return (grid, unit, person);
    }

    /// <summary>A launched campaign of one criterion (HOP), its pledge open to the unit's head.</summary>
    private async Task<(int Campaign, int Unit)> LaunchedCampaignAsync(string unitCode, string name)
    {
        var unit = await App.UnitIdAsync(unitCode);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = name, Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id,
            new CriterionInput { Code = "HOP", Name = "Cuộc họp được phục vụ", MaxPoints = 100, UnitOfMeasure = "cuộc" });
        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch)).IsSuccess);
        return (id, unit);
    }

    private async Task<UnitWorkspace> WorkspaceAsync(int campaign, int unit) =>
        (await App.Service<SubmissionService>().GetWorkspaceAsync(TestActors.HeadOf(unit), campaign, unit))!;

    private async Task<List<Emulation.Domain.Results.StaffYearResult>> StaffYearAsync(int unit, int year)
    {
        await using var db = await App.DbAsync();
        return await db.StaffYearResults.AsNoTracking().Where(s => s.UnitId == unit && s.Year == year).ToListAsync(Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>The button element of a MudButton by its test id (MudBlazor puts the attributes on the button itself).</summary>
    private static IElement Button<T>(IRenderedComponent<T> rendered, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        rendered.Find($"button[data-testid={testId}]");
}
