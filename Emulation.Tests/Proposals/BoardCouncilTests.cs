using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Proposals;
using Emulation.Tests.Decisions;
using Emulation.Tests.Documents;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Council;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Issue 21's last piece: the receiving board's own council votes by secret ballot on a dossier's nominees (the same
/// session, ballots and rules as the agency's council, scoped to the dossier), and the board issues the deciding level's
/// decision on those it passed — a real decision with verification codes and a signed PDF, the awards under the
/// provincial issuer. Each council sees and votes only in its own sessions.
/// </summary>
public sealed class BoardCouncilTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    /// <summary>A member of the board's own council (bantdkt.hd1..3, seeded).</summary>
    public static Actor BoardMember(int boardId, int n) =>
        new("board-member-" + n, DemoDataSeeder.BoardCouncilUserName(n), new HashSet<string> { Roles.BoardCouncilMember }, boardId);

    private static readonly string[] BoardMembers = [.. Enumerable.Range(1, 3).Select(DemoDataSeeder.BoardCouncilUserName)];

    /// <summary>Sends <paramref name="count"/> provincial Bằng khen nominees to the board and opens its council's session, all present.</summary>
    public static async Task<(int Proposal, List<int> Nominees, int Board, int Session)> SessionOnDossierAsync(
        EmulationAppFactory app, string letter, int count)
    {
        var ids = await DecisionScenario.NominateAsync(app, Title.ProvincialCertificateOfMerit, count);
        var board = await app.UnitIdAsync(DemoDataSeeder.BoardCode);
        var sent = await app.Service<ProposalService>().SendUpAsync(TestActors.Leader, DecisionScenario.CampaignId, ids, new ProposalInput
        {
            Number = letter,
            Date = new DateTime(2026, 12, 15),
            Recipient = "Chủ tịch UBND tỉnh (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
            ReceivingUnitId = board,
        });
        Assert.True(sent.IsSuccess, string.Join("; ", sent.Errors));
        var sessions = app.Service<CouncilSessionService>();
        var appraiser = TestActors.AppraiserOf(board);
        var opened = await sessions.OpenOnProposalAsync(appraiser, sent.Value,
            new OpenSessionInput { ChairUserName = BoardMembers[0], HeldOn = new DateTime(2027, 1, 5) });
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.True((await sessions.SetAttendanceAsync(appraiser, opened.Value, BoardMembers)).IsSuccess);
        return (sent.Value, ids, board, opened.Value);
    }

    /// <summary>A second receiving board in the deployment, whose users must reach nothing of the first's.</summary>
    public static async Task<int> AnotherBoardAsync(EmulationAppFactory app, string code)
    {
        await using var db = await app.DbAsync();
        var unit = Emulation.Domain.Organization.Unit.Create(code, "Ban Thi đua – Khen thưởng tỉnh bên cạnh " + code,
            Emulation.Domain.Organization.UnitKind.ReceivingBoard);
        db.Units.Add(unit);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return unit.Id;
    }

    /// <summary>Each board member casts one ballot per nominee: <paramref name="choices"/>[member][nominee].</summary>
    private static async Task VoteAsync(EmulationAppFactory app, int board, int session, List<int> nominees, BallotChoice[][] choices)
    {
        for (var m = 0; m < choices.Length; m++)
        {
            var sheet = nominees.Select((id, i) => (id, choices[m][i])).ToDictionary(x => x.id, x => x.Item2);
            var cast = await app.Service<CouncilSessionService>().VoteAsync(BoardMember(board, m + 1), session, sheet);
            Assert.True(cast.IsSuccess, string.Join("; ", cast.Errors));
        }
    }

    private static DecisionInput Chairman(string number) => new()
    {
        DecisionNumber = number,
        DecisionDate = new DateTime(2027, 1, 12),
        SignerName = "Võ Văn Hưng",
        SignerPosition = "Chủ tịch",
    };

    [Fact]
    public async Task BoardCouncil_VotesBySecretBallot_ThenTheBoardIssuesTheChairmansDecision_OnceAndOnlyForThosePassed()
    {
        var (proposal, ids, board, session) = await SessionOnDossierAsync(App, "301/TTr-VP", 2);
        var appraiser = TestActors.AppraiserOf(board);
        var sessions = App.Service<CouncilSessionService>();
        var boardService = App.Service<ReceivingBoardService>();

        // Seated: the board's three council members, none of the agency's.
        var view = (await sessions.GetSessionAsync(appraiser, session))!;
        Assert.Equal(BoardMembers, view.Seats.Select(s => s.UserName).Order());
        Assert.Equal(proposal, view.ProposalId);
        Assert.Equal(["Nguyễn Thị Lan", "Phạm Văn Hùng", "Trần Đức Minh"], (await sessions.BoardCouncilAsync(appraiser)).Select(s => s.FullName).Order());
        Assert.Contains(await sessions.BoardSessionsAsync(BoardMember(board, 2)), s => s.Id == session && s.ProposalNumber == "301/TTr-VP");

        // No decision before the council has voted and closed.
        Assert.Equal("decision.board_council_required",
            Assert.Single((await boardService.IssueDecisionAsync(appraiser, proposal, [ids[0]], Chairman("1201/QĐ-UBND"))).Errors).Code);

        // The first nominee passes 2 of 3, the second fails 1 of 3.
        await VoteAsync(App, board, session, ids,
            [[BallotChoice.Yes, BallotChoice.No], [BallotChoice.Yes, BallotChoice.Yes], [BallotChoice.No, BallotChoice.No]]);
        var again = await sessions.VoteAsync(BoardMember(board, 1), session, new Dictionary<int, BallotChoice> { [ids[0]] = BallotChoice.No });
        Assert.Equal("council.already_voted", Assert.Single(again.Errors).Code);
        Assert.True((await sessions.CloseAsync(appraiser, session)).IsSuccess);

        // The secret ballot holds in the database: the ballots of this session carry no member, the participations no choice.
        await using (var db = await App.DbAsync())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"CouncilBallotContents\" WHERE \"CouncilSessionId\" = " + session;
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            Assert.Equal(["CouncilSessionId", "Receipt", "NominationId", "Choice"], columns);
            var rows = 0;
            var dump = new List<string> { command.CommandText, string.Join(" | ", columns) };
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows++;
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
                dump.Add(string.Join(" | ", values));
                Assert.DoesNotContain(values, v => BoardMembers.Any(m => v.Contains(m, StringComparison.OrdinalIgnoreCase)) ||
                    v.Contains("Phạm Văn Hùng", StringComparison.Ordinal));
            }

            Assert.Equal(6, rows);
            // Kept for the report: what the database holds of the board's secret ballot.
            await File.WriteAllLinesAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(Architecture.DomainPurityTests.RepositoryRoot(),
                "artifacts")).FullName, "board-ballots.txt"), dump, TestContext.Current.CancellationToken);
            var stored = await db.CouncilSessions.AsNoTracking().AsSplitQuery().SingleAsync(s => s.Id == session, TestContext.Current.CancellationToken);
            Assert.Equal(6, stored.Participations.Count);
            Assert.All(stored.Participations, p => Assert.Contains(p.MemberUserName, BoardMembers));
            Assert.Equal((2, 1, true), (stored.Agenda.Single(a => a.NominationId == ids[0]).Outcome!.Yes,
                stored.Agenda.Single(a => a.NominationId == ids[0]).Outcome!.No, stored.Agenda.Single(a => a.NominationId == ids[0]).Outcome!.Passed));
            Assert.False(stored.Agenda.Single(a => a.NominationId == ids[1]).Outcome!.Passed);
            Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken),
                a => a.Entity == nameof(Emulation.Domain.Council.CouncilBallot));

            // The council's "no" is the deciding level's: not granted, with the reason; the passed one waits for the decision.
            var failed = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == ids[1], TestContext.Current.CancellationToken);
            Assert.Equal(NominationStatus.Rejected, failed.Status);
            Assert.Contains("không thông qua", failed.RejectionReason, StringComparison.Ordinal);
            Assert.Equal(NominationStatus.SentUp,
                (await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == ids[0], TestContext.Current.CancellationToken)).Status);
        }

        // A nominee the council failed cannot be granted, even beside one it passed; nothing is issued.
        var refused = await boardService.IssueDecisionAsync(appraiser, proposal, [ids[0], ids[1]], Chairman("1202/QĐ-UBND"));
        Assert.Contains(refused.Errors, e => e.Code == "decision.not_passed_by_board_council");
        Assert.Equal("decision.signer_required", Assert.Single((await boardService.IssueDecisionAsync(appraiser, proposal, [ids[0]],
            new DecisionInput { DecisionNumber = "1202/QĐ-UBND" })).Errors).Code);

        var issued = await boardService.IssueDecisionAsync(appraiser, proposal, [ids[0]], Chairman("1202/QĐ-UBND"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        // Issuing again is refused: the dossier is decided.
        var twice = await boardService.IssueDecisionAsync(appraiser, proposal, [ids[0]], Chairman("1203/QĐ-UBND"));
        Assert.False(twice.IsSuccess);
        Assert.Contains(twice.Errors, e => e.Code is "proposal.not_sent" or "nomination.already_decided");

        await using (var db = await App.DbAsync())
        {
            var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.ProposalId == proposal, TestContext.Current.CancellationToken);
            Assert.Equal((issued.Value, "1202/QĐ-UBND", DecisionDocumentService.DefaultGoverningAgency, "Võ Văn Hưng", "Chủ tịch", DecisionKind.Award),
                (decision.Id, decision.Number, decision.IssuerName, decision.SignerName, decision.SignerPosition, decision.Kind));
            var award = await db.Awards.AsNoTracking().SingleAsync(a => a.NominationId == ids[0], TestContext.Current.CancellationToken);
            Assert.Equal((decision.Id, "Chủ tịch UBND tỉnh Quảng Trị", "1202/QĐ-UBND", Title.ProvincialCertificateOfMerit),
                (award.DecisionId, award.IssuerName, award.DecisionNumber, award.Title));
            Assert.False(string.IsNullOrEmpty(award.VerificationCode));
            Assert.True(award.CashVnd > 0);
            Assert.False(await db.Awards.AnyAsync(a => a.NominationId == ids[1], TestContext.Current.CancellationToken));
            Assert.Equal(NominationStatus.Approved,
                (await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == ids[0], TestContext.Current.CancellationToken)).Status);
            Assert.Equal(ProposalStatus.Closed, (await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal, TestContext.Current.CancellationToken)).Status);
            var officer = await db.Users.Where(u => u.UserName == "congdoan").Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Contains(await db.InboxNotifications.AsNoTracking().Where(n => n.UserId == officer && n.Kind == NotificationKind.ProposalDecided)
                .Select(n => n.Detail).ToListAsync(TestContext.Current.CancellationToken), d => d != null && d.Contains("1202/QĐ-UBND", StringComparison.Ordinal));
        }

        // The board reads its decision and the dossier lists it; the agency reads it too; the verification code answers.
        var detail = (await App.Service<DecisionService>().GetAsync(appraiser, issued.Value))!;
        Assert.Equal("Chủ tịch UBND tỉnh Quảng Trị", Assert.Single(detail.Lines).AwardIssuerName);
        Assert.NotNull(detail.AnswersProposal);
        Assert.NotNull(await App.Service<DecisionService>().GetAsync(TestActors.Officer, issued.Value));
        Assert.Equal("1202/QĐ-UBND", Assert.Single((await boardService.DossierAsync(appraiser, proposal))!.Decisions).Number);
        Assert.True((await App.Service<DecisionService>().VerifyAsync(detail.Lines[0].VerificationCode!))!.IssuedHere);
    }

    [Fact]
    public async Task TheAgencysCouncil_NeverSeesNorVotesInTheBoardsSession_AndTheBoardNeverInTheAgencys()
    {
        var (proposal, ids, board, session) = await SessionOnDossierAsync(App, "302/TTr-VP", 1);
        var sessions = App.Service<CouncilSessionService>();
        var appraiser = TestActors.AppraiserOf(board);
        var sheet = new Dictionary<int, BallotChoice> { [ids[0]] = BallotChoice.Yes };

        // The agency's roles: not a read, a vote, an attendance, a close, nor the minutes.
        foreach (var agency in new[] { TestActors.Council, TestActors.Officer, TestActors.Leader, TestActors.Admin })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.GetSessionAsync(agency, session));
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.VoteAsync(agency, session, sheet));
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.SetAttendanceAsync(agency, session, []));
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.CloseAsync(agency, session));
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.GetMinutesAsync(agency, session));
            await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.CheckReceiptAsync(agency, session, "x"));
        }

        // The agency's council pages list only the agency's sessions.
        Assert.DoesNotContain(await sessions.ListAsync(TestActors.Officer), s => s.Id == session);
        Assert.NotEqual(session, (await sessions.GetAsync(TestActors.Officer, DecisionScenario.CampaignId))?.Id);

        // Within the board: the appraiser runs but does not vote, a member votes but does not run.
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.VoteAsync(appraiser, session, sheet));
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.CloseAsync(BoardMember(board, 1), session));
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.SetAttendanceAsync(BoardMember(board, 1), session, BoardMembers));

        // Another board's users reach nothing of it.
        var other = await AnotherBoardAsync(App, "BTDKT3");

        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.GetSessionAsync(BoardMember(other, 1), session));
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.VoteAsync(BoardMember(other, 1), session, sheet));
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.CloseAsync(TestActors.AppraiserOf(other), session));
        Assert.Null(await sessions.OfProposalAsync(TestActors.AppraiserOf(other), proposal));
        Assert.DoesNotContain(await sessions.BoardSessionsAsync(TestActors.AppraiserOf(other)), s => s.Id == session);
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await sessions.OpenOnProposalAsync(TestActors.AppraiserOf(other), proposal,
            new OpenSessionInput { ChairUserName = BoardMembers[0] })).Errors).Code);
        Assert.Equal("proposal.not_for_this_board", Assert.Single((await App.Service<ReceivingBoardService>()
            .IssueDecisionAsync(TestActors.AppraiserOf(other), proposal, ids, Chairman("1301/QĐ-UBND"))).Errors).Code);

        // The board's users reach nothing of the agency's council: their list and their council are their own board's.
        List<int> boardsSessions;
        await using (var db = await App.DbAsync())
        {
            boardsSessions = await db.CouncilSessions.Where(s => db.Proposals.Any(p => p.Id == s.ProposalId && p.ReceivingUnitId == board))
                .Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
        }

        foreach (var user in new[] { appraiser, BoardMember(board, 1) })
        {
            var listed = (await sessions.ListAsync(user)).Select(s => s.Id).ToList();
            Assert.Contains(session, listed);
            Assert.All(listed, id => Assert.Contains(id, boardsSessions));
        }

        Assert.DoesNotContain(await sessions.ListAsync(BoardMember(other, 1)), s => s.Id == session);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sessions.OpenAsync(appraiser, DecisionScenario.CampaignId, new OpenSessionInput()));
        Assert.Equal(BoardMembers, (await sessions.CouncilAsync(BoardMember(board, 1))).Select(s => s.UserName));

        // One open session per dossier.
        Assert.Equal("council.dossier_session_open", Assert.Single((await sessions.OpenOnProposalAsync(appraiser, proposal,
            new OpenSessionInput { ChairUserName = BoardMembers[0] })).Errors).Code);
    }

    [Theory]
    [InlineData("311/TTr-VP", "1601/QĐ-UBND", 2)]
    [InlineData("312/TTr-VP", "1602/QĐ-UBND", 4)]
    public async Task TheChairmansDecision_Article1_NamesWhatIsAwardedAndToWhom_InTheDocxAndThePdf(string letter, string number, int count)
    {
        var (proposal, ids, board, session) = await SessionOnDossierAsync(App, letter, count);
        await VoteAsync(App, board, session, ids, [.. Enumerable.Range(0, 3).Select(_ => ids.Select(_ => BallotChoice.Yes).ToArray())]);
        var appraiser = TestActors.AppraiserOf(board);
        Assert.True((await App.Service<CouncilSessionService>().CloseAsync(appraiser, session)).IsSuccess);
        var issued = await App.Service<ReceivingBoardService>().IssueDecisionAsync(appraiser, proposal, ids, Chairman(number));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        var detail = (await App.Service<DecisionService>().GetAsync(appraiser, issued.Value))!;
        var year = detail.CampaignYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var awarded = $"Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho {count:00} cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm {year}";
        // A few are named in the article with "ông"/"bà", position and unit; more are in the attached list only.
        var named = detail.Lines.Select(l => $"{(l.Gender == Emulation.Domain.Organization.Gender.Female ? "bà" : "ông")} {l.RecipientName}").ToList();

        var docx = (await App.Service<DecisionDocumentService>().GetDocxAsync(appraiser, issued.Value))!;
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx.Content), false))
        {
            var article = Assert.Single(word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Select(p => p.InnerText), p => p.StartsWith("Điều 1.", StringComparison.Ordinal));
            Assert.StartsWith("Điều 1. " + awarded, article, StringComparison.Ordinal);
            if (count <= AwardArticle.NamedInArticle)
            {
                Assert.All(named, n => Assert.Contains(n, article, StringComparison.Ordinal));
                Assert.All(detail.Lines, l => Assert.Contains(l.UnitNameAtDecision, article, StringComparison.Ordinal));
            }
            else
            {
                Assert.EndsWith(awarded + " (có danh sách kèm theo).", article, StringComparison.Ordinal);
                Assert.DoesNotContain(detail.Lines, l => article.Contains(l.RecipientName, StringComparison.Ordinal));
            }
        }

        var pdf = (await App.Service<DecisionDocumentService>().GetPdfAsync(appraiser, issued.Value))!.Content;
        using var poppler = new Poppler(pdf);
        var text = string.Join(' ', poppler.Text().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Điều 1. " + awarded, text, StringComparison.Ordinal);
        Assert.Equal(count <= AwardArticle.NamedInArticle, named.All(n => text.Contains(n, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheChairmansDecision_IsSignedWithTheBoardsCertificate_NeverTheAgencys_AsPdfsigAndTheVerificationPageSay()
    {
        var folder = Directory.CreateTempSubdirectory("emulation-board-signing").FullName;
        const string password = "thu-nghiem";
        const string boardSigner = "Lê Minh Tuấn";
        string Write(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, string file)
        {
            var path = Path.Combine(folder, file);
            File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, password));
            certificate.Dispose();
            return path;
        }

        var agencyPath = Write(PdfSigningTests.TestCertificate(), "van-phong.p12");
        var boardPath = Write(PdfSigningTests.TestCertificate(boardSigner, "Sở Nội vụ tỉnh Quảng Trị"), "ban-tdkt.p12");

        // With the agency's certificate only, the chairman's decision is not signed with it.
        await using (var agencyOnly = new EmulationAppFactory(("Signing:CertificatePath", agencyPath), ("Signing:Password", password)))
        {
            var (pdf, code) = await ChairmansDecisionAsync(agencyOnly, "304/TTr-VP", "1402/QĐ-UBND");
            using var poppler = new Poppler(pdf);
            Assert.DoesNotContain("Signature #1", poppler.Signatures().Output, StringComparison.Ordinal);
            var page = System.Net.WebUtility.HtmlDecode(await agencyOnly.CreateCookieClient().GetStringAsync("/verify/" + code,
                TestContext.Current.CancellationToken));
            Assert.Contains("Bản điện tử của quyết định chưa được ký số.", page, StringComparison.Ordinal);
        }

        await using var app = new EmulationAppFactory(("Signing:CertificatePath", agencyPath), ("Signing:Password", password),
            ("Signing:Board:CertificatePath", boardPath), ("Signing:Board:Password", password));
        var (signed, verification) = await ChairmansDecisionAsync(app, "303/TTr-VP", "1401/QĐ-UBND");

        using (var poppler = new Poppler(signed))
        {
            var output = poppler.Signatures().Output;
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(Architecture.DomainPurityTests.RepositoryRoot(), "artifacts")).FullName,
                "pdfsig-board-decision.txt"), output);
            Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("Total document signed", output, StringComparison.Ordinal);
            Assert.Contains("Common Name: " + boardSigner, output, StringComparison.Ordinal);
            var text = poppler.Text();
            Assert.Contains("Số: 1401/QĐ-UBND", text, StringComparison.Ordinal);
            Assert.Contains("CHỦ TỊCH UBND TỈNH QUẢNG TRỊ", text, StringComparison.Ordinal);
            Assert.Contains("303/TTr-VP", text, StringComparison.Ordinal);
            Assert.Contains("Võ Văn Hưng", text, StringComparison.Ordinal);
        }

        var verified = System.Net.WebUtility.HtmlDecode(await app.CreateCookieClient().GetStringAsync("/verify/" + verification,
            TestContext.Current.CancellationToken));
        Assert.Contains($"Bản điện tử của quyết định được ký số bởi {boardSigner}.", verified, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The board's council passes one nominee and the board issues the chairman's decision: its PDF and an award's verification code.</summary>
    private static async Task<(byte[] Pdf, string Code)> ChairmansDecisionAsync(EmulationAppFactory app, string letter, string number)
    {
        var (proposal, ids, board, session) = await SessionOnDossierAsync(app, letter, 1);
        await VoteAsync(app, board, session, ids, [[BallotChoice.Yes], [BallotChoice.Yes], [BallotChoice.Yes]]);
        var appraiser = TestActors.AppraiserOf(board);
        Assert.True((await app.Service<CouncilSessionService>().CloseAsync(appraiser, session)).IsSuccess);
        var issued = await app.Service<ReceivingBoardService>().IssueDecisionAsync(appraiser, proposal, ids, Chairman(number));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        var pdf = (await app.Service<DecisionDocumentService>().GetPdfAsync(appraiser, issued.Value))!.Content;
        await using var db = await app.DbAsync();
        var code = await db.Awards.Where(a => a.DecisionId == issued.Value).Select(a => a.VerificationCode).FirstAsync();
        return (pdf, code!);
    }
}
