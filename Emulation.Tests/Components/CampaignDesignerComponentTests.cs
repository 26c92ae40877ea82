using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Components.Shared;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
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
        await campaigns.ReadyToLaunchAsync(id);
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

    [Fact]
    public async Task Launch_ANotReadyDraft_ListsEveryReasonInVietnamese_AndOffersNoLaunch()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Chưa sẵn sàng", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 90, UnitOfMeasure = "lần" });
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));

        page.Find("[data-testid=launch]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=confirm-refusals]")));
        Assert.Equal("Chưa thể phát động “Chưa sẵn sàng”:", page.Find("[data-testid=confirm-message]").TextContent.Trim());
        Assert.Equal(
            ["Các tiêu chí chấm điểm cộng lại 90 điểm; bảng điểm phải đủ 100 điểm.", "Phong trào chưa có danh hiệu nào để đăng ký.",
                "Chưa đặt hạn đăng ký thi đua.", "Chưa đặt hạn báo cáo kết quả."],
            page.FindAll("[data-testid=confirm-refusals] li").Select(li => li.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=confirm-ok]"));
        page.Find("[data-testid=confirm-close]").Click();
        Assert.Equal(CampaignStatus.Draft, (await campaigns.GetAsync(TestActors.Officer, id))!.Summary.Status);
    }

    [Fact]
    public async Task Launch_AReadyDraft_NamesTheCampaignAndTheUnitsTold_ThenLaunches()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Sẵn sàng", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        await campaigns.ReadyToLaunchAsync(id);
        int units;
        await using (var db = await App.DbAsync())
        {
            units = await db.BlocMembers.CountAsync(m => m.CampaignId == id && db.Units.Any(u => u.Id == m.UnitId && u.ClosedOn == null));
        }

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));
        page.WaitForAssertion(() => Assert.Contains("sửa được đến khi phát động", page.Find("[data-testid=bloc-help]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=launch]").Click();

        page.WaitForAssertion(() => Assert.Equal($"Phát động “Sẵn sàng”: {units} đơn vị sẽ được thông báo để đăng ký thi đua.",
            page.Find("[data-testid=confirm-message]").TextContent.Trim()));
        Confirm(page);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-results]")));
        // The blocs step says what is true now: frozen, no longer "until launch", and offers no edit.
        page.WaitForAssertion(() => Assert.Contains("Phong trào đã phát động", page.Find("[data-testid=bloc-help]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("đến khi phát động", page.Find("[data-testid=bloc-editor]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=bloc-add], [data-testid=bloc-unit-table]"));
    }

    [Fact]
    public async Task Launch_WithAPledgeDeadlineAlreadyPast_WarnsInTheConfirmation_AsTheDesignerDoes()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Hạn đã qua", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "A", Group = "I", MaxPoints = 100, UnitOfMeasure = "lần" });
        await campaigns.ReadyToLaunchAsync(id);
        Assert.True((await campaigns.SetDeadlinesAsync(TestActors.Officer, id, new DateTime(2026, 1, 15), new DateTime(2099, 12, 1))).IsSuccess);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));
        page.Find("[data-testid=launch]").Click();

        // The same words as the designer's, on the deadlines the launch would send; the launch stays the officer's choice.
        page.WaitForAssertion(() => Assert.Contains("Hạn đăng ký (15/01/2026) đã qua",
            page.Find("[data-testid=confirm-warning] [data-testid=deadline-warnings]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Hạn báo cáo", page.Find("[data-testid=confirm-warning]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=confirm-ok]"));
    }

    [Fact]
    public void CriterionEditor_RequiredMessages_GoAsSoonAsTheFieldIsFilledIn()
    {
        var editor = Render<CriterionEditor>(p => p.Add(x => x.OnAdd, (CriterionInput _) => { }));
        int Required() => editor.FindAll(".mud-input-helper-text").Count(e => e.TextContent.Contains("Bắt buộc nhập.", StringComparison.Ordinal));

        editor.Find("[data-testid=add-criterion]").Click();
        Assert.Equal(2, Required());

        editor.Find("input[data-testid=criterion-code]").Change("VB");
        Assert.Equal(1, Required());
        editor.Find("input[data-testid=criterion-name]").Change("Văn bản đến");
        Assert.Equal(0, Required());
    }

    [Fact]
    public async Task Designer_EditsADraftsCriterion_InPlace()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Sửa trên trang", Year = 2026 })).Value;
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "A", Name = "Văn bản", Group = "I", MaxPoints = 60, UnitOfMeasure = "lần" });
        await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput { Code = "B", Name = "Cuộc họp", Group = "I", MaxPoints = 40, UnitOfMeasure = "cuộc" });
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=edit-criterion-A]")));

        page.Find("[data-testid=edit-criterion-A]").Click();
        page.WaitForAssertion(() => Assert.Equal("Sửa tiêu chí A", page.Find("[data-testid=criterion-editor-title]").TextContent.Trim()));
        Assert.Equal("Văn bản", page.Find("input[data-testid=criterion-name]").GetAttribute("value"));
        page.Find("input[data-testid=criterion-name]").Change("Văn bản đến được xử lý");
        page.Find("[data-testid=add-criterion]").Click();

        page.WaitForAssertion(() => Assert.Contains("Văn bản đến được xử lý", page.Find("[data-testid=criteria-table]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Thêm tiêu chí", page.Find("[data-testid=criterion-editor-title]").TextContent.Trim());
        Assert.Equal(["A", "B"], (await campaigns.GetAsync(TestActors.Officer, id))!.Criteria.Select(c => c.Code));
    }

    [Fact]
    public async Task Designer_AfterOfferingATitleWithAQuota_TheQuotaFieldIsEmptyForTheNext()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Tỷ lệ", Year = 2026 })).Value;
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=title-quota]")));

        page.Find("input[data-testid=title-quota]").Change("15");
        page.Find("[data-testid=offer-title]").Click();

        page.WaitForAssertion(() => Assert.Contains("15 %", page.Find("[data-testid=offered-titles]").TextContent, StringComparison.Ordinal));
        Assert.Equal("", page.Find("input[data-testid=title-quota]").GetAttribute("value") ?? "");
    }
}
