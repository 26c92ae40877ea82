using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Records;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Nominations;

/// <summary>
/// The one check, wherever a nomination becomes an award (approved under the agency's decision, sent up, decided or
/// recorded by the level above), that the campaign's kind may grant its title (<see cref="Domain.Campaigns.Campaign.MayGrant"/>):
/// a yearly title nominated on a thematic or period campaign is refused even after the council passed it.
/// </summary>
internal static class CampaignGrants
{
    /// <summary>One refusal per nomination of <paramref name="nominations"/> whose title the campaign may not grant, naming its nominee.</summary>
    public static async Task<IReadOnlyList<DomainError>> RefusalsAsync(EmulationDbContext db, int campaignId,
        IReadOnlyCollection<Nomination> nominations)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId);
        var refused = campaign is null ? [] : nominations.Where(n => !campaign.MayGrant(n.Title, "").IsSuccess).ToList();
        if (refused.Count == 0)
        {
            return [];
        }

        var names = await SubjectNames.LoadAsync(db, refused.Select(n => (n.PersonId, n.UnitId)));
        return [.. refused.SelectMany(n => campaign!.MayGrant(n.Title, names[(n.PersonId, n.UnitId)]).Errors)];
    }
}
