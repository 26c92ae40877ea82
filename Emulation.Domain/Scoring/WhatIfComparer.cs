namespace Emulation.Domain.Scoring;

internal static class WhatIfComparer
{
    public static WhatIfReport Compare(CampaignEvaluation before, CampaignEvaluation after)
    {
        var afterByKey = after.Recommendations.ToDictionary(r => (r.PersonId, r.UnitId, r.Title));
        var awards = new List<AwardChange>();
        foreach (var b in before.Recommendations)
        {
            if (afterByKey.TryGetValue((b.PersonId, b.UnitId, b.Title), out var a) && a.Status != b.Status)
            {
                awards.Add(new AwardChange(b.PersonId, b.UnitId, b.SubjectName, b.Title, b.Status, a.Status));
            }
        }

        var afterRanks = after.Rankings.ToDictionary(r => r.UnitId);
        var ranks = new List<RankChange>();
        foreach (var b in before.Rankings)
        {
            if (afterRanks.TryGetValue(b.UnitId, out var a) && (a.Rank != b.Rank || a.Total != b.Total))
            {
                ranks.Add(new RankChange(b.UnitId, b.BlocId, b.Rank, a.Rank, b.Total, a.Total));
            }
        }

        return new WhatIfReport(before, after, awards, ranks);
    }
}
