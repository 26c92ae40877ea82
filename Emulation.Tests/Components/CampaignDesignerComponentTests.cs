using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.AspNetCore.Components.Forms;
using MiniExcelLibs;
using MudBlazor;
using Emulation.Web.Documents.Excel;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class CampaignDesignerComponentTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void TotalCheck_WhenScoredPointsAreNot100_ShowsTheWarning()
    {
        var check = Render<ScoringTotalCheck>(p => p.Add(x => x.Total, 90m));

        Assert.NotNull(check.Find("[data-testid=total-warning]"));
        Assert.Equal("90", check.Find("[data-testid=scored-total]").TextContent);
    }

    [Fact]
    public void TotalCheck_WhenScoredPointsAre100_ShowsNoWarning()
    {
        var check = Render<ScoringTotalCheck>(p => p.Add(x => x.Total, 100m));

        Assert.Empty(check.FindAll("[data-testid=total-warning]"));
        Assert.NotNull(check.Find("[data-testid=total-ok]"));
    }

    [Fact]
    public async Task CampaignDetail_DraftWithBonusAndScoredPointsUnder100_WarnsAboutTheTotal()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Tổng 80", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 80, UnitOfMeasure = "lần" });
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "T", Name = "Thưởng", Kind = CriterionKind.Bonus, MaxPoints = 20, PointsPerUnit = 5, UnitOfMeasure = "lần",
        });

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.Equal("80", page.Find("[data-testid=scored-total]").TextContent));
        Assert.NotNull(page.Find("[data-testid=total-warning]"));
    }

    [Fact]
    public async Task CriterionEditor_BandsWithTheSameStartingRatio_ShowsTheRuleAndDoesNotAdd()
    {
        var added = 0;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => added++));
        editor.Find("input[data-testid=criterion-code]").Change("K");
        editor.Find("input[data-testid=criterion-name]").Change("Tỷ lệ hồ sơ đúng hạn");
        var method = editor.FindComponent<MudSelect<ScoringMethod>>();
        await editor.InvokeAsync(() => method.Instance.ValueChanged.InvokeAsync(ScoringMethod.Bands));
        Assert.Equal(2, editor.FindAll("[data-testid=band-row]").Count);
        Assert.Empty(editor.FindAll("[data-testid=band-errors]"));

        editor.FindAll("input[data-testid=band-min]")[1].Change("100");

        editor.WaitForAssertion(() => Assert.Contains("'K'", editor.Find("[data-testid=band-errors]").TextContent, StringComparison.Ordinal));
        editor.Find("[data-testid=add-criterion]").Click();
        Assert.Equal(0, added);
    }

    [Fact]
    public async Task CriterionEditor_ValidBands_AreHandedToTheParent()
    {
        CriterionInput? added = null;
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput input) => added = input));
        editor.Find("input[data-testid=criterion-code]").Change("K");
        editor.Find("input[data-testid=criterion-name]").Change("Tỷ lệ hồ sơ đúng hạn");
        var method = editor.FindComponent<MudSelect<ScoringMethod>>();
        await editor.InvokeAsync(() => method.Instance.ValueChanged.InvokeAsync(ScoringMethod.Bands));

        editor.Find("[data-testid=add-criterion]").Click();

        Assert.NotNull(added);
        Assert.Equal([new ScoreBand(1m, 1m), new ScoreBand(0.8m, 0.5m)], added!.Bands.Select(b => b.ToBand()));
    }

    [Fact]
    public void AmendmentForm_WithoutAReason_ShowsTheFieldErrorAndSendsNothing()
    {
        var sent = 0;
        var form = Render<AmendmentForm>(p => p
            .Add(x => x.Criteria, [new CriterionView("A", "Tiêu chí A", "I", CriterionKind.Scored, ScoringMethod.ProportionalToTarget, 60, 1, "lần", 0, true)])
            .Add(x => x.OnChangeMaxPoints, (MaxPointsAmendment _) => sent++)
            .Add(x => x.OnAddCriterion, (CriterionAmendment _) => sent++));
        form.Find("input[data-testid=criterion-code]").Change("SK");
        form.Find("input[data-testid=criterion-name]").Change("Sáng kiến");

        form.Find("[data-testid=add-criterion]").Click();

        form.WaitForAssertion(() => Assert.Equal("true", form.Find("textarea[data-testid=amendment-reason]").GetAttribute("aria-invalid")));
        Assert.Equal(0, sent);
    }

    [Fact]
    public void AmendmentForm_WithAReason_SendsTheNewCriterionAndTheReason()
    {
        CriterionAmendment? sent = null;
        var form = Render<AmendmentForm>(p => p
            .Add(x => x.Criteria, [])
            .Add(x => x.OnChangeMaxPoints, (MaxPointsAmendment _) => { })
            .Add(x => x.OnAddCriterion, (CriterionAmendment a) => sent = a));
        form.Find("textarea[data-testid=amendment-reason]").Change("Bổ sung theo chỉ đạo");
        form.Find("input[data-testid=criterion-code]").Change("SK");
        form.Find("input[data-testid=criterion-name]").Change("Sáng kiến");

        form.Find("[data-testid=add-criterion]").Click();

        Assert.Equal(("SK", "Bổ sung theo chỉ đạo"), (sent?.Criterion.Code, sent?.Reason));
    }

    [Fact]
    public async Task CampaignDetail_LaunchedForTheOfficer_OffersTheAmendmentFormAndShowsAmendments()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Đã phát động", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        await campaigns.MoveAsync(TestActors.Officer, id, CampaignStep.Launch);
        await campaigns.AmendMaxPointsAsync(TestActors.Officer, id, "A", 90, "Điều chỉnh thang điểm");

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=amendment-form]")));
        Assert.Contains("Điều chỉnh thang điểm", page.Find("[data-testid=amendments]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=offer-title-form]"));
    }

    [Fact]
    public void CampaignDetail_ForADepartmentHead_HidesTheDesignerTools()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=criteria-table]")));
        Assert.Empty(page.FindAll("[data-testid=copy-campaign]"));
        Assert.Empty(page.FindAll("[data-testid=amendment-form]"));
        Assert.Empty(page.FindAll("[data-testid=offer-title-form]"));
    }

    [Fact]
    public async Task CampaignDetail_ImportingASheetWithAnUnknownKind_ShowsTheRowAndKeepsTheTable()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Nhập trên trang", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "OLD", Name = "Tiêu chí cũ", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        using var sheet = new MemoryStream();
        sheet.SaveAs(new[]
        {
            new Dictionary<string, object?>
            {
                [ScoringTableWorkbook.Code] = "A", [ScoringTableWorkbook.Name] = "A", [ScoringTableWorkbook.Group] = "I",
                [ScoringTableWorkbook.Kind] = "Bogus", [ScoringTableWorkbook.Method] = "YesNo", [ScoringTableWorkbook.MaxPoints] = 100,
                [ScoringTableWorkbook.PointsPerUnit] = null, [ScoringTableWorkbook.UnitOfMeasure] = "lần", [ScoringTableWorkbook.Bands] = null,
            },
        }, sheetName: ScoringTableWorkbook.SheetName);
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=import-scoring-table]")));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(sheet.ToArray(), "bang.xlsx"));

        page.WaitForAssertion(() => Assert.Contains("'Bogus'", page.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Tiêu chí cũ", page.Find("[data-testid=criteria-table]").TextContent, StringComparison.Ordinal);
    }
}
