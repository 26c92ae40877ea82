using Emulation.Domain.Awards;
using Emulation.Domain.Sudden;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.LongService;
using Emulation.Web.Services.Sudden;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.LongService;

/// <summary>
/// Long-service awards through the services on the seeded office: the officer's list from the positions held, the
/// proposal on the sudden-award path, the leadership's decision recording an award of kind LongService.
/// </summary>
public sealed class LongServiceServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private LongServiceService LongService => App.Service<LongServiceService>();
    private DecisionService Decisions => App.Service<DecisionService>();

    [Fact]
    public async Task TheOfficersList_BecomesAProposal_AndTheDecisionRecordsALongServiceAward()
    {
        var list = await LongService.ListAsync(TestActors.Officer);
        Assert.NotEmpty(list.Rows);
        Assert.All(list.Rows, r => Assert.True(r.Explanation.CountedTerms >= r.Explanation.RequiredTerms));
        var row = list.Rows.First(r => r.ProposalId is null);
        await using (var db = await App.DbAsync())
        {
            // The explanation's periods are the person's tenures in leading positions, as recorded.
            var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == row.PersonId);
            var led = person.Tenures.Where(t => t.Position != "Chuyên viên").Min(t => t.From);
            Assert.Equal(led, row.Explanation.Periods[0].From);
        }

        var draft = LongServiceService.Draft(row);
        Assert.Contains("nhiệm kỳ", draft, StringComparison.Ordinal);
        var proposed = await LongService.ProposeAsync(TestActors.Officer, new LongServiceProposalInput
        {
            PersonId = row.PersonId, Title = row.Explanation.Title, Achievement = draft,
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var again = await LongService.ProposeAsync(TestActors.Officer, new LongServiceProposalInput
        {
            PersonId = row.PersonId, Title = row.Explanation.Title, Achievement = draft,
        });
        Assert.Equal("long_service.already_proposed", Assert.Single(again.Errors).Code);

        var detail = (await App.Service<SuddenAwardService>().GetAsync(TestActors.Leader, proposed.Value))!;
        Assert.Equal(AwardKind.LongService, detail.Row.Kind);
        Assert.Contains(list.RuleSetId, detail.Article, StringComparison.Ordinal);
        Assert.True(detail.CanDecide);

        var issued = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value,
            new DecisionInput { DecisionNumber = "811/QĐ-VP", DecisionDate = new DateTime(2026, 12, 1) });
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        await using (var db = await App.DbAsync())
        {
            var award = await db.Awards.SingleAsync(a => a.DecisionId == issued.Value);
            Assert.Equal(AwardKind.LongService, award.Kind);
            Assert.Equal(row.PersonId, award.PersonId);
            Assert.Equal(SuddenProposalStatus.Decided,
                (await db.SuddenProposals.SingleAsync(p => p.Id == proposed.Value)).Status);
        }

        var document = (await App.Service<DecisionDocumentService>().GetAsync(TestActors.Leader, issued.Value))!;
        Assert.Equal("Về việc khen thưởng quá trình cống hiến", document.Subject);
        Assert.Matches("^Tặng Giấy khen của .+ cho 01 cá nhân đã có quá trình cống hiến: ", document.Articles[0]);

        // Awarded once: the person leaves the list.
        Assert.DoesNotContain((await LongService.ListAsync(TestActors.Officer)).Rows,
            r => r.PersonId == row.PersonId && r.Explanation.Title == row.Explanation.Title);
    }

    [Fact]
    public async Task TheWrongUser_IsRefused_AndSomeoneNotListedCannotBeProposed()
    {
        int unitId, specialist;
        await using (var db = await App.DbAsync())
        {
            var person = await db.People.AsNoTracking().Where(p => p.LeftOn == null && p.Position == "Chuyên viên")
                .OrderByDescending(p => p.RecruitedOn).FirstAsync();
            (unitId, specialist) = (person.UnitId, person.Id);
        }

        var input = new LongServiceProposalInput { PersonId = specialist, Title = Title.CertificateOfCommendation, Achievement = "x" };
        foreach (var wrong in new[] { TestActors.Leader, TestActors.Council, TestActors.Admin, TestActors.HeadOf(unitId) })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => LongService.ListAsync(wrong));
            await Assert.ThrowsAsync<AccessDeniedException>(() => LongService.ProposeAsync(wrong, input));
        }

        var notListed = await LongService.ProposeAsync(TestActors.Officer, input);
        var noSuchForm = await LongService.ProposeAsync(TestActors.Officer,
            new LongServiceProposalInput { PersonId = specialist, Title = Title.LabourOrderThirdClass, Achievement = "x" });
        var nobody = await LongService.ProposeAsync(TestActors.Officer,
            new LongServiceProposalInput { PersonId = int.MaxValue, Title = Title.CertificateOfCommendation, Achievement = "x" });

        Assert.Equal("sudden.not_eligible_long_service", Assert.Single(notListed.Errors).Code);
        Assert.Equal("sudden.not_eligible_long_service", Assert.Single(noSuchForm.Errors).Code);
        Assert.Equal("sudden.not_eligible_long_service", Assert.Single(nobody.Errors).Code);
    }
}
