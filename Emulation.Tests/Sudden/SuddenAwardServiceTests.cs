using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Sudden;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Resources;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Sudden;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Sudden;

/// <summary>A sudden award from proposal to certificate through the services, and who may take which step.</summary>
public sealed class SuddenAwardServiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;
    private SuddenAwardService Sudden => App.Service<SuddenAwardService>();
    private DecisionService Decisions => App.Service<DecisionService>();

    private async Task<(int UnitId, int PersonId, int OtherUnitId)> SubjectAsync(int skip = 0)
    {
        await using var db = await App.DbAsync();
        var person = await db.People.Where(p => p.LeftOn == null).OrderBy(p => p.Id).Skip(skip).FirstAsync();
        var other = await db.Units.Where(u => u.Id != person.UnitId && u.ClosedOn == null).OrderBy(u => u.Id).FirstAsync();
        return (person.UnitId, person.Id, other.Id);
    }

    private static DecisionInput Input(string number) => new() { DecisionNumber = number, DecisionDate = new DateTime(2026, 9, 20) };

    [Fact]
    public async Task AHead_ProposesTheirOwnStaff_WithEvidence_AndTheLeadershipsDecisionRecordsASuddenAwardWithItsCertificate()
    {
        var (unitId, personId, _) = await SubjectAsync();
        var head = TestActors.HeadOf(unitId);

        var options = await Sudden.OptionsAsync(head);
        Assert.Equal([Title.CertificateOfCommendation, Title.CollectiveCertificateOfCommendation], options.Forms.Select(f => f.Title));
        Assert.All(options.Units, u => Assert.Equal(unitId, u.Id));
        Assert.All(options.People, p => Assert.Equal(unitId, p.UnitId));

        var proposed = await Sudden.ProposeAsync(head, new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation,
            Achievement = "Cứu hai người bị nước cuốn trong lũ ngày 12/9/2026",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var uploaded = await Sudden.UploadEvidenceAsync(head, proposed.Value, "xac-nhan.pdf", new MemoryStream(SampleFiles.Pdf()));
        Assert.True(uploaded.IsSuccess, string.Join("; ", uploaded.Errors));

        var issued = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value, Input("801/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        var detail = (await Sudden.GetAsync(TestActors.Officer, proposed.Value))!;
        Assert.Equal(SuddenProposalStatus.Decided, detail.Row.Status);
        Assert.Equal("801/QĐ-VP", detail.DecisionNumber);
        Assert.Equal("xac-nhan.pdf", Assert.Single(detail.Evidence).FileName);
        Assert.False(detail.CanAddEvidence || detail.CanDecide);

        await using var db = await App.DbAsync();
        var award = await db.Awards.SingleAsync(a => a.DecisionId == issued.Value);
        Assert.Equal(AwardKind.Sudden, award.Kind);
        Assert.Equal(personId, award.PersonId);
        Assert.Equal(2026, award.Year);
        Assert.Null(award.NominationId);
        // Giấy khen (individual): 0.3 × 2,340,000 = 702,000, rounded up to tens of thousands (Decree 98/2023 Art. 53(2)).
        Assert.Equal(710_000m, award.CashVnd);
        Assert.Equal(detail.AwardId, award.Id);

        var documents = App.Service<DecisionDocumentService>();
        var document = (await documents.GetAsync(TestActors.Leader, issued.Value))!;
        Assert.Equal("Về việc khen thưởng đột xuất", document.Subject);
        // Article 1 names the form, who gives it and to whom, as the campaign's decisions do.
        Assert.StartsWith("Tặng Giấy khen của Chánh Văn phòng", document.Articles[0], StringComparison.Ordinal);
        Assert.Contains(" cho 01 cá nhân đã có thành tích xuất sắc đột xuất: ", document.Articles[0], StringComparison.Ordinal);
        // The rule set in force sends the Giấy khen on the spot without the council: the decision claims no council's proposal.
        Assert.Equal("Theo đề nghị của bộ phận phụ trách công tác thi đua, khen thưởng.", document.Bases[^1]);
        Assert.DoesNotContain(document.Bases, b => b.Contains("Hội đồng", StringComparison.Ordinal));
        var certificate = await documents.GetCertificateAsync(head, award.Id, "https://thidua.example.vn");
        Assert.NotNull(certificate);
        Assert.True(certificate.Content.AsSpan().StartsWith("%PDF"u8));
    }

    /// <summary>
    /// Truy tặng (Decree 152/2025 Art. 54(1), "tặng hoặc truy tặng"): someone who died saving others is still proposed,
    /// and the decision, its list and the certificate give the Giấy khen posthumously.
    /// </summary>
    [Fact]
    public async Task SomeoneWhoDied_IsProposedAndAwardedPosthumously_TheDecisionAndCertificateSayTruyTang()
    {
        // Far down the list: leaving takes them out of it, and the other tests' picks stay who they were.
        var (unitId, personId, _) = await SubjectAsync(40);
        var left = await App.Service<Emulation.Web.Services.Organization.PeopleService>().LeaveAsync(TestActors.Admin, personId,
            new Emulation.Web.Services.Organization.PersonLeaving(Emulation.Domain.Organization.LeaveReason.Deceased,
                new DateOnly(2026, 9, 12), "Hy sinh khi cứu người trong lũ"));
        Assert.True(left.IsSuccess, string.Join("; ", left.Errors));
        var head = TestActors.HeadOf(unitId);
        Assert.True(Assert.Single((await Sudden.OptionsAsync(head)).People, p => p.Id == personId).Deceased);

        var proposed = await Sudden.ProposeAsync(head, new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation,
            Achievement = "Dũng cảm cứu ba người bị nước cuốn trong lũ ngày 12/9/2026",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var issued = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value, Input("811/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        var line = Assert.Single((await Decisions.GetAsync(TestActors.Leader, issued.Value))!.Lines);
        Assert.True(line.Posthumous);
        Assert.Equal(710_000m, line.CashVnd);
        var documents = App.Service<DecisionDocumentService>();
        var document = (await documents.GetAsync(TestActors.Leader, issued.Value))!;
        Assert.StartsWith("Truy tặng Giấy khen của Chánh Văn phòng", document.Articles[0], StringComparison.Ordinal);
        Assert.EndsWith("(truy tặng)", Assert.Single(document.Rows).Title, StringComparison.Ordinal);
        // The cash article names the base salary and the rounding with their sources (Decree 98/2023 Art. 53).
        Assert.Contains("mức lương cơ sở 2.340.000 đồng (Nghị định 73/2024/NĐ-CP), làm tròn lên hàng chục nghìn đồng theo Nghị định",
            document.Articles[1], StringComparison.Ordinal);
        // A signed decision quotes the law, not the application's note on how far a clause is confirmed.
        Assert.DoesNotContain("xác nhận", document.Articles[1], StringComparison.Ordinal);
        var certificate = (await documents.GetCertificateAsync(head, line.AwardId, "https://thidua.example.vn"))!;
        using var pdf = new Emulation.Tests.Documents.Poppler(certificate.Content);
        Assert.Contains("Truy tặng", pdf.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuddenAwards_AreNoBasisForMeritAwards_TheAwardsListSaysSudden()
    {
        var (unitId, _, _) = await SubjectAsync(1);
        var proposed = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            UnitId = unitId, Title = Title.CollectiveCertificateOfCommendation, Achievement = "Hỗ trợ di dời dân vùng lũ",
        });
        var issued = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value, Input("802/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        var line = Assert.Single((await Decisions.GetAsync(TestActors.Leader, issued.Value))!.Lines);
        Assert.Equal(AwardKind.Sudden, line.Kind);
        Assert.Null(line.PersonId);
        // Giấy khen (collective): 0.6 × 2,340,000 = 1,404,000, rounded up to tens of thousands (Decree 98/2023 Art. 53(2)).
        Assert.Equal(1_410_000m, line.CashVnd);

        var again = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value, Input("803/QĐ-VP"));
        Assert.Equal("sudden.wrong_status", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public async Task TheProposer_IsShownByTheirFullName_NotTheirSignInName()
    {
        var (unitId, personId, _) = await SubjectAsync(5);
        var proposed = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation, Achievement = "Phát hiện và báo cháy kịp thời",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));

        Assert.Equal("Nguyễn Thị Thu Hà", (await Sudden.GetAsync(TestActors.Officer, proposed.Value))!.Row.ProposedBy);
        Assert.Equal("Nguyễn Thị Thu Hà", Assert.Single(await Sudden.ListAsync(TestActors.Officer), r => r.Id == proposed.Value).ProposedBy);
    }

    [Fact]
    public async Task AProposalTheCouncilReviewed_IsDecidedOnTheProposalOfTheCouncilsStandingMember()
    {
        var (unitId, personId, _) = await SubjectAsync(4);
        var proposed = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation, Achievement = "Dũng cảm cứu tài sản nhà nước",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        // As proposed under a rule set that sends the form to the council.
        await using (var db = await App.DbAsync())
        {
            await db.SuddenProposals.Where(p => p.Id == proposed.Value)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.CouncilReview, true), TestContext.Current.CancellationToken);
        }

        Assert.True((await Sudden.RecordReviewAsync(TestActors.Officer, proposed.Value, true, null)).IsSuccess);
        var issued = await Decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value, Input("806/QĐ-VP"));
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));

        var document = (await App.Service<DecisionDocumentService>().GetAsync(TestActors.Leader, issued.Value))!;
        Assert.Equal("Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng.", document.Bases[^1]);
    }

    [Fact]
    public async Task TheWrongUser_IsRefusedAtEveryStep()
    {
        var (unitId, personId, otherUnitId) = await SubjectAsync(2);
        var input = new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation, Achievement = "Dũng cảm cứu người",
        };

        // A head of another unit proposes nothing for this one, and sees nothing of it: not even that it exists.
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.ProposeAsync(TestActors.HeadOf(otherUnitId), input));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.ProposeAsync(TestActors.Leader, input));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.ProposeAsync(TestActors.Council, input));
        var proposed = await Sudden.ProposeAsync(TestActors.Officer, input);
        Assert.True(proposed.IsSuccess);
        Assert.Null(await Sudden.GetAsync(TestActors.HeadOf(otherUnitId), proposed.Value));
        Assert.DoesNotContain(await Sudden.ListAsync(TestActors.HeadOf(otherUnitId)), r => r.Id == proposed.Value);
        var upload = await Sudden.UploadEvidenceAsync(TestActors.HeadOf(otherUnitId), proposed.Value, "a.pdf",
            new MemoryStream(SampleFiles.Pdf()));
        var uploadUnknown = await Sudden.UploadEvidenceAsync(TestActors.HeadOf(otherUnitId), int.MaxValue, "a.pdf",
            new MemoryStream(SampleFiles.Pdf()));
        Assert.Equal("sudden.not_found", Assert.Single(upload.Errors).Code);
        Assert.Equal(uploadUnknown.Errors, upload.Errors);

        // Only the leadership decides or turns it down; a head does neither, the officer does neither.
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Decisions.IssueSuddenDecisionAsync(TestActors.Officer, proposed.Value, Input("804/QĐ-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Decisions.IssueSuddenDecisionAsync(TestActors.HeadOf(unitId), proposed.Value, Input("804/QĐ-VP")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.RejectAsync(TestActors.HeadOf(unitId), proposed.Value, "x"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.RecordReviewAsync(TestActors.Leader, proposed.Value, true, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.OptionsAsync(TestActors.Admin));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Sudden.ListAsync(TestActors.Admin));

        // The proposer's own unit head sees it but cannot decide it.
        var seen = (await Sudden.GetAsync(TestActors.HeadOf(unitId), proposed.Value))!;
        Assert.True(seen.CanAddEvidence);
        Assert.False(seen.CanDecide || seen.CanReview);
    }

    [Fact]
    public async Task BadInput_GivesCodedRefusals_AndChangesNothing()
    {
        var (unitId, personId, otherUnitId) = await SubjectAsync(3);
        await using var before = await App.DbAsync();
        var count = await before.SuddenProposals.CountAsync();

        var noForm = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput { PersonId = personId, UnitId = unitId, Achievement = "x" });
        var wrongUnit = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = personId, UnitId = otherUnitId, Title = Title.CertificateOfCommendation, Achievement = "x",
        });
        var merit = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.GrassrootsEmulationFighter, Achievement = "x",
        });
        var rejectWithoutReason = await Sudden.RejectAsync(TestActors.Leader, int.MaxValue, "x");
        var nobody = await Sudden.ProposeAsync(TestActors.HeadOf(unitId), new SuddenProposalInput
        {
            UnitId = unitId, Title = Title.CertificateOfCommendation, Achievement = "Cứu người trong lũ",
        });

        Assert.Equal("sudden.form_required", Assert.Single(noForm.Errors).Code);
        Assert.Equal("sudden.unknown_recipient", Assert.Single(wrongUnit.Errors).Code);
        Assert.Equal("sudden.not_on_the_spot", Assert.Single(merit.Errors).Code);
        Assert.Equal("sudden.not_found", Assert.Single(rejectWithoutReason.Errors).Code);
        // An individual Giấy khen with nobody chosen asks for the person, in the reader's words.
        var noPerson = Assert.Single(nobody.Errors);
        Assert.Equal("Hãy chọn người được đề nghị khen thưởng: hình thức này dành cho cá nhân.", Wording.Vietnamese.Describe(noPerson));
        await using var after = await App.DbAsync();
        Assert.Equal(count, await after.SuddenProposals.CountAsync());
    }

    [Fact]
    public async Task TwelveRefusalsOfOneProposalAtOnce_OneIsSaved_TheOthersAreToldNotThrownAt()
    {
        var (unitId, personId, _) = await SubjectAsync(7);
        var proposed = await Sudden.ProposeAsync(TestActors.HeadOf(unitId), new SuddenProposalInput
        {
            PersonId = personId, UnitId = unitId, Title = Title.CertificateOfCommendation, Achievement = "Dũng cảm cứu người",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        using var start = new SemaphoreSlim(0);
        var refusals = Enumerable.Range(0, 12).Select(async i =>
        {
            await start.WaitAsync();
            return await Sudden.RejectAsync(TestActors.Leader, proposed.Value, $"Chưa đủ căn cứ ({i})");
        }).ToList();

        start.Release(12);
        var outcomes = await Task.WhenAll(refusals);

        Assert.Single(outcomes, o => o.IsSuccess);
        Assert.All(outcomes.Where(o => !o.IsSuccess), o => Assert.NotEmpty(o.Errors));
        Assert.Equal(SuddenProposalStatus.Rejected, (await Sudden.GetAsync(TestActors.Leader, proposed.Value))!.Row.Status);
    }

    [Fact]
    public async Task AHeadOfAnotherUnit_GetsAnotherUnitsProposalAndItsEvidence_AsIfTheyDidNotExist()
    {
        // tp.kt heads KT; the proposal is for someone of TH.
        var th = await App.UnitIdAsync("TH");
        int personId;
        await using (var db = await App.DbAsync())
        {
            personId = await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        var proposed = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = personId, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Phát hiện sự cố kịp thời",
        });
        Assert.True(proposed.IsSuccess);
        var evidence = await Sudden.UploadEvidenceAsync(TestActors.Officer, proposed.Value, "a.pdf", new MemoryStream(SampleFiles.Pdf()));
        Assert.True(evidence.IsSuccess);
        using var head = await App.SignedInClientAsync("tp.kt");
        using var officer = await App.SignedInClientAsync("congdoan");

        var page = await head.GetAsync($"/sudden/{proposed.Value}");
        var unknownPage = await head.GetAsync($"/sudden/{int.MaxValue}");
        var file = await head.GetAsync($"/documents/sudden-evidence/{evidence.Value}");
        var unknownFile = await head.GetAsync($"/documents/sudden-evidence/{int.MaxValue}");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(unknownPage.StatusCode, page.StatusCode);
        Assert.Contains("data-testid=\"sudden-not-found\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sudden-not-found\"", await unknownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"sudden-detail\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownFile.StatusCode);
        Assert.Equal(unknownFile.Content.Headers.ContentType?.MediaType, file.Content.Headers.ContentType?.MediaType);
        // Whoever may see it still does.
        Assert.Contains("data-testid=\"sudden-detail\"", await officer.GetStringAsync($"/sudden/{proposed.Value}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/documents/sudden-evidence/{evidence.Value}")).StatusCode);
    }

    [Fact]
    public async Task TheReceivingBoard_IsNoRecipientOfTheAgencysSuddenAward_NeitherOfferedNorAccepted()
    {
        await using var db = await App.DbAsync();
        var board = await db.Units.SingleAsync(u => u.Code == DemoDataSeeder.BoardCode);
        var count = await db.SuddenProposals.CountAsync();

        var options = await Sudden.OptionsAsync(TestActors.Officer);
        var proposed = await Sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            UnitId = board.Id, Title = Title.CollectiveCertificateOfCommendation, Achievement = "Hỗ trợ khắc phục hậu quả lũ",
        });

        Assert.NotEmpty(options.Units);
        Assert.DoesNotContain(options.Units, u => u.Id == board.Id);
        Assert.Equal("sudden.unknown_recipient", Assert.Single(proposed.Errors).Code);
        await using var after = await App.DbAsync();
        Assert.Equal(count, await after.SuddenProposals.CountAsync());
    }
}
