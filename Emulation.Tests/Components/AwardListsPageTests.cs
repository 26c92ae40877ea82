using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Approval;
using Emulation.Web.Components.Pages.Decisions;
using Emulation.Web.Components.Pages.Statistics;
using Emulation.Web.Data;
using Emulation.Web.Services.Campaigns;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

/// <summary>
/// Awards as the lists show them: the Thống kê list names who signed each decision as the other lists of awards do, and
/// a thematic campaign's yearly titles, granted before the app refused them, stay on record flagged for revocation.
/// </summary>
[Trait("Category", "Fast")]
public sealed class AwardListsPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    private const string Province = "Chủ tịch UBND tỉnh Lâm Đồng";

    [Fact]
    public async Task TheStatisticsList_NamesWhoSignedADecisionIssuedHere_AsTheOtherAwardListsDo()
    {
        // A year no seeded award reaches: the figure's list holds this one award.
        var date = new DateOnly(2033, 3, 10);
        await using (var db = await App.DbAsync())
        {
            var decision = Decision.IssueSuddenAward("88/QĐ-TK", date, Province, "Nguyễn Văn Tỉnh", "Chủ tịch",
                "lanhdao", DateTimeOffset.UtcNow).Value;
            db.Decisions.Add(decision);
            await db.SaveChangesAsync();
            var th = await App.UnitIdAsync("TH");
            var award = Award.Grant(null, th, "Phòng Tổng hợp", 2033, Title.CollectiveProvincialCertificateOfMerit, AwardKind.Sudden,
                decision.Number, date, Province);
            award.IssueUnder(decision.Id, "thong-ke-nguoi-ky-0001", null);
            db.Awards.Add(award);
            await db.SaveChangesAsync();
        }

        SignInAs("congdoan", Roles.UnionOfficer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("statistics/list?report=HomeAffairs&row=01&col=1&from=2033-01-01&to=2033-12-31");
        var page = Render<StatisticsListPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=stats-list-row]")));
        Assert.Equal("Chủ tịch Nguyễn Văn Tỉnh", page.Find("[data-testid=stats-list-signer]").TextContent);
        Assert.Contains("(ban hành trên hệ thống)", page.Find("[data-testid=stats-list-row]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThematicCampaignsYearlyTitle_GrantedBeforeTheFix_IsFlaggedToRevoke_OnTheCampaignAndItsDecision()
    {
        var campaigns = App.Service<CampaignService>();
        var campaignId = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Chuyên đề cải cách hành chính 2024–2026", Year = 2026, Kind = CampaignKind.Thematic })).Value;
        Assert.True((await campaigns.SetPeriodAsync(TestActors.Officer, campaignId, new DateTime(2024, 1, 1), new DateTime(2026, 10, 31))).IsSuccess);
        var date = new DateOnly(2026, 11, 20);
        int decisionId;
        await using (var db = await App.DbAsync())
        {
            var decision = Decision.IssueAward("77/QĐ-VP", date, "Chánh Văn phòng UBND tỉnh", "Trần Quốc Bảo", "Chánh Văn phòng",
                campaignId, "lanhdao", DateTimeOffset.UtcNow).Value;
            db.Decisions.Add(decision);
            await db.SaveChangesAsync();
            decisionId = decision.Id;
            var th = await App.UnitIdAsync("TH");
            var person = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var n = 0;
            Award Grant(int? personId, Title title)
            {
                var award = Award.Grant(personId, th, "Phòng Tổng hợp", 2026, title, AwardKind.Thematic, decision.Number, date,
                    "Chánh Văn phòng UBND tỉnh");
                award.IssueUnder(decision.Id, $"chuyen-de-nam-{++n:0000}", null);
                return award;
            }

            // Two yearly titles a thematic campaign may not give, and a Giấy khen that it may.
            db.Awards.AddRange(Grant(person, Title.AdvancedWorker), Grant(null, Title.AdvancedLabourCollective),
                Grant(null, Title.CollectiveCertificateOfCommendation));
            await db.SaveChangesAsync();
        }

        SignInAs("lanhdao", Roles.Leadership);
        var approval = Render<ApprovalPage>(p => p.Add(x => x.CampaignId, campaignId));

        approval.WaitForAssertion(() => Assert.Contains("2 khen thưởng của phong trào này là danh hiệu thi đua xét hằng năm",
            approval.Find("[data-testid=not-offered-awards]").TextContent, StringComparison.Ordinal));
        var link = approval.Find("[data-testid=not-offered-decision]");
        Assert.Equal($"decisions/{decisionId}", link.GetAttribute("href"));
        Assert.Equal("Quyết định số 77/QĐ-VP: 2 khen thưởng cần thu hồi", link.TextContent.Trim());

        // On the decision, where leadership revokes, the two lines are flagged and the Giấy khen is not; nothing is hidden.
        await DisposeComponentsAsync();
        var decisionPage = Render<DecisionsPage>(p => p.Add(x => x.Id, decisionId));
        decisionPage.WaitForAssertion(() => Assert.Equal(3, decisionPage.FindAll("[data-testid=line-recipient]").Count));
        var flagged = decisionPage.FindAll("tr").Where(r => r.QuerySelector("[data-testid=line-not-offered]") is not null)
            .Select(r => r.TextContent).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.Contains(flagged, r => r.Contains("Lao động tiên tiến", StringComparison.Ordinal));
        Assert.Contains(flagged, r => r.Contains("Tập thể lao động tiên tiến", StringComparison.Ordinal));
    }
}
