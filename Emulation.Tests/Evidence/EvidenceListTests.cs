using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Units;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Evidence;

public sealed class EvidenceListTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Upload_OfAPdf_ListsItWithADownloadLink()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, unit);
        var list = Render<EvidenceList>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));
        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=evidence-empty]")));

        list.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf(), "bien-ban-hop.pdf"));

        list.WaitForAssertion(() => Assert.Contains("bien-ban-hop.pdf", list.Find("[data-testid=evidence-table]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        var link = list.Find("[data-testid=evidence-download]");
        Assert.Matches("^documents/evidence/[0-9]+$", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
        Assert.NotEmpty(list.FindAll("[data-testid=evidence-delete]"));
        Assert.Empty(list.FindAll("[data-testid=errors]"));
        // The uploader by their full name, as the accounts page gives it, never their login.
        var uploader = list.Find("[data-testid=evidence-table] tbody td[data-label='Người tải lên']").TextContent.Trim();
        await using var db = await App.DbAsync();
        Assert.Equal(await db.Users.Where(u => u.UserName == "tp.th").Select(u => u.FullName).SingleAsync(), uploader);
        Assert.NotEqual("tp.th", uploader);
    }

    [Fact]
    public async Task Upload_OfARenamedExecutable_ShowsTheError()
    {
        var unit = await App.UnitIdAsync("TH");
        SignInAs("tp.th", Roles.DepartmentHead, unit);
        var list = Render<EvidenceList>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));
        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=evidence-file]")));

        list.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Executable(), "report.pdf"));

        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=errors]")), TimeSpan.FromSeconds(15));
        Assert.DoesNotContain(list.FindAll("[data-testid=evidence-download]"), a => a.TextContent == "report.pdf");
    }

    [Fact]
    public async Task List_OfSubmittedResults_OffersNoUpload()
    {
        var unit = await App.UnitIdAsync("KT");
        SignInAs("tp.kt", Roles.DepartmentHead, unit);

        var list = Render<EvidenceList>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));

        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=evidence-empty]")));
        Assert.Empty(list.FindAll("[data-testid=evidence-file]"));
    }

    [Fact]
    public async Task List_ForTheOfficer_OffersNoUpload()
    {
        var unit = await App.UnitIdAsync("HCC");
        SignInAs("congdoan", Roles.UnionOfficer);

        var list = Render<EvidenceList>(p => p.Add(x => x.CampaignId, 1).Add(x => x.UnitId, unit));

        list.WaitForAssertion(() => Assert.NotNull(list.Find("[data-testid=evidence-empty]")));
        Assert.Empty(list.FindAll("[data-testid=evidence-file]"));
    }
}
