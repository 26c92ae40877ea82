using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Scoring;

namespace Emulation.Benchmarks;

/// <summary>A large, deterministic campaign: 5,000 units × 30 criteria and 100,000 people with 10-year histories.</summary>
public static class SyntheticCampaign
{
    public const int Year = 2025;

    public static EvaluationInput Build(int units = 5_000, int criteria = 30, int people = 100_000, int historyYears = 10)
    {
        uint state = 12345;
        int Next(int max)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return (int)(state % (uint)max);
        }

        var table = new List<Criterion>(criteria);
        for (int c = 0; c < criteria; c++)
        {
            string code = $"C{c:00}";
            table.Add((c % 10) switch
            {
                8 => Criterion.Bonus(code, "Thưởng", 2m, 10m, "lần"),
                9 => Criterion.Penalty(code, "Trừ", 1m, 5m, "lần"),
                7 => Criterion.Scored(code, "Có/không", "G", 3m, "có/không", ScoringMethod.YesNo),
                6 => Criterion.Scored(code, "Trễ hạn", "G", 4m, "hồ sơ", direction: CriterionDirection.LowerIsBetter),
                _ => Criterion.Scored(code, "Chỉ tiêu", "G", 4m, "đơn vị"),
            });
        }

        var unitInputs = new UnitInput[units];
        for (int u = 0; u < units; u++)
        {
            var targets = new Dictionary<string, decimal>(criteria);
            var values = new Dictionary<string, decimal>(criteria);
            foreach (var c in table)
            {
                if (c.NeedsTarget)
                {
                    targets[c.Code] = 50 + Next(100);
                }

                values[c.Code] = c.Method == ScoringMethod.YesNo ? Next(2) : c.Kind == CriterionKind.Scored ? Next(180) : Next(4);
            }

            int members = people / units;
            unitInputs[u] = new UnitInput(u + 1, $"Đơn vị {u + 1}", (u % 50) + 1, targets, values, members, Next(members + 1));
        }

        var personInputs = new PersonInput[people];
        QualityRating[] ratings = [QualityRating.Excellent, QualityRating.Good, QualityRating.Good, QualityRating.Good, QualityRating.Completed];
        for (int p = 0; p < people; p++)
        {
            var years = new StaffYear[historyYears];
            var awards = new List<AwardRecord>();
            for (int back = 0; back < historyYears; back++)
            {
                var rating = ratings[Next(ratings.Length)];
                var initiative = Next(4) == 0 ? InitiativeLevel.Grassroots : Next(20) == 0 ? InitiativeLevel.Provincial : InitiativeLevel.None;
                years[back] = new StaffYear(Year - back, rating, 12, 0, Next(200) == 0 ? DisciplineLevel.Reprimand : DisciplineLevel.None,
                    initiative, Next(500) == 0);
                if (back > 0 && (rating == QualityRating.Excellent || initiative != InitiativeLevel.None))
                {
                    awards.Add(new AwardRecord(Year - back, Title.GrassrootsEmulationFighter, Next(10) == 0 ? AwardKind.Thematic : AwardKind.Merit));
                }

                if (back > 0 && Next(15) == 0)
                {
                    awards.Add(new AwardRecord(Year - back, Title.ProvincialCertificateOfMerit, AwardKind.Merit));
                }
            }

            personInputs[p] = new PersonInput(p + 1, (p % units) + 1, $"Người {p + 1}", Next(2) == 0 ? Gender.Female : Gender.Male,
                new DateOnly(2010, 1, 1), years, awards);
        }

        return new EvaluationInput(Year, table, unitInputs, personInputs);
    }
}
