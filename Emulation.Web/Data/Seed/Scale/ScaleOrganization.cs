using System.Data.Common;
using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Web.Services;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>A seeded unit; <see cref="BlocId"/> is its bloc's number, the same in every campaign's copy of the blocs.</summary>
internal sealed record ScaleUnit(int Id, string Code, string Name, UnitKind Kind, int BlocId, int Staff);

/// <summary>How a person tends to be rated year after year: most do well, a few shine, a few struggle.</summary>
internal enum Performer
{
    Steady,
    Star,
    Struggling,
}

internal sealed record ScalePerson(int Id, int UnitId, Gender Gender, DateOnly RecruitedOn, Performer Performer);

/// <summary>
/// Blocs, units and people. Units are a district's offices, grouped into blocs of 15 to 40; staff per unit follow a
/// long tail between <see cref="ScaleShape.MinStaff"/> and <see cref="ScaleShape.MaxStaff"/> and add up exactly to the
/// shape's people. Ids are given here (the database is empty), so later rows can point at them without reading back.
/// </summary>
internal static class ScaleOrganization
{
    public const int AgencyId = 1;
    public const string AgencyCode = "UBND";

    public static (List<ScaleUnit> Units, List<ScalePerson> People) Insert(DbConnection connection,
        DbTransaction transaction, ScaleShape shape, IReadOnlyDictionary<int, int> campaignIds, Random random)
    {
        var staff = StaffSizes(shape, random);
        var blocSizes = BlocSizes(shape.Units, random);

        // Every campaign has its own copy of the same blocs: bloc b of the k-th campaign has id k × blocs + b.
        var campaigns = campaignIds.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        using (var blocs = new BulkInsert(connection, transaction, "Blocs", "Id", "CampaignId", "Code", StoredCodes.FoldedCode, "Name"))
        {
            for (var k = 0; k < campaigns.Count; k++)
            {
                for (var b = 1; b <= blocSizes.Count; b++)
                {
                    var bloc = Bloc.Create(campaigns[k], string.Create(CultureInfo.InvariantCulture, $"Khối thi đua số {b}"),
                        string.Create(CultureInfo.InvariantCulture, $"KHOI-{b:000}"));
                    blocs.Add((k * blocSizes.Count) + b, bloc.CampaignId, bloc.Code, CleanText.FoldCode(bloc.Code!), bloc.Name);
                }
            }
        }

        var units = new List<ScaleUnit>(shape.Units);
        using (var insert = new BulkInsert(connection, transaction, "Units", "Id", "Code", StoredCodes.FoldedCode, "Name", "Kind",
                   "ParentId", "ClosedOn"))
        {
            insert.Add(AgencyId, AgencyCode, CleanText.FoldCode(AgencyCode), "Ủy ban nhân dân tỉnh", UnitKind.Agency, null, null);
            var bloc = 1;
            var leftInBloc = blocSizes[0];
            for (var i = 0; i < shape.Units; i++)
            {
                if (leftInBloc == 0)
                {
                    leftInBloc = blocSizes[bloc++];
                }

                leftInBloc--;
                var office = ScaleNames.Offices[i % ScaleNames.Offices.Count];
                var round = i / ScaleNames.Offices.Count;
                var district = ScaleNames.Districts[round % ScaleNames.Districts.Count] +
                    (round < ScaleNames.Districts.Count ? "" : string.Create(CultureInfo.InvariantCulture,
                        $" ({round / ScaleNames.Districts.Count + 1})"));
                var unit = Unit.Create(string.Create(CultureInfo.InvariantCulture, $"U{i + 1:0000}"),
                    $"{office} {district}",
                    office.StartsWith("Trung tâm", StringComparison.Ordinal) ? UnitKind.PublicServiceUnit : UnitKind.Department,
                    AgencyId);
                var scaleUnit = new ScaleUnit(AgencyId + 1 + i, unit.Code, unit.Name, unit.Kind, bloc, staff[i]);
                insert.Add(scaleUnit.Id, unit.Code, CleanText.FoldCode(unit.Code), unit.Name, unit.Kind, unit.ParentId, null);
                units.Add(scaleUnit);
            }
        }

        using (var members = new BulkInsert(connection, transaction, "BlocMembers", "CampaignId", "BlocId", "UnitId"))
        {
            for (var k = 0; k < campaigns.Count; k++)
            {
                foreach (var unit in units)
                {
                    members.Add(campaigns[k], (k * blocSizes.Count) + unit.BlocId, unit.Id);
                }
            }
        }

        return (units, InsertPeople(connection, transaction, units, random));
    }

    private static List<ScalePerson> InsertPeople(DbConnection connection, DbTransaction transaction,
        List<ScaleUnit> units, Random random)
    {
        var people = new List<ScalePerson>(units.Sum(u => u.Staff));
        using var insert = new BulkInsert(connection, transaction, "People", "Id", "Code", StoredCodes.FoldedCode, "FullName", "Gender", "UnitId",
            "RecruitedOn", "Position");
        using var tenures = new BulkInsert(connection, transaction, "PersonTenures", "PersonId", "UnitId", "Position", "From");
        foreach (var unit in units)
        {
            var deputies = 1 + unit.Staff / 60;
            for (var i = 0; i < unit.Staff; i++)
            {
                var (name, gender) = DemoOrganization.RandomPerson(random);
                var position = (i, unit.Kind) switch
                {
                    (0, UnitKind.PublicServiceUnit) => "Giám đốc",
                    (0, _) => "Trưởng phòng",
                    (_, UnitKind.PublicServiceUnit) when i <= deputies => "Phó Giám đốc",
                    _ when i <= deputies => "Phó trưởng phòng",
                    (_, UnitKind.PublicServiceUnit) => "Viên chức",
                    _ => "Chuyên viên",
                };
                // A few joined this year (some too late to be rated); the rest over thirty years before it.
                var recruited = random.NextDouble() < 0.02
                    ? new DateOnly(ScaleShape.CampaignYear, 1 + random.Next(11), 1)
                    : new DateOnly(ScaleShape.CampaignYear - 1 - random.Next(30), 1 + random.Next(12), 1);
                var performer = random.NextDouble() switch
                {
                    < 0.08 => Performer.Star,
                    < 0.88 => Performer.Steady,
                    _ => Performer.Struggling,
                };
                var person = Person.Create(name, gender, unit.Id, recruited, position,
                    string.Create(CultureInfo.InvariantCulture, $"{unit.Code}-{i + 1:000}"));
                var scalePerson = new ScalePerson(people.Count + 1, unit.Id, gender, recruited, performer);
                insert.Add(scalePerson.Id, person.Code, CleanText.FoldCode(person.Code!), person.FullName, person.Gender, person.UnitId, person.RecruitedOn,
                    person.Position);
                tenures.Add(scalePerson.Id, person.UnitId, person.Position, person.RecruitedOn);
                people.Add(scalePerson);
            }
        }

        return people;
    }

    /// <summary>Every unit gets the smallest size, the rest is shared out by a long-tailed weight, capped at the largest.</summary>
    private static int[] StaffSizes(ScaleShape shape, Random random)
    {
        var smallest = shape.SmallestUnit;
        var room = ScaleShape.MaxStaff - smallest;
        var weights = Enumerable.Range(0, shape.Units).Select(_ => Math.Exp(Gaussian(random) * 0.9)).ToArray();
        var total = weights.Sum();
        var remaining = shape.People - shape.Units * smallest;
        var extra = weights.Select(w => Math.Min(room, (int)(remaining * w / total))).ToArray();
        var left = remaining - extra.Sum();
        for (var i = 0; left > 0; i = (i + 1) % shape.Units)
        {
            if (extra[i] < room)
            {
                extra[i]++;
                left--;
            }
        }

        return [.. extra.Select(e => smallest + e)];
    }

    private static List<int> BlocSizes(int units, Random random)
    {
        var largest = Math.Max(1, Math.Min(40, units / 2));
        var sizes = new List<int>();
        for (var left = units; left > 0;)
        {
            var size = Math.Min(left, Math.Min(largest, 15 + random.Next(26)));
            sizes.Add(size);
            left -= size;
        }

        return sizes;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
