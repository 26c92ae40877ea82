using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Decisions;

/// <summary>Issuing and revoking decisions through the service, on the seeded app; each test uses its own numbers and people.</summary>
public sealed class DecisionServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private DecisionService Decisions => App.Service<DecisionService>();

    [Fact]
    public async Task Issue_ApprovesTheNominations_AndGrantsAwardsWithCashAndVerificationCodes()
    {
        var detail = await DecisionScenario.IssueAsync(App, "601/QĐ-VP", Title.GrassrootsEmulationFighter, 3);

        Assert.Equal(DecisionKind.Award, detail.Decision.Kind);
        Assert.Equal("601/QĐ-VP", detail.Decision.Number);
        Assert.Equal(new DateOnly(2026, 12, 20), detail.Decision.Date);
        Assert.Equal("Trần Quốc Bảo", detail.Decision.SignerName);
        Assert.Equal(3, detail.Lines.Count);
        // CSTĐCS: 1.0 × the base salary in force on 20/12/2026 (2,340,000 from Decree 73/2024).
        Assert.All(detail.Lines, l => Assert.Equal(2_340_000m, l.CashVnd));
        Assert.Equal(7_020_000m, detail.TotalCashVnd);
        var codes = detail.Lines.Select(l => l.VerificationCode!).ToList();
        Assert.All(codes, c => Assert.Matches("^[A-Za-z0-9_-]{22}$", c));
        Assert.Equal(3, codes.Distinct(StringComparer.Ordinal).Count());

        await using var db = await App.DbAsync();
        var awards = await db.Awards.Where(a => a.DecisionId == detail.Decision.Id).ToListAsync();
        Assert.All(awards, a => Assert.Equal("601/QĐ-VP", a.DecisionNumber));
        var nominationIds = awards.Select(a => a.NominationId).ToList();
        Assert.All(await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToListAsync(),
            n => Assert.Equal(NominationStatus.Approved, n.Status));
    }

    [Fact]
    public async Task Issue_WithANumberAlreadyUsedThisYear_IsRefusedAndChangesNothing()
    {
        await DecisionScenario.IssueAsync(App, "602/QĐ-VP", Title.AdvancedWorker, 1);
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 2);
        var before = await CountsAsync();

        var outcome = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input(" 602/QĐ-VP "));

        Assert.Equal("decision.number_taken", Assert.Single(outcome.Errors).Code);
        Assert.Equal(before, await CountsAsync());
        await AssertStatusAsync(ids, NominationStatus.Passed);

        // Numbers restart each year: the same number in January next year is another decision.
        var nextYear = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input("602/QĐ-VP", new DateTime(2027, 1, 5)));
        Assert.True(nextYear.IsSuccess, string.Join("; ", nextYear.Errors));
    }

    [Fact]
    public async Task Issue_WithoutAPassedCouncilVote_IsRefused()
    {
        var proposed = await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 1, passed: null);
        var failed = await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 1, passed: false);
        var before = await CountsAsync();

        var outcome = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
            [.. proposed, .. failed], DecisionScenario.Input("603/QĐ-VP"));

        Assert.All(outcome.Errors, e => Assert.Equal("nomination.not_passed", e.Code));
        Assert.NotEmpty(outcome.Errors);
        Assert.Equal(before, await CountsAsync());
        await AssertStatusAsync(proposed, NominationStatus.Proposed);
    }

    [Fact]
    public async Task Issue_ForAnAlreadyApprovedNomination_IsRefused()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 1);
        Assert.True((await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input("604/QĐ-VP"))).IsSuccess);
        var before = await CountsAsync();

        var again = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input("605/QĐ-VP"));

        Assert.Equal("nomination.already_decided", Assert.Single(again.Errors).Code);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("", "decision.number_required")]
    [InlineData("QĐ-VP", "decision.number_format")]
    [InlineData("12/", "decision.number_format")]
    public async Task Issue_WithABadNumber_IsRefused(string number, string code)
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);

        var outcome = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input(number));

        Assert.Equal(code, Assert.Single(outcome.Errors).Code);
        await AssertStatusAsync(ids, NominationStatus.Passed);
    }

    [Fact]
    public async Task Issue_WithANominationOfAnotherCampaign_IsRefusedAsNotInTheCampaign()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);
        var before = await CountsAsync();

        var outcome = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
            [.. ids, int.MaxValue], DecisionScenario.Input("650/QĐ-VP"));

        Assert.Equal("nomination.not_in_campaign", Assert.Single(outcome.Errors).Code);
        Assert.Equal(before, await CountsAsync());
        await AssertStatusAsync(ids, NominationStatus.Passed);
    }

    [Fact]
    public async Task Revoke_IssuesANewDecision_MarksTheAwardRevoked_AndCannotBeRepeated()
    {
        var granted = await DecisionScenario.IssueAsync(App, "606/QĐ-VP", Title.AdvancedWorker, 2);
        var target = granted.Lines[0];

        var revoked = await Decisions.RevokeAsync(TestActors.Leader, [target.AwardId], Revocation("607/QĐ-VP"));

        Assert.True(revoked.IsSuccess, string.Join("; ", revoked.Errors));
        var revocation = (await Decisions.GetAsync(TestActors.Leader, revoked.Value))!;
        Assert.Equal(DecisionKind.Revocation, revocation.Decision.Kind);
        Assert.Equal(["606/QĐ-VP"], revocation.RevokedDecisionNumbers);
        Assert.True(Assert.Single(revocation.Lines).Revoked);
        var original = (await Decisions.GetAsync(TestActors.Leader, granted.Decision.Id))!;
        Assert.Equal("606/QĐ-VP", original.Decision.Number); // the original decision is unchanged, its line marked
        Assert.True(original.Lines.Single(l => l.AwardId == target.AwardId).Revoked);
        Assert.False(original.Lines.Single(l => l.AwardId != target.AwardId).Revoked);

        var verification = await Decisions.VerifyAsync(target.VerificationCode!);
        Assert.True(verification!.Revoked);

        var twice = await Decisions.RevokeAsync(TestActors.Leader, [target.AwardId], Revocation("608/QĐ-VP"));
        Assert.Equal("award.already_revoked", Assert.Single(twice.Errors).Code);

        await using var db = await App.DbAsync();
        var nominationId = await db.Awards.Where(a => a.Id == target.AwardId).Select(a => a.NominationId!.Value).SingleAsync();
        var reapprove = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId,
            [nominationId], DecisionScenario.Input("609/QĐ-VP"));
        Assert.Equal("award.revoked", Assert.Single(reapprove.Errors).Code);
        Assert.False(await db.Decisions.AnyAsync(d => d.Number == "608/QĐ-VP" || d.Number == "609/QĐ-VP"));
    }

    [Fact]
    public async Task Revoke_FlagsALaterNominationWhoseStreakCountedTheAward_AndItCannotBeApproved()
    {
        await using var db = await App.DbAsync();
        var fighterAward = await db.Awards
            .Where(a => a.Title == Title.GrassrootsEmulationFighter && a.Year == 2025 && a.PersonId != null &&
                a.RevokedByDecisionId == null)
            .OrderBy(a => a.Id).FirstAsync();
        var personId = fighterAward.PersonId!.Value;
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1,
            people: q => q.Where(p => p.Id == personId));

        var revoked = await Decisions.RevokeAsync(TestActors.Leader, [fighterAward.Id], Revocation("610/QĐ-VP"));

        Assert.True(revoked.IsSuccess, string.Join("; ", revoked.Errors));
        var flags = await Decisions.RevokedBasisNotesAsync(TestActors.Leader, DecisionScenario.CampaignId);
        Assert.Contains("Chiến sĩ thi đua cơ sở năm 2025 đã bị thu hồi theo Quyết định số 610/QĐ-VP", flags[ids[0]],
            StringComparison.Ordinal);
        var approve = await Decisions.IssueAwardDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            DecisionScenario.Input("611/QĐ-VP"));
        Assert.Equal("nomination.basis_revoked", Assert.Single(approve.Errors).Code);
    }

    [Fact]
    public async Task Verify_ShowsOnlyNameTitleNumberAndDate_OrNothingForAnUnknownCode()
    {
        var detail = await DecisionScenario.IssueAsync(App, "612/QĐ-VP", Title.AdvancedWorker, 1);
        var line = Assert.Single(detail.Lines);

        var view = await Decisions.VerifyAsync(line.VerificationCode!);

        Assert.Equal(new VerificationView(line.RecipientName, Title.AdvancedWorker, "612/QĐ-VP", new DateOnly(2026, 12, 20),
            Revoked: false, IssuedHere: true), view);
        Assert.Null(await Decisions.VerifyAsync("AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(await Decisions.VerifyAsync(""));
    }

    [Fact]
    public async Task OnlyLeadership_IssuesOrRevokes()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.IssueAwardDecisionAsync(TestActors.Council,
            DecisionScenario.CampaignId, ids, DecisionScenario.Input("613/QĐ-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.IssueAwardDecisionAsync(TestActors.Officer,
            DecisionScenario.CampaignId, ids, DecisionScenario.Input("613/QĐ-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.RevokeAsync(TestActors.HeadOf(2), [1],
            Revocation("613/QĐ-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.ListAsync(TestActors.HeadOf(2)));
        await AssertStatusAsync(ids, NominationStatus.Passed);
    }

    private static RevocationInput Revocation(string number) => new()
    {
        Number = number,
        Date = new DateTime(2027, 2, 10),
        SignerName = "Trần Quốc Bảo",
        SignerPosition = "Chánh Văn phòng",
        Reason = "Phát hiện hồ sơ kê khai không trung thực",
    };

    private async Task<(int Decisions, int Awards)> CountsAsync()
    {
        await using var db = await App.DbAsync();
        return (await db.Decisions.CountAsync(), await db.Awards.CountAsync());
    }

    private async Task AssertStatusAsync(IEnumerable<int> ids, NominationStatus status)
    {
        await using var db = await App.DbAsync();
        var list = ids.ToList();
        Assert.All(await db.Nominations.Where(n => list.Contains(n.Id)).ToListAsync(), n => Assert.Equal(status, n.Status));
    }
}
