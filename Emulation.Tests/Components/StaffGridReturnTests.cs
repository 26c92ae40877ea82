using Bunit;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>
/// A person who left and came back within the year: the staff grid counts their months worked from the leaving and
/// return days (not twelve for the head to correct by hand), says how, and still takes the head's correction.
/// </summary>
[Trait("Category", "Fast")]
public sealed class StaffGridReturnTests(AppFixture fixture) : PageTestContext(fixture)
{
    private const int Year = 2025;

    private async Task<(int Unit, int Returner, int Stayer)> UnitWithAReturnerAsync(string code)
    {
        var (unit, staff) = await App.AddUnitWithStaffAsync(code, 2);
        var people = App.Service<PeopleService>();
        var left = await people.LeaveAsync(TestActors.Admin, staff[0], new PersonLeaving(LeaveReason.Resigned, new DateOnly(Year, 3, 31), null));
        Assert.True(left.IsSuccess, string.Join("; ", left.Errors));
        var back = await people.ReturnAsync(TestActors.Admin, staff[0], new PersonReturn(new DateOnly(Year, 7, 1), unit, "Chuyên viên"));
        Assert.True(back.IsSuccess, string.Join("; ", back.Errors));
        SignInAs($"tp.{code.ToLowerInvariant()}", Roles.DepartmentHead, unit);
        return (unit, staff[0], staff[1]);
    }

    private IRenderedComponent<StaffYearGrid> RenderGrid(int unit)
    {
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, Year).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));
        return grid;
    }

    [Fact]
    public async Task AReturnWithinTheYear_GivesTheMonthsWorked_AndShowsHowTheyWereCounted()
    {
        var (unit, returner, stayer) = await UnitWithAReturnerAsync("CDVE32");

        var grid = RenderGrid(unit);

        Assert.Equal("9", grid.Find($"[data-testid=months-{returner}]").GetAttribute("value"));
        var derived = grid.Find($"[data-testid=derived-months-{returner}]");
        Assert.Contains($"01/01–31/03/{Year}; 01/07–31/12/{Year} là 9 tháng", derived.TextContent, StringComparison.Ordinal);
        Assert.Equal(derived.Id, grid.Find($"[data-testid=months-{returner}]").GetAttribute("aria-describedby"));
        Assert.Empty(grid.FindAll($"[data-testid=derived-months-corrected-{returner}]"));
        Assert.Equal("12", grid.Find($"[data-testid=months-{stayer}]").GetAttribute("value"));
        Assert.Empty(grid.FindAll($"[data-testid=derived-months-{stayer}]"));
    }

    [Fact]
    public async Task TheHeadsCorrection_NeedsAReason_WhichIsSavedAudited_AndShownAgain()
    {
        var (unit, returner, _) = await UnitWithAReturnerAsync("CDSUA32");
        var grid = RenderGrid(unit);

        grid.Find($"[data-testid=months-{returner}]").ChangeField("10");
        grid.Find("[data-testid=save-staff]").Click();
        grid.WaitForAssertion(() => Assert.Contains("hãy ghi lý do",
            grid.Find($"[data-testid=row-error-{returner}]").TextContent, StringComparison.Ordinal));

        grid.Find($"[data-testid=months-reason-{returner}]").ChangeField("Biệt phái về Sở Nội vụ tháng 4–6, vẫn hưởng lương");
        grid.Find("[data-testid=save-staff]").Click();
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-saved]")));

        var reopened = RenderGrid(unit);
        Assert.Equal("10", reopened.Find($"[data-testid=months-{returner}]").GetAttribute("value"));
        Assert.Contains("khác 9 tháng tính được",
            reopened.Find($"[data-testid=derived-months-corrected-{returner}]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Biệt phái về Sở Nội vụ tháng 4–6, vẫn hưởng lương",
            reopened.Find($"[data-testid=months-reason-{returner}]").GetAttribute("value"));
        await using var db = await App.DbAsync();
        var audited = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == "StaffYearResult").Select(a => a.After).ToListAsync();
        Assert.Contains(audited, after => after != null && after.Contains("Biệt phái về Sở Nội vụ", StringComparison.Ordinal));
    }
}
