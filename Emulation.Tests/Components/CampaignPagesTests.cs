using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Campaigns;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Emulation.Tests.Components;

[Trait("Category", "Fast")]
public sealed class CampaignPagesTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void CampaignList_ForTheOfficer_ShowsTheNewCampaignForm()
    {
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CampaignList>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        Assert.NotNull(page.Find("[data-testid=new-campaign]"));
        Assert.Contains("Phong trào thi đua thực hiện nhiệm vụ năm 2026", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void CampaignList_ForADepartmentHead_HidesTheNewCampaignForm()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignList>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        Assert.Empty(page.FindAll("[data-testid=new-campaign]"));
    }

    /// <summary>
    /// On a phone (MudBlazor's xs) the campaign's kind and its deadlines take a whole row each: at half a row the kind
    /// read "Thường xuyên…" and the empty deadline "ngày/tháng/nă".
    /// </summary>
    [Theory]
    [InlineData("campaign-kind")]
    [InlineData("campaign-pledge-deadline")]
    [InlineData("campaign-results-deadline")]
    public void CampaignList_OnAPhone_TheKindAndDeadlinesTakeAWholeRow(string field)
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=new-campaign]")));

        var item = page.Find($"[data-testid={field}]").Closest(".mud-grid-item");

        Assert.NotNull(item);
        Assert.Contains("mud-grid-item-xs-12", item!.ClassList);
    }

    [Fact]
    public void CampaignList_CreatingWithoutAName_ShowsTheMessageAtTheField()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));

        page.Find("[data-testid=create-campaign]").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên phong trào.", page.Markup, StringComparison.Ordinal));
    }

    /// <summary>A double click on "Tạo": its second click created a second draft of the same name (walk39).</summary>
    [Fact]
    public async Task CampaignList_TheSecondClickOfADoubleClick_CreatesNoSecondDraft()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        page.Find("input[data-testid=campaign-name]").Change("Phong trào tạo bằng nhấp đúp");

        await page.Find("[data-testid=create-campaign]").ClickAsync(new MouseEventArgs { Detail = 1 });
        await page.Find("[data-testid=create-campaign]").ClickAsync(new MouseEventArgs { Detail = 2 });

        var named = (await App.Service<CampaignService>().ListAsync(TestActors.Officer)).Count(c => c.Name == "Phong trào tạo bằng nhấp đúp");
        Assert.Equal(1, named);
    }

    [Fact]
    public async Task CampaignDetail_OfAThematicCampaign_ShowsItsPeriodAndWholeYears()
    {
        var id = await ThematicCampaignAsync("Chuyên đề cải cách hành chính 2024–2026");
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.Equal("01/01/2024 – 31/12/2026 (3 năm)", page.Find("[data-testid=period]").TextContent));
    }

    /// <summary>A thematic campaign of some months is not "0 years" long: it reads as under a year.</summary>
    [Fact]
    public async Task CampaignDetail_OfAThematicCampaignOfMonths_SaysUnderAYear_NotZeroYears()
    {
        var id = await ThematicCampaignAsync("Chuyên đề chuyển đổi số 2026", new DateTime(2026, 3, 1), new DateTime(2026, 11, 30));
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.Equal("01/03/2026 – 30/11/2026 (dưới 1 năm)", page.Find("[data-testid=period]").TextContent));
    }

    [Fact]
    public async Task CampaignDetail_OfAThematicDraft_GivesTheOfficerThePeriodEditor_WithTheFlagRule()
    {
        var id = await ThematicCampaignAsync("Chuyên đề chuyển đổi số 2024–2026");
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=save-period]")));
        Assert.Contains("Điều 26 khoản 2", page.Find("[data-testid=deadlines]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignList_AThematicCampaign_AsksForItsDays_ShowsTheDomainsRefusalAtTheField_AndCreatesItWithThem()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        Assert.Empty(page.FindAll("[data-testid=campaign-starts-on]"));
        var name = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Tên phong trào");
        await page.InvokeAsync(() => name.Instance.ValueChanged.InvokeAsync("Chuyên đề học tập và làm theo Bác 2024–2026"));
        var kind = page.FindComponent<MudSelect<CampaignKind>>();
        await page.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(CampaignKind.Thematic));

        // Asked for, and required: without them, the domain's message at each field and nothing created.
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-starts-on]")));
        page.Find("[data-testid=create-campaign]").Click();
        page.WaitForAssertion(() => Assert.Equal(2, Count(page.Markup, "Cần nhập cả ngày bắt đầu và ngày kết thúc của phong trào.")));
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);

        // A last day outside the campaign's year: the domain's refusal, in Vietnamese, at the last day.
        var pickers = page.FindComponents<MudDatePicker>();
        var (starts, ends) = (pickers.Single(p => p.Instance.Label == "Ngày bắt đầu"), pickers.Single(p => p.Instance.Label == "Ngày kết thúc"));
        var year = page.FindComponent<NumberField>().Instance.Value;
        await page.InvokeAsync(() => starts.Instance.DateChanged.InvokeAsync(new DateTime(2024, 3, 1)));
        await page.InvokeAsync(() => ends.Instance.DateChanged.InvokeAsync(new DateTime((int)year! + 1, 2, 28)));
        page.Find("[data-testid=create-campaign]").Click();
        var message = $"Ngày kết thúc 28/02/{year + 1} phải thuộc năm {year} của phong trào (năm tổng kết).";
        page.WaitForAssertion(() => Assert.Contains(message, ends.Markup, StringComparison.Ordinal));
        Assert.Contains("mud-input-error", ends.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-input-error", starts.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=errors]"));
        Assert.DoesNotContain("Cần nhập cả ngày", page.Markup, StringComparison.Ordinal);

        await page.InvokeAsync(() => ends.Instance.DateChanged.InvokeAsync(new DateTime((int)year!, 2, 28)));
        page.Find("[data-testid=create-campaign]").Click();

        page.WaitForAssertion(() => Assert.Matches("/campaigns/[0-9]+$", Services.GetRequiredService<NavigationManager>().Uri));
        var id = int.Parse(Services.GetRequiredService<NavigationManager>().Uri.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var created = await App.Service<CampaignService>().GetAsync(TestActors.Officer, id);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly((int)year!, 2, 28)), (created!.Summary.StartsOn, created.Summary.EndsOn));
    }

    [Fact]
    public async Task CampaignList_WarnsAsTheDeadlinesArePicked_OfADayPast_AndOfResultsDueBeforePledges()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<CampaignList>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-table]")));
        var pickers = page.FindComponents<MudDatePicker>();
        var (pledge, results) = (pickers.Single(p => p.Instance.Label == "Hạn đăng ký"), pickers.Single(p => p.Instance.Label == "Hạn báo cáo"));
        Assert.Empty(page.FindAll("[data-testid=deadline-warnings]"));

        await page.InvokeAsync(() => pledge.Instance.DateChanged.InvokeAsync(new DateTime(2001, 3, 1)));
        page.WaitForAssertion(() => Assert.Contains("Hạn đăng ký (01/03/2001) đã qua", page.Find("[data-testid=deadline-warnings]").TextContent, StringComparison.Ordinal));

        await page.InvokeAsync(() => pledge.Instance.DateChanged.InvokeAsync(new DateTime(2099, 3, 1)));
        await page.InvokeAsync(() => results.Instance.DateChanged.InvokeAsync(new DateTime(2099, 2, 1)));
        page.WaitForAssertion(() => Assert.Equal("Hạn báo cáo kết quả không được trước hạn đăng ký.",
            page.Find("[data-testid=deadline-warnings]").TextContent.Trim()));

        await page.InvokeAsync(() => results.Instance.DateChanged.InvokeAsync(new DateTime(2099, 12, 1)));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=deadline-warnings]")));
    }

    [Fact]
    public async Task CreatingAYearlyCampaign_IgnoresDaysTyped_AndAThematicOne_IsRefusedAsTheDomainRefuses()
    {
        var campaigns = App.Service<CampaignService>();
        var yearly = await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput
        {
            Name = "Thường xuyên 2027", Year = 2027, StartsOn = new DateTime(2027, 1, 1), EndsOn = new DateTime(2027, 6, 30),
        });
        var reversed = await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput
        {
            Name = "Theo đợt 2027", Year = 2027, Kind = CampaignKind.Period, StartsOn = new DateTime(2027, 6, 1), EndsOn = new DateTime(2027, 5, 1),
        });

        Assert.Null((await campaigns.GetAsync(TestActors.Officer, yearly.Value))!.Summary.StartsOn);
        Assert.Equal("campaign.period_out_of_order", Assert.Single(reversed.Errors).Code);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private async Task<int> ThematicCampaignAsync(string name, DateTime? startsOn = null, DateTime? endsOn = null)
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = name, Year = 2026, Kind = CampaignKind.Thematic })).Value;
        Assert.True((await campaigns.SetPeriodAsync(TestActors.Officer, id, startsOn ?? new DateTime(2024, 1, 1),
            endsOn ?? new DateTime(2026, 12, 31))).IsSuccess);
        return id;
    }

    [Fact]
    public async Task CampaignDetail_LaunchingWithoutCriteria_ShowsWhy()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var id = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề chuyển đổi số", Year = 2026 })).Value;
        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=launch]")));

        page.Find("[data-testid=launch]").Click();

        // The confirmation lists every reason the launch is refused, and offers no way to go ahead.
        page.WaitForAssertion(() => Assert.Contains(
            "Phong trào cần ít nhất một tiêu chí chấm điểm trước khi phát động.", page.Find("[data-testid=confirm-refusals]").TextContent,
            StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=confirm-ok]"));
        Assert.NotNull(page.Find("[data-testid=no-criteria]"));
    }

    [Fact]
    public void CampaignDetail_ForADepartmentHead_OffersTheUnitWorkspaceButNoLifecycleButtons()
    {
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, 1));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=open-my-unit]")));
        Assert.Empty(page.FindAll("[data-testid=open-results]"));
        Assert.NotNull(page.Find("[data-testid=criteria-table]"));
        Assert.Contains("Văn bản đến được xử lý", page.Markup, StringComparison.Ordinal);
    }
    [Fact]
    public async Task CampaignDetail_OfAYearlyCampaignSendingTitlesUp_ShowsTheOfficerTheYearEndDays_AndWarnsOfALateResultsDeadline()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput
        {
            Name = "Thi đua năm 2026 - lịch cuối năm", Year = 2026, ResultsDeadline = new DateTime(2026, 12, 14),
        })).Value;
        Assert.True((await campaigns.OfferTitleAsync(TestActors.Officer, id, Title.ProvincialEmulationFighter, null)).IsSuccess);
        SignInAs("congdoan", Roles.UnionOfficer);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=year-end-schedule]")));
        Assert.Equal("10/12/2026", page.Find("[data-testid=dossiers-before]").TextContent);
        Assert.Equal("24/11/2026", page.Find("[data-testid=ratings-by]").TextContent);
        Assert.Contains("10 ngày làm việc", page.Find("[data-testid=year-end-schedule]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi kết quả là ngày 14/12/2026, muộn hơn ngày 24/11/2026",
            page.Find("[data-testid=results-after-schedule]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignDetail_ForADepartmentHead_ShowsNoYearEndSchedule()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Thi đua năm 2026 - trưởng phòng", Year = 2026 })).Value;
        Assert.True((await campaigns.OfferTitleAsync(TestActors.Officer, id, Title.ProvincialEmulationFighter, null)).IsSuccess);
        SignInAs("tp.th", Roles.DepartmentHead, 2);

        var page = Render<CampaignDetailPage>(p => p.Add(x => x.CampaignId, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-title]")));
        Assert.Empty(page.FindAll("[data-testid=year-end-schedule]"));
    }
}
