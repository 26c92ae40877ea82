using Emulation.Domain.Awards;
using Emulation.Domain.Organization;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Proposals;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Issue 21, item 4: the receiving level inside the deployment — the provincial emulation board, a node of its own with
/// its own users — receives the dossiers addressed to it, appraises each nominee, returns for amendment and decides;
/// the agency follows each state and no longer records those by hand.
/// </summary>
public sealed class ReceivingBoardServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private ProposalService Proposals => App.Service<ProposalService>();
    private ReceivingBoardService Board => App.Service<ReceivingBoardService>();

    private async Task<int> BoardIdAsync() => await App.UnitIdAsync(DemoDataSeeder.BoardCode);

    private async Task<(int Proposal, List<int> Nominations, int BoardId)> SendToBoardAsync(string number, int count = 1)
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialCertificateOfMerit, count);
        var board = await BoardIdAsync();
        var sent = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, new ProposalInput
        {
            Number = number,
            Date = new DateTime(2026, 12, 15),
            Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
            ReceivingUnitId = board,
        });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        return (sent.Value, ids, board);
    }

    private async Task<List<InboxNotification>> NotificationsOfAsync(string userName, NotificationKind kind)
    {
        await using var db = await App.DbAsync();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == id && n.Kind == kind).ToListAsync();
    }

    [Fact]
    public async Task TheBoard_WritesNoNoteOnANomineeTheAgencyWithdrew_SayingWhyInVietnamese_AndNotesTheOneKept()
    {
        var (proposal, ids, board) = await SendToBoardAsync("96/TTr-VP", 2);
        var appraiser = TestActors.AppraiserOf(board);
        Assert.True((await Board.ReturnAsync(appraiser, proposal, "Rút trường hợp chưa đủ điều kiện.")).IsSuccess);
        Assert.True((await Proposals.WithdrawFromDossierAsync(TestActors.Leader, proposal, [ids[1]], "Theo ý kiến thẩm định.")).IsSuccess);
        Assert.True((await Proposals.SendAgainAsync(TestActors.Leader, proposal, new ProposalInput { Number = "97/TTr-VP" })).IsSuccess);

        var refused = await Board.AppraiseAsync(appraiser, proposal, ids[1], "Đủ điều kiện.");

        var error = Assert.Single(refused.Errors);
        Assert.Equal("proposal.nominee_withdrawn", error.Code);
        var words = App.Service<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        Assert.Equal("Cơ quan đề nghị đã rút người này khỏi hồ sơ; không ghi ý kiến thẩm định cho người đã rút.", words.Describe(error));

        Assert.True((await Board.AppraiseAsync(appraiser, proposal, ids[0], "Đủ điều kiện theo Điều 74.")).IsSuccess);
        var notes = (await Board.DossierAsync(appraiser, proposal))!.Proposal.Notes;
        Assert.Equal([ids[0]], notes.Select(n => n.NominationId));
        await using var db = await App.DbAsync();
        Assert.True(await db.Refusals.AnyAsync(r => r.Area == "proposal" && r.Action == "appraise", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheBoard_Returns_TheAgencyResends_TheBoardAppraisesAndDecides_AndTheAwardCarriesTheProvincialIssuer()
    {
        var (proposal, ids, board) = await SendToBoardAsync("90/TTr-VP", 2);
        var appraiser = TestActors.AppraiserOf(board);

        var inbox = await Board.InboxAsync(appraiser);
        var row = Assert.Single(inbox, r => r.Id == proposal);
        Assert.Equal((ProposalStatus.Sent, false, 2, DemoOrganization.AgencyName), (row.Status, row.UnderAppraisal, row.Nominees.Count, row.Agency));
        Assert.Contains(await NotificationsOfAsync(DemoDataSeeder.BoardUserName, NotificationKind.ProposalReceived),
            n => n.Link == $"board/{proposal}");

        // The agency no longer records what the board does.
        Assert.Equal("proposal.board_decides", Assert.Single((await Proposals.ReturnAsync(TestActors.Officer, proposal, "x")).Errors).Code);
        Assert.Equal("proposal.board_decides", Assert.Single((await Proposals.RecordOutcomeAsync(TestActors.Officer, proposal, ids,
            new ProposalOutcomeInput { DecisionNumber = "1/QĐ-UBND" })).Errors).Code);

        Assert.Equal("proposal.reason_required", Assert.Single((await Board.ReturnAsync(appraiser, proposal, " ")).Errors).Code);
        Assert.True((await Board.ReturnAsync(appraiser, proposal, "Bổ sung biên bản họp Hội đồng")).IsSuccess);
        var returned = Assert.Single(await NotificationsOfAsync("congdoan", NotificationKind.ProposalReturned), n => n.Subject == "90/TTr-VP");
        Assert.Equal("Bổ sung biên bản họp Hội đồng", returned.Detail);
        var agencyView = Assert.Single((await Proposals.BoardAsync(TestActors.Officer, DecisionScenario.CampaignId)).Proposals, p => p.Id == proposal);
        Assert.Equal((ProposalStatus.Returned, "Bổ sung biên bản họp Hội đồng", "Ban Thi đua – Khen thưởng tỉnh (Sở Nội vụ)"),
            (agencyView.Status, agencyView.ReturnReason, agencyView.Board));

        Assert.True((await Proposals.SendAgainAsync(TestActors.Leader, proposal, new ProposalInput { Number = "95/TTr-VP" })).IsSuccess);
        Assert.True((await Board.AppraiseAsync(appraiser, proposal, ids[0], "Đủ tiêu chuẩn theo Điều 73 Luật Thi đua, khen thưởng")).IsSuccess);
        Assert.True((await Board.InboxAsync(appraiser)).Single(r => r.Id == proposal).UnderAppraisal);

        var granted = await Board.DecideAsync(appraiser, proposal, [ids[0]], new ProposalOutcomeInput
        {
            DecisionNumber = "2345/QĐ-UBND",
            DecisionDate = new DateTime(2027, 1, 12),
            IssuerName = "Chủ tịch UBND tỉnh Quảng Trị",
        });
        var refused = await Board.DecideAsync(appraiser, proposal, [ids[1]],
            new ProposalOutcomeInput { Granted = false, Reason = "Chưa đủ 02 năm hoàn thành xuất sắc nhiệm vụ" });

        Assert.True(granted.IsSuccess, string.Join("; ", granted.Errors));
        Assert.True(refused.IsSuccess, string.Join("; ", refused.Errors));
        await using var db = await App.DbAsync();
        var award = await db.Awards.SingleAsync(a => a.NominationId == ids[0]);
        Assert.Equal(("2345/QĐ-UBND", new DateOnly(2027, 1, 12), "Chủ tịch UBND tỉnh Quảng Trị", Title.ProvincialCertificateOfMerit),
            (award.DecisionNumber, award.DecisionDate, award.IssuerName, award.Title));
        Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[1]));
        Assert.Equal(ProposalStatus.Closed, (await db.Proposals.SingleAsync(p => p.Id == proposal)).Status);
        var note = await db.AppraisalNotes.SingleAsync(n => n.ProposalId == proposal);
        Assert.Equal((ids[0], DemoDataSeeder.BoardUserName), (note.NominationId, note.By));
        Assert.Equal(2, (await NotificationsOfAsync("congdoan", NotificationKind.ProposalDecided)).Count(n => n.Subject == "95/TTr-VP"));

        var after = Assert.Single((await Proposals.BoardAsync(TestActors.Leader, DecisionScenario.CampaignId)).Proposals, p => p.Id == proposal);
        Assert.Equal("Đủ tiêu chuẩn theo Điều 73 Luật Thi đua, khen thưởng", Assert.Single(after.Notes).Text);
        Assert.Equal([NominationStatus.Approved, NominationStatus.Rejected], after.Nominees.OrderBy(n => n.Id).Select(n => n.Status));
    }

    [Fact]
    public async Task AnotherBoardsAppraiser_SeesNothing_AndCanDoNothing_OnTheDossier()
    {
        var (proposal, ids, _) = await SendToBoardAsync("91/TTr-VP");
        int otherBoard;
        await using (var db = await App.DbAsync())
        {
            var unit = Unit.Create("BTDKT2", "Ban Thi đua – Khen thưởng tỉnh khác", UnitKind.ReceivingBoard);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            otherBoard = unit.Id;
        }

        var stranger = TestActors.AppraiserOf(otherBoard, "bantdkt.khac");

        Assert.DoesNotContain(await Board.InboxAsync(stranger), r => r.Id == proposal);
        Assert.Null(await Board.DossierAsync(stranger, proposal));
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await Board.AppraiseAsync(stranger, proposal, ids[0], "x")).Errors).Code);
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await Board.ReturnAsync(stranger, proposal, "x")).Errors).Code);
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await Board.DecideAsync(stranger, proposal, ids,
            new ProposalOutcomeInput { DecisionNumber = "9/QĐ-UBND" })).Errors).Code);
        Assert.Null(await App.Service<ProposalDocumentService>().GetLetterDocxAsync(stranger, proposal));
        Assert.NotNull(await App.Service<ProposalDocumentService>().GetLetterDocxAsync(TestActors.AppraiserOf(await BoardIdAsync()), proposal));
        await using var check = await App.DbAsync();
        Assert.Equal(NominationStatus.SentUp, (await check.Nominations.SingleAsync(n => n.Id == ids[0])).Status);
        Assert.Equal(ProposalStatus.Sent, (await check.Proposals.SingleAsync(p => p.Id == proposal)).Status);
    }

    [Fact]
    public async Task AgencyRoles_CannotActAsTheBoard_AndTheBoardSeesNothingOfTheAgency()
    {
        var (proposal, ids, board) = await SendToBoardAsync("92/TTr-VP");
        var appraiser = TestActors.AppraiserOf(board);
        var head = TestActors.HeadOf(await App.UnitIdAsync("TH"));

        foreach (var agency in new[] { TestActors.Officer, TestActors.Leader, TestActors.Admin, TestActors.Council, head })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Board.InboxAsync(agency));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Board.DossierAsync(agency, proposal));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Board.ReturnAsync(agency, proposal, "x"));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Board.DecideAsync(agency, proposal, ids, new ProposalOutcomeInput()));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Board.AppraiseAsync(agency, proposal, ids[0], "x"));
        }

        await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.BoardAsync(appraiser, DecisionScenario.CampaignId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Proposals.SendAgainAsync(appraiser, proposal, new ProposalInput()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.Service<CampaignService>().ListAsync(appraiser));
    }

    [Fact]
    public async Task SendingToAUnitThatIsNoBoard_IsRefused_AndTheBoardIsNoUnitOfTheAgency()
    {
        var ids = await DecisionScenario.NominateAsync(App, Title.ProvincialEmulationFighter, 1);
        var notABoard = await App.UnitIdAsync("TH");

        var sent = await Proposals.SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids,
            new ProposalInput { Number = "93/TTr-VP", Recipient = "Ban", ReceivingUnitId = notABoard });

        Assert.Equal("proposal.unknown_board", Assert.Single(sent.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Proposals.AnyAsync(p => p.Number == "93/TTr-VP"));
        var board = await BoardIdAsync();
        Assert.Contains(await Proposals.ReceivingBoardsAsync(TestActors.Leader), b => b.Id == board);
        Assert.DoesNotContain(await App.Service<Emulation.Web.Services.Organization.OrganizationService>().ListAsync(TestActors.Officer),
            u => u.Id == board);
        Assert.False(await db.BlocMembers.AnyAsync(m => m.UnitId == board));
        Assert.False(await db.People.AnyAsync(p => p.UnitId == board));
    }
}
