using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Domain.Rules;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// What the agency may not grant goes up in a proposal dossier (Law 06/2022 Art. 78–80): never under its own decision;
/// the higher level's return and outcome are recorded, and the award carries the real issuer.
/// </summary>
public sealed class ProposalServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalService Proposals => App.Service<ProposalService>();

    private static ProposalInput Letter(string number) =>
        new() { Number = number, Date = new DateTime(2026, 12, 15), Recipient = "Chủ tịch UBND tỉnh Quảng Trị (qua Sở Nội vụ)" };

    [Fact]
    public async Task AgencyDecision_OfAProvincialCertificateOfMerit_IsRefused_AndNothingIsIssued()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1);

        var issued = await App.Service<DecisionService>().IssueAwardDecisionAsync(TestActors.Leader,
            DecisionScenario.CampaignId, ids, DecisionScenario.Input("701/QĐ-VP"));

        Assert.Equal("decision.decided_above", Assert.Single(issued.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Decisions.AnyAsync(d => d.Number == "701/QĐ-VP"));
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[0]));
    }

    [Fact]
    public async Task ApprovalList_ShowsOnlyWhatTheAgencyGrants_AndTheBoardListsTheRestWithItsAuthority()
    {
        var above = await DecisionScenario.NominateAsync(App, Title.PrimeMinisterCertificateOfMerit, 1);
        var own = await DecisionScenario.NominateAsync(App, Title.AdvancedWorker, 1);

        var approval = await App.Service<AwardService>().ListForDecisionAsync(TestActors.Leader, DecisionScenario.CampaignId);
        var board = await Proposals.BoardAsync(TestActors.Officer, DecisionScenario.CampaignId);

        Assert.Contains(approval, n => n.Id == own[0]);
        Assert.DoesNotContain(approval, n => n.Id == above[0]);
        var waiting = Assert.Single(board.Waiting, n => n.Id == above[0]);
        Assert.Equal((AwardingLevel.PrimeMinister, GrantingRules.NationalArticle), (waiting.DecidedBy, waiting.Article));
        Assert.DoesNotContain(board.Waiting, n => n.Id == own[0]);
    }

    [Fact]
    public async Task SendUp_ReturnForAmendment_SendAgain_AndGrant_RecordsTheAwardUnderTheRealIssuer()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2);

        var sent = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, Letter("45/TTr-VP"));
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        Assert.True((await Proposals.ReturnAsync(TestActors.Officer, sent.Value, "Bổ sung báo cáo thành tích")).IsSuccess);
        var early = await Proposals.RecordOutcomeAsync(TestActors.Officer, sent.Value, ids,
            new ProposalOutcomeInput { DecisionNumber = "1234/QĐ-UBND", IssuerName = "Chủ tịch UBND tỉnh Quảng Trị" });
        Assert.Equal("proposal.not_sent", Assert.Single(early.Errors).Code);
        Assert.True((await Proposals.SendAgainAsync(TestActors.Leader, sent.Value, new ProposalInput { Number = "52/TTr-VP" })).IsSuccess);

        var granted = await Proposals.RecordOutcomeAsync(TestActors.Officer, sent.Value, [ids[0]], new ProposalOutcomeInput
        {
            DecisionNumber = "1234/QĐ-UBND",
            DecisionDate = new DateTime(2027, 1, 10),
            IssuerName = "Chủ tịch UBND tỉnh Quảng Trị",
        });
        var refused = await Proposals.RecordOutcomeAsync(TestActors.Officer, sent.Value, [ids[1]],
            new ProposalOutcomeInput { Granted = false, Reason = "Chưa đủ thành tích" });

        Assert.True(granted.IsSuccess, string.Join("; ", granted.Errors));
        Assert.True(refused.IsSuccess, string.Join("; ", refused.Errors));
        await using var db = await App.DbAsync();
        var award = await db.Awards.SingleAsync(a => a.NominationId == ids[0]);
        Assert.Equal(("1234/QĐ-UBND", new DateOnly(2027, 1, 10), "Chủ tịch UBND tỉnh Quảng Trị", AwardKind.Merit),
            (award.DecisionNumber, award.DecisionDate, award.IssuerName, award.Kind));
        Assert.Null(award.DecisionId);
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[1]));
        var proposal = await db.Proposals.SingleAsync(p => p.Id == sent.Value);
        Assert.Equal((ProposalStatus.Closed, "52/TTr-VP", 1), (proposal.Status, proposal.Number, proposal.Resent));
        var board = await Proposals.BoardAsync(TestActors.Leader, DecisionScenario.CampaignId);
        var dossier = Assert.Single(board.Proposals, p => p.Id == sent.Value);
        Assert.Equal([NominationStatus.Approved, NominationStatus.Rejected],
            dossier.Nominees.OrderBy(n => n.Id).Select(n => n.Status));
    }

    [Fact]
    public async Task SendUp_MixingAuthorities_OrATitleTheAgencyGrants_IsRefused_AndNothingIsSent()
    {
        var provincial = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1);
        var national = await DecisionScenario.NominateAsync(App, Title.LabourOrderThirdClass, 1);
        var own = await DecisionScenario.NominateAsync(App, Title.GrassrootsEmulationFighter, 1);

        var mixed = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, [.. provincial, .. national], Letter("60/TTr-VP"));
        var agency = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, own, Letter("61/TTr-VP"));

        Assert.Equal("proposal.mixed_levels", Assert.Single(mixed.Errors).Code);
        Assert.Equal("nomination.agency_decides", Assert.Single(agency.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Proposals.AnyAsync(p => p.Number == "60/TTr-VP" || p.Number == "61/TTr-VP"));
        Assert.All(await db.Nominations.Where(n => provincial.Contains(n.Id) || national.Contains(n.Id) || own.Contains(n.Id)).ToListAsync(),
            n => Assert.Equal((NominationStatus.Passed, (int?)null), (n.Status, n.ProposalId)));
    }

    [Fact]
    public async Task RecordOutcome_WithABadDecisionNumber_IsRefused_AndNoAwardIsMade()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1);
        var sent = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, Letter("70/TTr-VP"));
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));

        var outcome = await Proposals.RecordOutcomeAsync(TestActors.Officer, sent.Value, ids,
            new ProposalOutcomeInput { DecisionNumber = "không số" });

        Assert.Equal("decision.number_format", Assert.Single(outcome.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[0]));
        Assert.Equal(NominationStatus.SentUp, (await db.Nominations.SingleAsync(n => n.Id == ids[0])).Status);
    }

    [Fact]
    public async Task WrongUsers_AreRefused()
    {
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.BoardAsync(head, DecisionScenario.CampaignId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.BoardAsync(TestActors.Council, DecisionScenario.CampaignId));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Proposals.SendUpAsync(TestActors.Officer, DecisionScenario.CampaignId, [1], Letter("80/TTr-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Proposals.RecordOutcomeAsync(TestActors.Council, 1, [1], new ProposalOutcomeInput()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.ReturnAsync(head, 1, "x"));
    }
}
