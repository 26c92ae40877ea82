using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Issue 21's amendment of a dossier the receiving board returned: the leadership, who sends it again, withdraws a
/// nominee (the one the board refused) with a reason kept on the nominee and in the audit trail, and adds a passed
/// nominee of the same campaign whose title the dossier's level decides; only while the dossier is back, each refusal
/// named; the letter and the summary list follow; the board's council then meets on what the dossier carries. The
/// agency's officer, the board's appraiser and the agency's council member are refused.
/// </summary>
public sealed class DossierAmendmentTests : FreshAppTests
{
    private ProposalService Proposals => App.Service<ProposalService>();
    private ReceivingBoardService Board => App.Service<ReceivingBoardService>();

    private async Task<string> NameAsync(int nomination)
    {
        await using var db = await App.DbAsync();
        return await db.Nominations.Where(n => n.Id == nomination).Join(db.People, n => n.PersonId, p => p.Id, (_, p) => p.FullName).SingleAsync();
    }

    private async Task<List<string>> LetterAsync(int proposal)
    {
        var file = (await App.Service<ProposalDocumentService>().GetLetterDocxAsync(TestActors.Leader, proposal))!;
        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    private async Task<List<string>> SummaryNamesAsync(int proposal)
    {
        var file = (await App.Service<ProposalDocumentService>().GetSummaryXlsxAsync(TestActors.Leader, proposal))!;
        return [.. MiniExcel.Query(new MemoryStream(file.Content), useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => Convert.ToString(r["Họ và tên / Tập thể"], CultureInfo.InvariantCulture) ?? "")];
    }

    [Fact]
    public async Task AReturnedDossier_LosesTheRefusedNomineeWithItsReason_GainsAPassedOneOfItsLevel_AndItsDocumentsFollow()
    {
        // Two nominees go up in one letter to the board.
        var board = await App.UnitIdAsync(DemoDataSeeder.BoardCode);
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 2);
        var (kept, refused) = (ids[0], ids[1]);
        var sent = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            new ProposalInput { Number = "801/TTr-VP", Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)", ReceivingUnitId = board });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        var proposal = sent.Value;
        var appraiser = TestActors.AppraiserOf(board);

        var added = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));
        var (keptName, refusedName, addedName) = (await NameAsync(kept), await NameAsync(refused), await NameAsync(added));

        // The board refuses one nominee; while the dossier is with it, the agency changes nothing.
        Assert.True((await Board.DecideAsync(appraiser, proposal, [refused],
            new ProposalOutcomeInput { Granted = false, Reason = "Chưa đủ 5 năm liên tục hoàn thành xuất sắc nhiệm vụ." })).IsSuccess);
        Assert.Equal("proposal.not_returned_for_amendment",
            Assert.Single((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [refused], "Rút theo ý kiến thẩm định.")).Errors).Code);
        Assert.Equal("proposal.not_returned_for_amendment",
            Assert.Single((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [added])).Errors).Code);
        Assert.True((await Board.ReturnAsync(appraiser, proposal, "Rút trường hợp không đủ điều kiện; bổ sung trường hợp khác nếu có.")).IsSuccess);

        // Only who sends the dossier again amends it.
        foreach (var wrong in new[] { TestActors.Officer, TestActors.Council, appraiser, BoardCouncilTests.BoardMember(board, 1) })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.WithdrawFromDossierAsync(wrong, proposal, [refused], "Rút."));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.AddToDossierAsync(wrong, proposal, [added]));
        }

        // A withdrawal needs its reason; a nominee not in the dossier or one already decided cannot be withdrawn from it.
        Assert.Equal("nomination.reason_required",
            Assert.Single((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [refused], " ")).Errors).Code);
        Assert.Equal("proposal.not_in_proposal",
            Assert.Single((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [added], "Rút.")).Errors).Code);
        Assert.Equal("proposal.not_in_proposal",
            Assert.Single((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, 999_999, [refused], "Rút.")).Errors).Code);

        // An addition must be a passed nominee of the campaign that the dossier's level decides.
        var failed = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1, passed: false));
        var primeMinister = Assert.Single(await DecisionScenario.NominateAsync(App, Title.PrimeMinisterCertificateOfMerit, 1));
        var agencys = Assert.Single(await DecisionScenario.NominateAsync(App, Title.CertificateOfCommendation, 1));
        Assert.Equal("nomination.not_passed", Assert.Single((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [failed])).Errors).Code);
        Assert.Equal("proposal.mixed_levels", Assert.Single((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [primeMinister])).Errors).Code);
        Assert.Equal("nomination.agency_decides", Assert.Single((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [agencys])).Errors).Code);
        // All or none: a good nominee asked with a wrong one is not added either.
        Assert.False((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [added, primeMinister])).IsSuccess);

        // The leadership withdraws the refused nominee and adds one.
        Assert.True((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [refused],
            "Không đủ điều kiện theo ý kiến thẩm định của Ban.")).IsSuccess);
        Assert.True((await Proposals.AddToDossierAsync(TestActors.Leader, proposal, [added])).IsSuccess);
        await using (var db = await App.DbAsync())
        {
            var withdrawn = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == refused, TestContext.Current.CancellationToken);
            Assert.Equal((NominationStatus.Withdrawn, (int?)proposal, "lanhdao", "Không đủ điều kiện theo ý kiến thẩm định của Ban."),
                (withdrawn.Status, withdrawn.ProposalId, withdrawn.WithdrawnBy, withdrawn.WithdrawalReason));
            Assert.Equal("Chưa đủ 5 năm liên tục hoàn thành xuất sắc nhiệm vụ.", withdrawn.RejectionReason);
            var joined = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == added, TestContext.Current.CancellationToken);
            Assert.Equal((NominationStatus.SentUp, (int?)proposal), (joined.Status, joined.ProposalId));
            foreach (var id in new[] { refused, added })
            {
                var key = id.ToString(CultureInfo.InvariantCulture);
                Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "Nomination" && a.EntityKey == key && a.UserName == "lanhdao",
                    TestContext.Current.CancellationToken), $"no audit entry of the leadership's change to nomination {id}");
            }

            Assert.True(await db.Refusals.AnyAsync(r => r.Area == "proposal" && r.Action == "withdraw", TestContext.Current.CancellationToken));
            Assert.True(await db.Refusals.AnyAsync(r => r.Area == "proposal" && r.Action == "add", TestContext.Current.CancellationToken));
        }

        // The agency's page lists the withdrawn nominee with why; the letter and the summary list name only those carried.
        var view = (await Proposals.BoardAsync(TestActors.Leader, DecisionScenario.CampaignId)).Proposals.Single(p => p.Id == proposal);
        var shown = view.Nominees.Single(n => n.Id == refused);
        Assert.Equal((false, "Không đủ điều kiện theo ý kiến thẩm định của Ban."), (shown.InDossier, shown.WithdrawalReason));
        var letter = await LetterAsync(proposal);
        Assert.Contains(letter, p => p.Contains("xem xét, quyết định khen thưởng cho 2 cá nhân", StringComparison.Ordinal));
        Assert.Contains(keptName, letter);
        Assert.Contains(addedName, letter);
        Assert.DoesNotContain(refusedName, letter);
        var summary = await SummaryNamesAsync(proposal);
        Assert.Equal(2, summary.Count);
        Assert.Contains(keptName, summary);
        Assert.Contains(addedName, summary);

        // Sent again: the board's council meets on the two the dossier carries; no change is taken any more.
        Assert.True((await Proposals.SendAgainAsync(TestActors.Leader, proposal, new ProposalInput { Number = "802/TTr-VP" })).IsSuccess);
        Assert.Equal("proposal.not_returned_for_amendment",
            Assert.Single((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [added], "Rút.")).Errors).Code);
        var council = (await App.Service<CouncilSessionService>().DossierCouncilAsync(appraiser, proposal))!;
        Assert.Equal([kept, added], council.Undecided.Order());
        var dossier = (await Board.DossierAsync(appraiser, proposal))!;
        Assert.Equal(NominationStatus.Withdrawn, dossier.Proposal.Nominees.Single(n => n.Id == refused).Status);
        Assert.DoesNotContain(refusedName, (await Board.InboxAsync(appraiser)).Single(r => r.Id == proposal).Nominees);
    }

    [Fact]
    public async Task TwoAmendmentsOfTheSameNominee_OnlyOneLands()
    {
        var (proposal, kept, board) = await BoardScenario.SentAsync(App, "803/TTr-VP", Title.ProvincialCertificateOfMerit);
        Assert.True((await Board.ReturnAsync(TestActors.AppraiserOf(board), proposal, "Bổ sung.")).IsSuccess);
        var added = Assert.Single(await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, 1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Proposals.AddToDossierAsync(TestActors.Leader, proposal, [added]))));

        Assert.Single(outcomes, o => o.IsSuccess);
        Assert.All(outcomes.Where(o => !o.IsSuccess), o => Assert.Contains(o.Errors[0].Code,
            new[] { "concurrency.changed", "nomination.already_decided" }));
        await using var db = await App.DbAsync();
        Assert.Equal(2, await db.Nominations.CountAsync(n => n.ProposalId == proposal, TestContext.Current.CancellationToken));
        Assert.Equal(kept, await db.Nominations.Where(n => n.ProposalId == proposal).OrderBy(n => n.Id).Select(n => n.Id)
            .FirstAsync(TestContext.Current.CancellationToken));
    }
}
