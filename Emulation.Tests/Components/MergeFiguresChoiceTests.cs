using Bunit;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Admin;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Emulation.Tests.Components;

/// <summary>The merge form explains what happens to running campaigns and passes on the choice of figures.</summary>
[Trait("Category", "Fast")]
public sealed class MergeFiguresChoiceTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public async Task Merge_TakingOneUnitsFigures_GivesTheSuccessorThatUnitsPledge()
    {
        var (a, b, campaignId) = await TwoUnitsPledgingAsync("GOP-A", "GOP-B");

        SignInAs("quantri", Roles.Administrator);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=merge-figures]")));
        Assert.Contains("rời bảng xếp hạng", page.Find("[data-testid=merge-figures]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=figures-from]"));

        var units = page.FindComponents<MudSelect<int>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == "merge-units");
        await page.InvokeAsync(() => units.Instance.SelectedValuesChanged.InvokeAsync([a, b]));
        page.Find(Input("merge-code")).Change("GOP-AB");
        page.Find(Input("merge-name")).Change("Tổ gộp A-B");
        var choice = page.FindComponent<MudRadioGroup<FiguresChoice>>();
        await page.InvokeAsync(() => choice.Instance.ValueChanged.InvokeAsync(FiguresChoice.TakeOne));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=figures-from]")));
        var from = page.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == "figures-from");
        await page.InvokeAsync(() => from.Instance.ValueChanged.InvokeAsync(b));
        page.Find("[data-testid=merge]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=organization-done]")));
        await using var after = await App.DbAsync();
        var successor = await after.Units.AsNoTracking().SingleAsync(u => u.Code == "GOP-AB");
        var taken = await after.Pledges.AsNoTracking().SingleAsync(p => p.CampaignId == campaignId && p.UnitId == successor.Id);
        Assert.Equal(70m, taken.TargetFor("KQ1"));
        Assert.Equal([successor.Id], await after.BlocMembers.Where(m => m.CampaignId == campaignId).Select(m => m.UnitId).ToListAsync());

        await CloseAsync(campaignId);
    }

    [Fact]
    public async Task TheUnionOfficer_CombinesAMergedUnitsFiguresAgain_FromTheProgressPage()
    {
        var (c, d, campaignId) = await TwoUnitsPledgingAsync("GOP-C", "GOP-D");
        var merged = await App.Service<OrganizationService>().MergeAsync(TestActors.Admin, [c, d], new NewUnit("GOP-CD", "Tổ gộp C-D"),
            new DateOnly(2031, 3, 1), MergeFigures.Summed);
        Assert.True(merged.IsSuccess);
        Assert.Equal(110m, await TargetAsync(campaignId, merged.Value));

        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<Emulation.Web.Components.Pages.Campaigns.ProgressPage>(p => p.Add(x => x.CampaignId, campaignId));
        page.WaitForAssertion(() => Assert.Contains("Tổ gộp C, Tổ gộp D", page.Find("[data-testid=merged-units]").TextContent, StringComparison.Ordinal));
        var choice = page.FindComponent<MudRadioGroup<FiguresChoice>>();
        await page.InvokeAsync(() => choice.Instance.ValueChanged.InvokeAsync(FiguresChoice.TakeOne));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($"[data-testid=merged-{merged.Value}-figures-from]")));
        var from = page.FindComponents<MudSelect<int?>>()
            .Single(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && id as string == $"merged-{merged.Value}-figures-from");
        await page.InvokeAsync(() => from.Instance.ValueChanged.InvokeAsync(d));
        page.Find($"[data-testid=recombine-{merged.Value}]").Click();
        Confirm(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=recombined]")));
        Assert.Equal(70m, await TargetAsync(campaignId, merged.Value));
        Assert.Equal(40m, await TargetAsync(campaignId, c));
        await CloseAsync(campaignId);
    }

    /// <summary>Two units of their own pledging 40 and 70 in a running campaign of their own, so the shared data's campaign is left alone.</summary>
    private async Task<(int A, int B, int CampaignId)> TwoUnitsPledgingAsync(string codeA, string codeB)
    {
        var organization = App.Service<OrganizationService>();
        var a = (await organization.CreateAsync(TestActors.Admin, new NewUnit(codeA, $"Tổ gộp {codeA[^1]}"), UnitKind.Department, null)).Value;
        var b = (await organization.CreateAsync(TestActors.Admin, new NewUnit(codeB, $"Tổ gộp {codeB[^1]}"), UnitKind.Department, null)).Value;
        int campaignId;
        await using (var db = await App.DbAsync())
        {
            var campaign = Campaign.Draft("Phong trào thử sáp nhập", 2031, CampaignKind.Thematic).Value;
            foreach (var criterion in Emulation.Tests.Domain.Builders.InputBuilder.StandardCriteria())
            {
                campaign.AddCriterion(criterion);
            }

            Assert.True(campaign.ReadyToLaunch().Launch("congdoan", DateTimeOffset.UtcNow, TestCampaigns.Field).IsSuccess);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            var bloc = Bloc.Create(campaign.Id, "Khối thử sáp nhập");
            db.Blocs.Add(bloc);
            await db.SaveChangesAsync();
            db.BlocMembers.AddRange(BlocMember.Create(campaign.Id, bloc.Id, a), BlocMember.Create(campaign.Id, bloc.Id, b));
            foreach (var (unit, target) in new[] { (a, 40m), (b, 70m) })
            {
                var pledge = Pledge.Start(campaign.Id, unit);
                Assert.True(pledge.SetTargets(campaign.Criteria, new Dictionary<string, decimal?> { ["KQ1"] = target, ["KQ2"] = target / 10 }).IsSuccess);
                db.Pledges.Add(pledge);
            }

            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        return (a, b, campaignId);
    }

    private async Task<decimal?> TargetAsync(int campaignId, int unitId)
    {
        await using var db = await App.DbAsync();
        return (await db.Pledges.AsNoTracking().SingleAsync(p => p.CampaignId == campaignId && p.UnitId == unitId)).TargetFor("KQ1");
    }

    /// <summary>Closed, so no other test of the shared data sees a campaign it does not expect.</summary>
    private async Task CloseAsync(int campaignId)
    {
        await using var db = await App.DbAsync();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        campaign.OpenResults("congdoan", DateTimeOffset.UtcNow);
        campaign.StartReview("congdoan", DateTimeOffset.UtcNow);
        campaign.Close("congdoan", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    [Fact]
    public void TheMergeForm_IsNotShownToTheUnionOfficer()
    {
        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<OrganizationPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("table")));

        Assert.Empty(page.FindAll("[data-testid=merge-figures]"));
        Assert.Empty(page.FindAll("[data-testid=merge]"));
    }
}
