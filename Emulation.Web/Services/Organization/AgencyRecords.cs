using Emulation.Domain.Organization;
using Emulation.Web.Data;

namespace Emulation.Web.Services.Organization;

/// <summary>
/// The units and people whose records (profiles, yearly records, sudden and long-service proposals) the actor a context
/// was opened for reads and acts on: those of their agency, by the same rule as its campaigns
/// (<see cref="EmulationDbContext.CampaignAgencyUnits"/>); everyone's for an account bound to no unit. Another agency's
/// is answered as one that does not exist. Nothing is read to tell: the context knows its actor's agency.
/// </summary>
public static class AgencyRecords
{
    public static bool Covers(EmulationDbContext db, int unitId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CampaignAgencyUnits is not { } units || units.Contains(unitId);
    }

    public static IQueryable<Unit> Units(EmulationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CampaignAgencyUnits is { } units ? db.Units.Where(u => units.Contains(u.Id)) : db.Units;
    }

    public static IQueryable<Person> People(EmulationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CampaignAgencyUnits is { } units ? db.People.Where(p => units.Contains(p.UnitId)) : db.People;
    }
}
