using Emulation.Domain.Awards;
using Emulation.Domain.Sudden;
using Emulation.Tests.Api;
using Emulation.Tests.Evidence;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.LongService;
using Emulation.Web.Services.Sudden;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Accounts;

/// <summary>
/// What hangs on the office's units and people rather than on a campaign — achievement profiles, sudden and long-service
/// proposals and their decisions, the audit trail — is not found by a second agency's roles, which read and act on
/// their own agency's as before; the office's accounts, bound to nothing, keep reading everything.
/// </summary>
public sealed class AgencyRecordsScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private EmulationAppFactory App => fixture.App;

    private async Task<(int Unit, int Person)> OfficePersonAsync()
    {
        var th = await App.UnitIdAsync("TH");
        await using var db = await App.DbAsync();
        return (th, await db.People.Where(p => p.UnitId == th && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
    }

    [Fact]
    public async Task TheSecondAgencysRoles_FindNoneOfTheOfficesProfiles_ButTheirOwn()
    {
        var b = await App.SecondAgencyAsync("SNR1");
        var (th, person) = await OfficePersonAsync();
        var profiles = App.Service<ProfileService>();

        foreach (var actor in new[] { b.Officer, b.Leader, b.Council, b.Admin })
        {
            Assert.Null(await profiles.GetPersonAsync(actor, person));
            Assert.Null(await profiles.GetUnitAsync(actor, th));
            Assert.Null(await profiles.GetUnitXlsxAsync(actor, th));
            Assert.NotNull(await profiles.GetUnitAsync(actor, b.Department));
        }

        Assert.NotNull(await profiles.GetPersonAsync(TestActors.Leader, person));
        Assert.NotNull(await profiles.GetUnitAsync(TestActors.Leader, th));
    }

    [Fact]
    public async Task TheSecondAgencysRoles_NeitherSeeNorActOnTheOfficesSuddenProposal_NorItsDecision()
    {
        var b = await App.SecondAgencyAsync("SNR2");
        var (th, person) = await OfficePersonAsync();
        var sudden = App.Service<SuddenAwardService>();
        var decisions = App.Service<DecisionService>();
        var proposed = await sudden.ProposeAsync(TestActors.Officer, new SuddenProposalInput
        {
            PersonId = person, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Cứu người trong lũ",
        });
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var evidence = await sudden.UploadEvidenceAsync(TestActors.Officer, proposed.Value, "xac-nhan.pdf", new MemoryStream(SampleFiles.Pdf()));
        Assert.True(evidence.IsSuccess, string.Join("; ", evidence.Errors));

        // Reading: not listed, not found, its evidence not served; the office's units and people are not offered.
        foreach (var actor in new[] { b.Officer, b.Leader, b.Council, b.Head })
        {
            Assert.DoesNotContain(await sudden.ListAsync(actor), p => p.Id == proposed.Value);
            Assert.Null(await sudden.GetAsync(actor, proposed.Value));
            Assert.Null(await sudden.OpenEvidenceAsync(actor, evidence.Value));
        }

        var options = await sudden.OptionsAsync(b.Officer);
        Assert.DoesNotContain(options.Units, u => u.Id == th);
        Assert.DoesNotContain(options.People, p => p.Id == person);
        Assert.Contains(options.Units, u => u.Id == b.Department);

        // Acting: refused as for a proposal or recipient that does not exist; nothing saved.
        var notFound = SuddenProposalErrors.NotFound().Code;
        Assert.Equal(notFound, Assert.Single((await sudden.RecordReviewAsync(b.Officer, proposed.Value, true, null)).Errors).Code);
        Assert.Equal(notFound, Assert.Single((await sudden.UploadEvidenceAsync(b.Officer, proposed.Value, "b.pdf", new MemoryStream(SampleFiles.Pdf()))).Errors).Code);
        Assert.Equal(notFound, Assert.Single((await sudden.RejectAsync(b.Leader, proposed.Value, "Không")).Errors).Code);
        var decide = new DecisionInput { DecisionNumber = "851/QĐ-SNR2", DecisionDate = new DateTime(2026, 9, 20) };
        Assert.Equal(notFound, Assert.Single((await decisions.IssueSuddenDecisionAsync(b.Leader, proposed.Value, decide)).Errors).Code);
        var forTheOffice = await sudden.ProposeAsync(b.Officer, new SuddenProposalInput
        {
            PersonId = person, UnitId = th, Title = Title.CertificateOfCommendation, Achievement = "Đề nghị hộ",
        });
        Assert.Equal(SuddenProposalErrors.UnknownRecipient().Code, Assert.Single(forTheOffice.Errors).Code);
        await using (var db = await App.DbAsync())
        {
            var untouched = await db.SuddenProposals.AsNoTracking().SingleAsync(p => p.Id == proposed.Value);
            Assert.Equal(SuddenProposalStatus.Proposed, untouched.Status);
            Assert.Equal(1, await db.SuddenEvidence.CountAsync(e => e.ProposalId == proposed.Value));
            Assert.False(await db.SuddenProposals.AnyAsync(p => p.Achievement == "Đề nghị hộ"));
        }

        // The office's leadership decides it; the decision is the office's, not the second agency's to read.
        var issued = await decisions.IssueSuddenDecisionAsync(TestActors.Leader, proposed.Value,
            new DecisionInput { DecisionNumber = "852/QĐ-VP", DecisionDate = new DateTime(2026, 9, 20) });
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors));
        Assert.DoesNotContain(await decisions.ListAsync(b.Leader), d => d.Id == issued.Value);
        Assert.Null(await decisions.GetAsync(b.Leader, issued.Value));
        Assert.Contains(await decisions.ListAsync(TestActors.Leader), d => d.Id == issued.Value);

        // The second agency's own sudden proposal takes its path as the office's does.
        var own = await sudden.ProposeAsync(b.Head, new SuddenProposalInput
        {
            UnitId = b.Department, Title = Title.CollectiveCertificateOfCommendation, Achievement = "Hoàn thành xuất sắc đợt cao điểm",
        });
        Assert.True(own.IsSuccess, string.Join("; ", own.Errors));
        Assert.NotNull(await sudden.GetAsync(b.Leader, own.Value));
        Assert.Null(await sudden.GetAsync(TestActors.HeadOf(th), own.Value));
    }

    [Fact]
    public async Task TheSecondAgencysOfficer_ListsNoneOfTheOfficesLongServiceCandidates_NorProposesThem()
    {
        var b = await App.SecondAgencyAsync("SNR3");
        var longService = App.Service<LongServiceService>();
        var office = await longService.ListAsync(TestActors.Officer);
        var candidate = office.Rows.First(r => r.ProposalId is null);

        Assert.Empty((await longService.ListAsync(b.Officer)).Rows);
        var proposed = await longService.ProposeAsync(b.Officer, new LongServiceProposalInput
        {
            PersonId = candidate.PersonId, Title = candidate.Explanation.Title, Achievement = "Đề nghị hộ",
        });

        Assert.Equal(SuddenProposalErrors.NotEligibleForLongService().Code, Assert.Single(proposed.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.SuddenProposals.AnyAsync(p => p.PersonId == candidate.PersonId && p.Achievement == "Đề nghị hộ"));
    }

    [Fact]
    public async Task TheSecondAgencysAdministrator_ReadsTheChangesOfItsOwnAccounts_AndTheProvincesToItsRows_InTheAuditTrail()
    {
        var b = await App.SecondAgencyAsync("SNR4");
        // One change by the second agency's officer, one by the office's (bound to nothing).
        Assert.True((await App.Service<CampaignService>().CreateDraftAsync(b.Officer,
            new CampaignDraftInput { Name = "Phong trào của SNR4", Year = 2026 })).IsSuccess);
        var audit = App.Service<AuditService>();
        var all = new AuditQuery { PageSize = AuditService.MaxPageSize };

        var theirs = await audit.SearchAsync(b.Admin, all);
        Assert.NotEmpty(theirs.Rows);
        // Its own accounts' changes, and those the province's administrator made to its units and accounts (AuditEntry.UnitId).
        Assert.All(theirs.Rows, r => Assert.True(r.UserName.StartsWith("cd.SNR4", StringComparison.Ordinal) || r.UserName == "quantri", r.UserName));
        Assert.Contains(theirs.Rows, r => r.UserName.StartsWith("cd.SNR4", StringComparison.Ordinal));
        Assert.DoesNotContain(theirs.Rows, r => r.UserName == "congdoan");
        Assert.DoesNotContain(theirs.Accounts.Values, a => !a.IsRole && a.Name == "congdoan");
        var province = await audit.SearchAsync(b.Admin, all with { UserName = "quantri" });
        Assert.NotEqual(0, province.Total);

        var whole = await audit.SearchAsync(TestActors.Admin, all with { UserName = "cd.SNR4" });
        Assert.Equal((await audit.SearchAsync(b.Admin, all with { UserName = "cd.SNR4" })).Total, whole.Total);
        Assert.NotEqual(0, (await audit.SearchAsync(TestActors.Admin, all with { UserName = "quantri" })).Total);
    }
}
