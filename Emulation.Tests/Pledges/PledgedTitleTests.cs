using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Domain.Pledges;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Pledges;

/// <summary>
/// The titles a unit registers to strive for, for itself and for named staff, change with the pledge. The class's tests
/// share one app: each that saves does so in a launched copy of the seeded campaign of its own
/// (<see cref="UnitWithoutSubmittedPledgeAsync"/>), so no test finds another's titles.
/// </summary>
public sealed class PledgedTitleTests(AppFixture fixture) : SharedAppTests(fixture)
{
    /// <summary>The seeded campaign, in which Phòng Kế toán (KT) has submitted its pledge.</summary>
    private const int Seeded = 1;

    private PledgedTitleService Service => App.Service<PledgedTitleService>();

    [Fact]
    public async Task Save_ThenGet_ReturnsTheUnitsAndTheStaffsTitles()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);

        var saved = await Service.SaveAsync(head, campaign, unit, [Title.ExcellentLabourCollective],
            new Dictionary<int, Title> { [person] = Title.GrassrootsEmulationFighter });

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Code)));
        var titles = (await Service.GetAsync(head, campaign, unit))!;
        Assert.True(titles.CanEdit);
        Assert.Equal([Title.ExcellentLabourCollective], titles.UnitTitles);
        Assert.Equal(Title.GrassrootsEmulationFighter, titles.People.Single(p => p.PersonId == person).Title);
    }

    [Fact]
    public async Task Save_APersonalTitleForTheUnit_OrAStranger_IsRefusedAndNothingSaved()
    {
        var (campaign, unit, _) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);
        await using var db = await App.DbAsync();
        var stranger = await db.People.Where(p => p.UnitId != unit).Select(p => p.Id).FirstAsync(Xunit.TestContext.Current.CancellationToken);

        var refused = await Service.SaveAsync(head, campaign, unit, [Title.AdvancedWorker],
            new Dictionary<int, Title> { [stranger] = Title.AdvancedWorker });

        Assert.Contains(refused.Errors, e => e.Code == "pledge.title_wrong_subject");
        Assert.Contains(refused.Errors, e => e.Code == "pledge.person_not_in_unit");
        Assert.Empty((await Service.GetAsync(head, campaign, unit))!.UnitTitles);
    }

    [Fact]
    public async Task Save_ATitleTheCampaignDoesNotOffer_IsRefused_WhileAnOfferedGiayKhenIsAccepted()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);

        var refused = await Service.SaveAsync(head, campaign, unit, [Title.ProvincialEmulationFlag],
            new Dictionary<int, Title> { [person] = Title.ProvincialEmulationFighter });
        var saved = await Service.SaveAsync(head, campaign, unit, [Title.CollectiveCertificateOfCommendation],
            new Dictionary<int, Title> { [person] = Title.CertificateOfCommendation });

        Assert.Equal(["pledge.title_not_offered", "pledge.title_not_offered"], refused.Errors.Select(e => e.Code));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Code)));
        var titles = (await Service.GetAsync(head, campaign, unit))!;
        Assert.Equal(Title.CertificateOfCommendation, titles.People.Single(p => p.PersonId == person).Title);
        Assert.Contains(Title.CertificateOfCommendation, titles.Choices.ForPerson);
        Assert.DoesNotContain(Title.ProvincialEmulationFighter, titles.Choices.ForPerson);
        Assert.DoesNotContain(Title.ProvincialEmulationFlag, titles.Choices.ForUnit);
    }

    [Fact]
    public async Task Save_AfterThePledgeWasSubmitted_IsRefused()
    {
        var submitted = await App.UnitIdAsync("KT");
        var refused = await Service.SaveAsync(TestActors.HeadOf(submitted), Seeded, submitted, [Title.AdvancedLabourCollective],
            new Dictionary<int, Title>());

        Assert.Contains(refused.Errors, e => e.Code == "pledge.not_editable");
        Assert.False((await Service.GetAsync(TestActors.HeadOf(submitted), Seeded, submitted))!.CanEdit);
    }

    [Fact]
    public async Task AnotherUnitsHead_CanNeitherReadNorSave()
    {
        var (campaign, unit, _) = await UnitWithoutSubmittedPledgeAsync();
        var other = TestActors.HeadOf(await App.UnitIdAsync("KT"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service.GetAsync(other, campaign, unit));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.SaveAsync(other, campaign, unit, [Title.AdvancedLabourCollective], new Dictionary<int, Title>()));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Service.SaveAsync(TestActors.Officer, campaign, unit, [Title.AdvancedLabourCollective], new Dictionary<int, Title>()));
    }

    [Fact]
    public async Task SaveByCode_WritesWhatTheTabReads()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var code = await PersonCodeAsync(person);

        var saved = await Setup.SavePledgedTitlesAsync(TestActors.HeadOf(unit), campaign, unit, [Title.AdvancedLabourCollective],
            [new PledgedPerson(code, Title.AdvancedWorker), new PledgedPerson(code, Title.AdvancedWorker)]);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Code)));
        var titles = (await Service.GetAsync(TestActors.HeadOf(unit), campaign, unit))!;
        Assert.Equal([Title.AdvancedLabourCollective], titles.UnitTitles);
        Assert.Equal(Title.AdvancedWorker, titles.People.Single(p => p.PersonId == person).Title);
    }

    [Fact]
    public async Task SaveByCode_AfterThePledgeWasSubmitted_IsRefusedLikeTheTab()
    {
        var submitted = await App.UnitIdAsync("KT");
        await using var db = await App.DbAsync();
        var code = await db.People.Where(p => p.UnitId == submitted).Select(p => p.Code!).FirstAsync(Xunit.TestContext.Current.CancellationToken);

        var refused = await Setup.SavePledgedTitlesAsync(TestActors.HeadOf(submitted), Seeded, submitted,
            [Title.AdvancedLabourCollective], [new PledgedPerson(code, Title.AdvancedWorker)]);

        Assert.Contains(refused.Errors, e => e.Code == "pledge.not_editable");
        Assert.False(await db.Set<PledgedTitle>().AnyAsync(t => t.CampaignId == Seeded && t.UnitId == submitted,
            Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveByCode_AStrangerOrOnePersonWithTwoTitles_IsRefusedAndNothingSaved()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var code = await PersonCodeAsync(person);
        await using var db = await App.DbAsync();
        var stranger = await db.People.Where(p => p.UnitId != unit).Select(p => p.Code!).FirstAsync(Xunit.TestContext.Current.CancellationToken);

        var refused = await Setup.SavePledgedTitlesAsync(TestActors.HeadOf(unit), campaign, unit, [Title.AdvancedLabourCollective],
            [new PledgedPerson(stranger, Title.AdvancedWorker), new PledgedPerson(code, Title.AdvancedWorker),
                new PledgedPerson(code, Title.GrassrootsEmulationFighter)]);

        Assert.Contains(refused.Errors, e => e.Code == "pledge.person_not_in_unit" && e.Item == stranger);
        Assert.Contains(refused.Errors, e => e.Code == "pledge.person_repeated" && e.Item == code);
        Assert.Empty((await Service.GetAsync(TestActors.HeadOf(unit), campaign, unit))!.UnitTitles);
    }

    [Fact]
    public async Task Replacing_RecordsEachRemovedAndAddedTitleInTheAuditTrail_AndKeepsTheUnchangedOnes()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);
        Assert.True((await Service.SaveAsync(head, campaign, unit, [Title.AdvancedLabourCollective],
            new Dictionary<int, Title> { [person] = Title.AdvancedWorker })).IsSuccess);
        await using var db = await App.DbAsync();
        var first = (await db.Set<PledgedTitle>().AsNoTracking().Where(t => t.CampaignId == campaign && t.UnitId == unit)
            .ToListAsync(Xunit.TestContext.Current.CancellationToken)).ToDictionary(t => (t.PersonId, t.Title), t => t.Id);

        Assert.True((await Setup.SavePledgedTitlesAsync(head, campaign, unit, [Title.ExcellentLabourCollective],
            [new PledgedPerson(await PersonCodeAsync(person), Title.AdvancedWorker)])).IsSuccess);

        var removed = first[(null, Title.AdvancedLabourCollective)].ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(PledgedTitle) && a.EntityKey == removed &&
            a.Action == AuditAction.Deleted && a.UserName == head.UserName, Xunit.TestContext.Current.CancellationToken));
        var kept = first[(person, Title.AdvancedWorker)];
        Assert.True(await db.Set<PledgedTitle>().AnyAsync(t => t.Id == kept, Xunit.TestContext.Current.CancellationToken));
    }

    private CampaignSetupService Setup => App.Service<CampaignSetupService>();

    private async Task<string> PersonCodeAsync(int person)
    {
        await using var db = await App.DbAsync();
        return await db.People.Where(p => p.Id == person).Select(p => p.Code!).SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task SavePledge_WithTitlesThatAreRefused_SavesNeitherTheTargetsNorTheTitles()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);
        var submissions = App.Service<SubmissionService>();
        var before = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
        var line = before.Lines.First(l => l.NeedsTarget);
        var targets = before.Lines.Where(l => l.NeedsTarget).ToDictionary(l => l.Code, l => (decimal?)(l.Target ?? 0) + 7);

        var saved = await submissions.SavePledgeAsync(head, campaign, unit, targets, before.PledgeVersion, submit: false,
            new PledgedTitleChange([Title.AdvancedWorker], new Dictionary<int, Title> { [person] = Title.GrassrootsEmulationFighter }));

        Assert.Contains(saved.Errors, e => e.Code == PledgeErrors.TitleWrongSubject(Title.AdvancedWorker).Code);
        var after = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
        Assert.Equal(before.PledgeVersion, after.PledgeVersion);
        Assert.Equal(line.Target, after.Lines.Single(l => l.Code == line.Code).Target);
        Assert.DoesNotContain((await Service.GetAsync(head, campaign, unit))!.People, p => p.PersonId == person && p.Title is not null);
    }

    [Fact]
    public async Task SavePledge_WithItsTitles_WritesBothInOneSave()
    {
        var (campaign, unit, person) = await UnitWithoutSubmittedPledgeAsync();
        var head = TestActors.HeadOf(unit);
        var submissions = App.Service<SubmissionService>();
        var before = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
        var targets = before.Lines.Where(l => l.NeedsTarget).ToDictionary(l => l.Code, l => (decimal?)(l.Target ?? 0) + 3);

        var saved = await submissions.SavePledgeAsync(head, campaign, unit, targets, before.PledgeVersion, submit: false,
            new PledgedTitleChange([Title.AdvancedLabourCollective], new Dictionary<int, Title> { [person] = Title.AdvancedWorker }));

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Code)));
        var after = (await submissions.GetWorkspaceAsync(head, campaign, unit))!;
        Assert.All(after.Lines.Where(l => l.NeedsTarget), l => Assert.Equal(targets[l.Code], l.Target));
        var titles = (await Service.GetAsync(head, campaign, unit))!;
        Assert.Equal([Title.AdvancedLabourCollective], titles.UnitTitles);
        Assert.Equal(Title.AdvancedWorker, titles.People.Single(p => p.PersonId == person).Title);
    }

    /// <summary>
    /// A launched copy of the seeded campaign for the test alone, in which Phòng Tổng hợp has no pledge yet, as in the
    /// seeded one; that unit, and one of its people.
    /// </summary>
    private async Task<(int Campaign, int Unit, int Person)> UnitWithoutSubmittedPledgeAsync()
    {
        var campaign = await App.LaunchedCopyOfSeededCampaignAsync();
        var unit = await App.UnitIdAsync("TH");
        await using var db = await App.DbAsync();
        var person = await db.People.Where(p => p.UnitId == unit).Select(p => p.Id).FirstAsync(Xunit.TestContext.Current.CancellationToken);
        return (campaign, unit, person);
    }
}

/// <summary>The editor on the pledge tab.</summary>
public sealed class PledgedTitlesEditorTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Editor_ListsTheUnitsStaff_AndSavesACheckedCollectiveTitle()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, unit);

        var editor = Render<PledgedTitlesEditor>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("[data-testid=person-titles] tbody tr")));
        editor.Find("input[data-testid=unit-title-AdvancedLabourCollective], [data-testid=unit-title-AdvancedLabourCollective] input").Change(true);
        editor.Find("[data-testid=save-titles]").Click();

        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=titles-saved]")));
        var stored = await App.Service<PledgedTitleService>().GetAsync(TestActors.HeadOf(unit), 1, unit);
        Assert.Contains(Title.AdvancedLabourCollective, stored!.UnitTitles);
    }

    [Fact]
    public async Task ApplyToEveryone_RegistersEveryMemberForAdvancedWorker_AndSearchNarrowsTheList()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, unit);
        var editor = Render<PledgedTitlesEditor>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("[data-testid=person-titles] tbody tr")));
        var staff = await App.Service<PledgedTitleService>().GetAsync(TestActors.HeadOf(unit), 1, unit);

        editor.Find("[data-testid=apply-to-everyone]").Click();
        editor.Find("[data-testid=save-titles]").Click();

        editor.WaitForAssertion(() => Assert.NotNull(editor.Find("[data-testid=titles-saved]")));
        var stored = await App.Service<PledgedTitleService>().GetAsync(TestActors.HeadOf(unit), 1, unit);
        Assert.All(stored!.People, p => Assert.Equal(Title.AdvancedWorker, p.Title));
        Assert.Equal(staff!.People.Count, stored.People.Count);

        var someone = staff.People[^1];
        editor.Find("input[data-testid=person-search], [data-testid=person-search] input").Input(someone.FullName);
        editor.WaitForAssertion(() => Assert.Single(editor.FindAll("[data-testid=person-titles] tbody tr")));
    }
}
