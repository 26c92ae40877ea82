using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Integration;

/// <summary>
/// Units merged while a campaign runs: the successor takes their place in the campaign's blocs and ranking with their
/// figures combined as chosen, they leave it, and a closed campaign keeps its blocs.
/// </summary>
public sealed class MergeMidCampaignTests : FreshAppTests
{
    private static readonly DateOnly On = new(2027, 1, 1);

    private OrganizationService Organization => App.Service<OrganizationService>();

    [Fact]
    public async Task Merge_Summed_TheSuccessorTakesTheirPlaceInTheBlocAndRanking_WithTheirQuantitiesAdded()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        var before = await FiguresAsync(campaign, nc, btcd);

        var merged = await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On, MergeFigures.Summed);

        Assert.True(merged.IsSuccess);
        await using var db = await App.DbAsync();
        var members = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaign).ToListAsync();
        Assert.DoesNotContain(members, m => m.UnitId == nc || m.UnitId == btcd);
        Assert.Equal(before.BlocOf[nc], Assert.Single(members, m => m.UnitId == merged.Value).BlocId);

        var criteria = (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign)).Criteria;
        var result = await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == campaign && r.UnitId == merged.Value);
        var pledge = await db.Pledges.AsNoTracking().SingleAsync(p => p.CampaignId == campaign && p.UnitId == merged.Value);
        var counted = criteria.First(c => MergedFigures.CanSum(c) && c.NeedsTarget);
        Assert.Equal(before.Values[nc][counted.Code] + before.Values[btcd][counted.Code], result.ValueFor(counted.Code));
        Assert.Equal(before.Targets[nc][counted.Code] + before.Targets[btcd][counted.Code], pledge.TargetFor(counted.Code));
        Assert.Equal(SubmissionStatus.Submitted, result.Status);
        Assert.Equal(MergeFigures.Summed, (await db.FiguresCombinations.AsNoTracking()
            .SingleAsync(c => c.CampaignId == campaign && c.UnitId == merged.Value)).Choice);

        var evaluation = (await App.Service<EvaluationSnapshots>().EvaluateNowAsync(campaign))!.Value.Evaluation;
        Assert.DoesNotContain(evaluation.Rankings, r => r.UnitId == nc || r.UnitId == btcd);
        Assert.Equal(before.BlocOf[nc], Assert.Single(evaluation.Rankings, r => r.UnitId == merged.Value).BlocId);
    }

    [Fact]
    public async Task Merge_TakingOneUnitsFigures_GivesTheSuccessorExactlyThose()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        var before = await FiguresAsync(campaign, nc, btcd);

        var merged = await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On, new MergeFigures(FiguresChoice.TakeOne, btcd));

        Assert.True(merged.IsSuccess);
        await using var db = await App.DbAsync();
        var result = await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == campaign && r.UnitId == merged.Value);
        var pledge = await db.Pledges.AsNoTracking().SingleAsync(p => p.CampaignId == campaign && p.UnitId == merged.Value);
        Assert.Equal(before.Values[btcd], result.Values.ToDictionary(v => v.CriterionCode, v => v.Value));
        Assert.Equal(before.Targets[btcd], pledge.Targets.ToDictionary(t => t.CriterionCode, t => t.Target));
        // The choice is kept: the officer's progress page starts from it.
        var stored = Assert.Single(await db.FiguresCombinations.AsNoTracking().Where(c => c.UnitId == merged.Value).ToListAsync());
        Assert.Equal((campaign, new MergeFigures(FiguresChoice.TakeOne, btcd)), (stored.CampaignId, stored.Choice));
        var listed = Assert.Single(await App.Service<MergedFiguresService>().MergedUnitsAsync(TestActors.Officer, campaign));
        Assert.Equal(new MergeFigures(FiguresChoice.TakeOne, btcd), listed.Figures);
    }

    [Fact]
    public async Task Merge_TakingTheFiguresOfAUnitNotMerged_IsRefused_AndChangesNothing()
    {
        var (nc, btcd, kt) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"), await App.UnitIdAsync("KT"));

        var merged = await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On, new MergeFigures(FiguresChoice.TakeOne, kt));

        Assert.Equal("organization.figures_from_unknown", Assert.Single(merged.Errors).Code);
        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "NC-TCD"));
        Assert.Equal(0, await db.Units.CountAsync(u => (u.Id == nc || u.Id == btcd) && u.ClosedOn != null));
    }

    [Fact]
    public async Task Merge_LeavesAClosedCampaignsBlocsAndRankingAsTheyWere()
    {
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        int closed;
        await using (var db = await App.DbAsync())
        {
            var past = Campaign.Draft("Phong trào năm trước", 2025, CampaignKind.Yearly).Value;
            foreach (var criterion in Emulation.Tests.Domain.Builders.InputBuilder.StandardCriteria())
            {
                past.AddCriterion(criterion);
            }

            var at = DateTimeOffset.UtcNow;
            Assert.True(past.ReadyToLaunch().Launch("congdoan", at, TestCampaigns.Field).IsSuccess);
            Assert.True(past.OpenResults("congdoan", at).IsSuccess);
            Assert.True(past.StartReview("congdoan", at).IsSuccess);
            Assert.True(past.Close("congdoan", at).IsSuccess);
            db.Campaigns.Add(past);
            await db.SaveChangesAsync();
            var bloc = Bloc.Create(past.Id, "Khối năm trước");
            db.Blocs.Add(bloc);
            await db.SaveChangesAsync();
            db.BlocMembers.AddRange(BlocMember.Create(past.Id, bloc.Id, nc), BlocMember.Create(past.Id, bloc.Id, btcd));
            await db.SaveChangesAsync();
            closed = past.Id;
        }

        Assert.True((await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On)).IsSuccess);

        await using var after = await App.DbAsync();
        Assert.Equal([nc, btcd], (await after.BlocMembers.AsNoTracking().Where(m => m.CampaignId == closed)
            .Select(m => m.UnitId).ToListAsync()).Order());
    }

    [Fact]
    public async Task Retire_TheUnitLeavesTheBlocsOfEveryOpenCampaign()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var created = (await Organization.CreateAsync(TestActors.Admin, new NewUnit("TAM", "Tổ công tác tạm thời"), UnitKind.Department, null)).Value;
        await using (var db = await App.DbAsync())
        {
            var bloc = await db.Blocs.Where(b => b.CampaignId == campaign).Select(b => b.Id).FirstAsync();
            db.BlocMembers.Add(BlocMember.Create(campaign, bloc, created));
            await db.SaveChangesAsync();
        }

        Assert.True((await Organization.RetireAsync(TestActors.Admin, created, On)).IsSuccess);

        await using var after = await App.DbAsync();
        Assert.False(await after.BlocMembers.AnyAsync(m => m.UnitId == created));
    }

    [Fact]
    public async Task Merge_ByAnyoneButAnAdministrator_IsRefused()
    {
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        foreach (var actor in new[] { TestActors.Officer, TestActors.HeadOf(nc), TestActors.Council, TestActors.Leader })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Organization.MergeAsync(actor, [nc, btcd],
                new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"), On, MergeFigures.Summed));
        }

        await using var db = await App.DbAsync();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "NC-TCD"));
    }

    [Fact]
    public async Task Recombine_TheOfficerTakesOneUnitsFiguresAfterASummedMerger_AndThePredecessorsKeepTheirs()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var (nc, btcd) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"));
        var before = await FiguresAsync(campaign, nc, btcd);
        var merged = (await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On, MergeFigures.Summed)).Value;
        var service = App.Service<MergedFiguresService>();
        var listed = Assert.Single(await service.MergedUnitsAsync(TestActors.Officer, campaign));
        Assert.Equal([nc, btcd], listed.Predecessors.Select(p => p.UnitId).Order());
        Assert.Equal(MergeFigures.Summed, listed.Figures);

        var recombined = await service.RecombineAsync(TestActors.Officer, campaign, merged, new MergeFigures(FiguresChoice.TakeOne, btcd));

        Assert.True(recombined.IsSuccess, string.Join("; ", recombined.Errors));
        Assert.Equal(new MergeFigures(FiguresChoice.TakeOne, btcd), Assert.Single(await service.MergedUnitsAsync(TestActors.Officer, campaign)).Figures);
        await using var db = await App.DbAsync();
        var result = await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == campaign && r.UnitId == merged);
        var pledge = await db.Pledges.AsNoTracking().SingleAsync(p => p.CampaignId == campaign && p.UnitId == merged);
        Assert.Equal(before.Values[btcd], result.Values.ToDictionary(v => v.CriterionCode, v => v.Value));
        Assert.Equal(before.Targets[btcd], pledge.Targets.ToDictionary(t => t.CriterionCode, t => t.Target));
        var kept = await db.UnitResults.AsNoTracking().SingleAsync(r => r.CampaignId == campaign && r.UnitId == nc);
        Assert.Equal(before.Values[nc], kept.Values.ToDictionary(v => v.CriterionCode, v => v.Value));
    }

    [Fact]
    public async Task Recombine_IsRefused_ForAUnitNoMergerFormed_AFigureSourceNotMerged_AClosedCampaign_AndAnyoneButTheOfficer()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var (nc, btcd, kt) = (await App.UnitIdAsync("NC"), await App.UnitIdAsync("BTCD"), await App.UnitIdAsync("KT"));
        var merged = (await Organization.MergeAsync(TestActors.Admin, [nc, btcd], new NewUnit("NC-TCD", "Phòng Nội chính – Tiếp công dân"),
            On, MergeFigures.Summed)).Value;
        var service = App.Service<MergedFiguresService>();
        var summed = await FiguresAsync(campaign, merged);

        Assert.Equal("campaign.not_a_merger", Assert.Single((await service.RecombineAsync(TestActors.Officer, campaign, kt, MergeFigures.Summed)).Errors).Code);
        Assert.Equal("organization.figures_from_unknown", Assert.Single((await service.RecombineAsync(TestActors.Officer, campaign, merged,
            new MergeFigures(FiguresChoice.TakeOne, kt))).Errors).Code);
        Assert.Equal("campaign.not_found", Assert.Single((await service.RecombineAsync(TestActors.Officer, 999_999, merged, MergeFigures.Summed)).Errors).Code);
        foreach (var actor in new[] { TestActors.Admin, TestActors.HeadOf(merged), TestActors.Council, TestActors.Leader })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecombineAsync(actor, campaign, merged, new MergeFigures(FiguresChoice.TakeOne, nc)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => service.MergedUnitsAsync(actor, campaign));
        }

        await using (var db = await App.DbAsync())
        {
            var running = await db.Campaigns.SingleAsync(c => c.Id == campaign);
            while (running.Status != CampaignStatus.Closed)
            {
                Assert.True((running.Status switch
                {
                    CampaignStatus.Launched => running.OpenResults("congdoan", DateTimeOffset.UtcNow),
                    CampaignStatus.ResultsOpen => running.StartReview("congdoan", DateTimeOffset.UtcNow),
                    _ => running.Close("congdoan", DateTimeOffset.UtcNow),
                }).IsSuccess);
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal("campaign.figures_not_running", Assert.Single((await service.RecombineAsync(TestActors.Officer, campaign, merged,
            new MergeFigures(FiguresChoice.TakeOne, nc))).Errors).Code);
        Assert.Equal(summed.Values, (await FiguresAsync(campaign, merged)).Values);
    }

    private async Task<(Dictionary<int, int> BlocOf, Dictionary<int, Dictionary<string, decimal>> Values,
        Dictionary<int, Dictionary<string, decimal>> Targets)> FiguresAsync(int campaign, params int[] units)
    {
        await using var db = await App.DbAsync();
        var blocOf = await db.BlocMembers.AsNoTracking().Where(m => m.CampaignId == campaign && units.Contains(m.UnitId))
            .ToDictionaryAsync(m => m.UnitId, m => m.BlocId);
        var values = (await db.UnitResults.AsNoTracking().Where(r => r.CampaignId == campaign && units.Contains(r.UnitId)).ToListAsync())
            .ToDictionary(r => r.UnitId, r => r.Values.ToDictionary(v => v.CriterionCode, v => v.Value));
        var targets = (await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaign && units.Contains(p.UnitId)).ToListAsync())
            .ToDictionary(p => p.UnitId, p => p.Targets.ToDictionary(t => t.CriterionCode, t => t.Target));
        Assert.Equal(units.Length, blocOf.Count);
        Assert.Equal(units.Length, values.Count);
        return (blocOf, values, targets);
    }
}
