using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>
/// The staff grid asks about a former unit only for a person who came from another unit this year: months there from
/// the recorded transfer (not typed again) and the former unit's opinion, which the head records and saves.
/// </summary>
[Trait("Category", "Fast")]
public sealed class StaffGridFormerUnitTests(AppFixture fixture) : PageTestContext(fixture)
{
    private const int Year = 2031;

    [Fact]
    public async Task Grid_AsksAboutTheFormerUnit_OnlyForThePersonTransferredInThisYear_AndSavesTheOpinion()
    {
        var (_, formerStaff) = await App.AddUnitWithStaffAsync("CDCU31", 1);
        var (unit, staff) = await App.AddUnitWithStaffAsync("CDMOI31", 1);
        var mover = formerStaff[0];
        var moved = await App.Service<PeopleService>().TransferAsync(TestActors.Admin, mover,
            new PersonTransfer(unit, "Chuyên viên", new DateOnly(Year, 7, 1)));
        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors));
        SignInAs("tp.cdmoi31", Roles.DepartmentHead, unit);

        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, Year).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));

        Assert.Empty(grid.FindAll($"[data-testid=former-unit-{staff[0]}]"));
        var asked = grid.Find($"[data-testid=former-unit-{mover}]");
        Assert.Contains("Chuyển đến từ đơn vị khác trong năm", asked.TextContent, StringComparison.Ordinal);
        var months = grid.Find($"[data-testid=former-months-{mover}]");
        Assert.Equal(("6", true), (months.GetAttribute("value"), months.HasAttribute("disabled")));
        Assert.NotNull(grid.Find($"[data-testid=former-opinion-{mover}] option[value=False][selected]"));

        grid.Find($"[data-testid=former-opinion-{mover}]").ChangeField("True");
        grid.Find("[data-testid=save-staff]").Click();

        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=staff-saved]")));
        await using var db = await App.DbAsync();
        var saved = await db.StaffYearResults.AsNoTracking().SingleAsync(s => s.PersonId == mover && s.Year == Year);
        Assert.Equal((0, true), (saved.MonthsInFormerUnit, saved.FormerUnitOpinionReceived));
    }

    /// <summary>
    /// Recruited this year is not moved from another unit: the grid does not ask, but its one transfer control above the
    /// rows (not a button in each) lets the head pick one who did come from another agency; once opened, each question
    /// is described by the help, and the person leaves the control's list.
    /// </summary>
    [Fact]
    public async Task Grid_ForSomeoneWithNoRecordedMove_AsksOnlyWhenTheHeadPicksThemInTheOneTransferControl()
    {
        var (unit, staff) = await App.AddUnitWithStaffAsync("CDTUYEN31", 2);
        var person = staff[0];
        await using (var db = await App.DbAsync())
        {
            await db.People.Where(p => p.Id == person).ExecuteUpdateAsync(p => p.SetProperty(x => x.RecruitedOn, new DateOnly(Year, 2, 1)),
                Xunit.TestContext.Current.CancellationToken);
        }

        SignInAs("tp.cdtuyen31", Roles.DepartmentHead, unit);
        var grid = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, Year).Add(x => x.CanEdit, true));
        grid.WaitForAssertion(() => Assert.NotEmpty(grid.FindAll("input[data-testid^=months-]")));

        Assert.Empty(grid.FindAll($"[data-testid=former-unit-{person}]"));
        Assert.Single(grid.FindAll("[data-testid=former-ask]"));
        Assert.NotNull(grid.Find($"[data-testid=former-ask-person] option[value='{person}']"));

        grid.Find("[data-testid=former-ask-person]").Change(person.ToString(System.Globalization.CultureInfo.InvariantCulture));
        grid.Find("[data-testid=former-ask]").Click();

        Assert.Equal($"former-unit-{person}", grid.Find($"[data-testid=former-unit-{person}]").Id);
        Assert.Empty(grid.FindAll($"[data-testid=former-ask-person] option[value='{person}']"));
        var help = grid.Find($"[data-testid=former-help-{person}]");
        Assert.Equal($"former-help-{person}", help.Id);
        Assert.Equal(help.Id, grid.Find($"[data-testid=former-months-{person}]").GetAttribute("aria-describedby"));
        Assert.Equal(help.Id, grid.Find($"[data-testid=former-opinion-{person}]").GetAttribute("aria-describedby"));
        Assert.False(grid.Find($"[data-testid=former-months-{person}]").HasAttribute("disabled"));

        // Once months there are typed, the questions stay: there is something to save.
        grid.Find($"[data-testid=former-months-{person}]").ChangeField("3");
        Assert.NotNull(grid.Find($"[data-testid=former-unit-{person}]"));

        // A reader of the grid is never offered to open it.
        await DisposeComponentsAsync();
        var readOnly = Render<StaffYearGrid>(p => p.Add(x => x.UnitId, unit).Add(x => x.Year, Year).Add(x => x.CanEdit, false));
        readOnly.WaitForAssertion(() => Assert.NotEmpty(readOnly.FindAll("input[data-testid^=months-]")));
        Assert.Empty(readOnly.FindAll("[data-testid^=former-ask]"));
    }
}
