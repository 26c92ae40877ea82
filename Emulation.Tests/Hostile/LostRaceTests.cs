using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Decisions;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.LongService;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Two people doing the same thing at the same moment, through the services the static pages and the API call: both
/// have read before either saves (a <see cref="SaveRendezvous{T}"/> holds the saves until both arrive), one is saved and
/// the other is told that someone else saved first, as a result the page shows beside its form, never an exception.
/// The class's tests share one app: each races on rows of its own (its own holiday, codes, nominations, decision
/// numbers, reader and unit), and the rendezvous is held in the app's saves only while its race runs.
/// </summary>
public sealed class LostRaceTests(AppFixture fixture) : SharedAppTests(fixture)
{
    private static async Task<IReadOnlyList<TResult>> BothAtOnceAsync<TEntity, TResult>(EmulationAppFactory app,
        EntityState state, Func<IServiceProvider, int, Task<TResult>> act) where TEntity : class
    {
        var rendezvous = new SaveRendezvous<TEntity>(2, state);
        TResult[] outcomes;
        using (app.Rendezvous.Hold(rendezvous))
        {
            outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => act(app.Services, i))));
        }

        Assert.True(rendezvous.Met, "both saves should have read before either wrote");
        return outcomes;
    }

    private static void OneSaved_TheOtherToldSomeoneElseSaved(IEnumerable<Result> outcomes)
    {
        var all = outcomes.ToList();
        Assert.Single(all, o => o.IsSuccess);
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(Assert.Single(all, o => !o.IsSuccess).Errors).Code);
    }

    [Fact]
    public async Task TwoAdministratorsRemovingTheSameHoliday_OneRemovesIt_TheOtherIsToldSomeoneElseDid()
    {
        var day = new DateOnly(2026, 12, 24);
        Assert.True((await App.Service<WorkingCalendarService>().AddAsync(TestActors.Admin, day, "Nghỉ bù")).IsSuccess);

        var outcomes = await BothAtOnceAsync<PublicHoliday, Result>(App, EntityState.Deleted,
            (s, _) => s.GetRequiredService<WorkingCalendarService>().RemoveAsync(TestActors.Admin, day));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
        await using var db = await App.DbAsync();
        Assert.False(await db.PublicHolidays.AnyAsync(h => h.Date == day, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TwoAdministratorsPublishingTheSameTitle_OneChoiceStands_TheOtherIsToldSomeoneElseSaved()
    {
        var outcomes = await BothAtOnceAsync<PublishedTitle, Result>(App, EntityState.Added,
            (s, _) => s.GetRequiredService<PublicDecisionService>().SetPublishedTitlesAsync(TestActors.Admin, [Title.AdvancedWorker]));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
        Assert.Equal([Title.AdvancedWorker], await App.Service<PublicDecisionService>().PublishedTitlesAsync(TestActors.Admin));
    }

    [Fact]
    public async Task OneReaderSavingEmailChoicesFromTwoTabs_OneSaveStands_TheOtherIsToldSomeoneElseSaved()
    {
        string userId;
        await using (var db = await App.DbAsync())
        {
            userId = await db.Users.Where(u => u.UserName == "tp.th").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var reader = new Actor(userId, "tp.th", new HashSet<string> { Roles.DepartmentHead }, null);
        var outcomes = await BothAtOnceAsync<NotificationPreference, Result>(App, EntityState.Added,
            (s, i) => s.GetRequiredService<InboxService>().SetEmailChoicesAsync(reader,
                i == 0 ? [NotificationKind.CampaignLaunched] : []));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
        var stored = await App.Service<InboxService>().EmailChoicesAsync(reader);
        Assert.Equal(NoticeReaders.KindsFor(reader).Count, stored.Count);
    }

    [Fact]
    public async Task AcceptingAndReturningOneUnitsResultsAtOnce_OneReviewStands_TheOtherIsToldSomeoneElseSaved()
    {
        var unit = (await App.Service<ReviewService>().ProgressAsync(TestActors.Officer, DecisionScenario.CampaignId))!.Rows
            .First(p => p.ResultStatus == SubmissionStatus.Submitted).UnitId;

        var outcomes = await BothAtOnceAsync<UnitResult, Result>(App, EntityState.Modified, (s, i) =>
        {
            var review = s.GetRequiredService<ReviewService>();
            return i == 0
                ? review.AcceptAsync(TestActors.Officer, DecisionScenario.CampaignId, unit, SubmissionKind.Results)
                : review.ReturnAsync(TestActors.Officer, DecisionScenario.CampaignId, unit, SubmissionKind.Results, "Thiếu minh chứng");
        });

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
    }

    [Fact]
    public async Task TwoOfficersWithdrawingOneNomination_OneWithdrawalStands_TheOtherIsToldSomeoneElseSaved()
    {
        var nomination = (await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1))[0];

        var outcomes = await BothAtOnceAsync<Emulation.Domain.Awards.Nomination, Result>(App, EntityState.Modified, (s, i) =>
            s.GetRequiredService<NominationService>().WithdrawAsync(TestActors.Officer, DecisionScenario.CampaignId, nomination,
                $"Đơn vị xin rút ({i})"));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
    }

    [Fact]
    public async Task TheLeaderRejectingOneNominationTwiceAtOnce_OneRejectionStands_TheOtherIsToldSomeoneElseSaved()
    {
        var nomination = (await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1))[0];

        var outcomes = await BothAtOnceAsync<Emulation.Domain.Awards.Nomination, Result>(App, EntityState.Modified, (s, i) =>
            s.GetRequiredService<AwardService>().RejectAsync(TestActors.Leader, DecisionScenario.CampaignId, [nomination],
                $"Chưa đủ tiêu chuẩn ({i})"));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes);
    }

    [Fact]
    public async Task TwoLeadersDecidingTheSameNominationsAtOnce_OneDecisionIsIssued_TheOtherIsToldSomeoneElseSaved_NotThatItsNumberIsTaken()
    {
        var nominations = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);

        var outcomes = await BothBeginningAtOnceAsync((s, i) => s.GetRequiredService<DecisionService>().IssueAwardDecisionAsync(
            TestActors.Leader, DecisionScenario.CampaignId, nominations, DecisionScenario.Input($"{9301 + i}/QĐ-VP")));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes.Select(o => o.IsSuccess ? Result.Success() : Result.Failure(o.Errors)));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Decisions.CountAsync(d => d.Number.StartsWith("930"), TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Awards.CountAsync(a => a.NominationId != null && nominations.Contains(a.NominationId.Value),
            TestContext.Current.CancellationToken));
    }

    /// <summary>Two operations that write in a transaction of their own, both having read before either begins it.</summary>
    private async Task<IReadOnlyList<Result<int>>> BothBeginningAtOnceAsync(Func<IServiceProvider, int, Task<Result<int>>> act)
    {
        var rendezvous = new TransactionRendezvous(2);
        Result<int>[] outcomes;
        using (App.Rendezvous.Hold(rendezvous))
        {
            rendezvous.Arm();
            outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => act(App.Services, i))));
        }

        Assert.True(rendezvous.Met, "both should have read before either began to write");
        return outcomes;
    }

    [Fact]
    public async Task TwoKeepersAddingOnePersonCode_OnePersonIsAdded_TheOtherIsToldSomeoneElseSaved()
    {
        var unit = await App.UnitIdAsync("TH");
        var draft = new NewPerson("DUA-01", "Lê Thị Đua", Gender.Female, null, unit, "Chuyên viên", new DateOnly(2020, 1, 1));

        var outcomes = await BothAtOnceAsync<Person, Result<int>>(App, EntityState.Added,
            (s, _) => s.GetRequiredService<PeopleService>().AddAsync(TestActors.Admin, draft));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes.Select(o => o.IsSuccess ? Result.Success() : Result.Failure(o.Errors)));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.People.CountAsync(p => p.Code == "DUA-01", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TwoAdministratorsCreatingOneUnitCode_OneUnitIsCreated_TheOtherIsToldSomeoneElseSaved()
    {
        var outcomes = await BothAtOnceAsync<Unit, Result<int>>(App, EntityState.Added,
            (s, _) => s.GetRequiredService<OrganizationService>().CreateAsync(TestActors.Admin,
                new NewUnit("DUA", "Phòng Đua"), UnitKind.Department, null));

        OneSaved_TheOtherToldSomeoneElseSaved(outcomes.Select(o => o.IsSuccess ? Result.Success() : Result.Failure(o.Errors)));
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.Units.CountAsync(u => u.Code == "DUA", TestContext.Current.CancellationToken));
    }
    [Fact]
    public async Task TwoOfficersProposingOnePersonForOneLongServiceForm_OneProposalStands_TheOtherIsToldItIsProposed()
    {
        var row = (await App.Service<LongServiceService>().ListAsync(TestActors.Officer)).Rows.First(r => r.ProposalId is null);
        var input = new LongServiceProposalInput
        {
            PersonId = row.PersonId, Title = row.Explanation.Title, Achievement = LongServiceService.Draft(row),
        };

        var outcomes = await BothAtOnceAsync<Emulation.Domain.Sudden.SuddenProposal, Result<int>>(App, EntityState.Added,
            (s, _) => s.GetRequiredService<LongServiceService>().ProposeAsync(TestActors.Officer, input));

        Assert.Single(outcomes, o => o.IsSuccess);
        Assert.Equal("long_service.already_proposed", Assert.Single(Assert.Single(outcomes, o => !o.IsSuccess).Errors).Code);
        await using var db = await App.DbAsync();
        Assert.Equal(1, await db.SuddenProposals.CountAsync(p => p.Kind == AwardKind.LongService && p.PersonId == row.PersonId
            && p.Title == row.Explanation.Title, TestContext.Current.CancellationToken));
    }
}
