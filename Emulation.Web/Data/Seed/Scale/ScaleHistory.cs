using System.Data.Common;
using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Common;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>
/// The past years: every person's yearly rating and the titles it earned (with streaks the eligibility rules look
/// for), recognised initiatives, every unit's collective rating and titles, and each year's commendation decisions.
/// The last three years' awards were issued here, under a decision with a verification code; older ones are history
/// carried over with only the decision's number.
/// </summary>
internal static class ScaleHistory
{
    public const string IssuerName = "Chủ tịch UBND tỉnh";
    private const int YearsIssuedHere = 3;

    public static int Insert(DbConnection connection, DbTransaction transaction, ScaleShape shape,
        IReadOnlyList<ScaleUnit> units, IReadOnlyList<ScalePerson> people, IReadOnlyDictionary<int, int> campaignIds,
        Random random)
    {
        var years = Enumerable.Range(shape.FirstHistoryYear, shape.Years).ToList();
        var decisions = InsertDecisions(connection, transaction, years, campaignIds);
        using var staffYears = new BulkInsert(connection, transaction, "StaffYearResults", "PersonId", "UnitId", "Year",
            "Rating", "MonthsWorked", "MaternityLeaveMonths", "LeaveMonths", "Discipline", "ProceedingsPending", "Initiative", "Version");
        using var initiatives = new BulkInsert(connection, transaction, "RecognisedInitiatives", "PersonId", "Year",
            "Title", "Level");
        using var awards = new BulkInsert(connection, transaction, "Awards", "PersonId", "UnitId", "UnitNameAtDecision",
            "Year", "Title", "Kind", "DecisionNumber", "DecisionDate", "IssuerName", "NominationId", "DecisionId",
            "VerificationCode", "CashVnd", "RevokedByDecisionId", "RevokedOn", "Version");
        using var unitYears = new BulkInsert(connection, transaction, "UnitYearRecords", "UnitId", "Year", "Rating");
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);

        void Grant(int? personId, int unitId, int year, Title title, AwardKind kind, YearDecisions decision)
        {
            var issued = year > years[^1] - YearsIssuedHere;
            var (number, id) = personId is null ? decision.Collective : decision.Individual;
            var award = Award.Grant(personId, unitId, unitNames[unitId], year, title, kind,
                kind == AwardKind.Sudden ? decision.Sudden : number, decision.Date, IssuerName);
            awards.Add(award.PersonId, award.UnitId, award.UnitNameAtDecision, award.Year, award.Title, award.Kind,
                award.DecisionNumber, award.DecisionDate, award.IssuerName, null,
                issued && kind != AwardKind.Sudden ? id : null,
                issued ? random.NextInt64().ToString("X16", CultureInfo.InvariantCulture) +
                    random.Next(0x10000).ToString("X4", CultureInfo.InvariantCulture) : null,
                null, null, null, NewVersion(random));
        }

        var rated = people.SelectMany(person => years.Where(y => person.RecruitedOn.Year < y)
            .Select(year => (Person: person, Record: RateYear(person, year, random)))).ToList();
        KeepWithinCap(rated);
        var recordsOf = rated.ToLookup(r => r.Person.Id, r => r.Record);
        foreach (var person in people)
        {
            var excellentRun = 0;
            var fighterRun = 0;
            foreach (var record in recordsOf[person.Id])
            {
                var year = record.Year;
                staffYears.Add(record.PersonId, record.UnitId, record.Year, record.Rating, record.MonthsWorked,
                    record.MaternityLeaveMonths, record.LeaveMonths, record.Discipline, record.ProceedingsPending, record.Initiative,
                    NewVersion(random));
                if (record.Initiative != InitiativeLevel.None)
                {
                    var initiative = RecognisedInitiative.Record(person.Id, year,
                        ScaleNames.Initiatives[random.Next(ScaleNames.Initiatives.Count)], record.Initiative);
                    initiatives.Add(initiative.PersonId, initiative.Year, initiative.Title, initiative.Level);
                }

                var decision = decisions[year];
                excellentRun = record.Rating == QualityRating.Excellent ? excellentRun + 1 : 0;
                if (record.Rating is QualityRating.Good or QualityRating.Excellent)
                {
                    Grant(person.Id, person.UnitId, year, Title.AdvancedWorker, AwardKind.Merit, decision);
                }

                fighterRun = record.Rating == QualityRating.Excellent && record.Initiative != InitiativeLevel.None
                    ? fighterRun + 1 : 0;
                if (fighterRun > 0)
                {
                    Grant(person.Id, person.UnitId, year, Title.GrassrootsEmulationFighter, AwardKind.Merit, decision);
                }

                // Three grassroots titles in a row open the provincial one; two excellent years the Chairman's merit.
                if (fighterRun > 0 && fighterRun % 3 == 0 && random.NextDouble() < 0.6)
                {
                    Grant(person.Id, person.UnitId, year, Title.ProvincialEmulationFighter, AwardKind.Merit, decision);
                }
                else if (excellentRun > 0 && excellentRun % 2 == 0 && random.NextDouble() < 0.4)
                {
                    Grant(person.Id, person.UnitId, year, Title.ProvincialCertificateOfMerit, AwardKind.Merit, decision);
                }

                if (random.NextDouble() < 0.002)
                {
                    Grant(person.Id, person.UnitId, year, Title.CertificateOfCommendation, AwardKind.Sudden, decision);
                }
            }
        }

        foreach (var bloc in units.GroupBy(u => u.BlocId))
        {
            var excellentRuns = bloc.ToDictionary(u => u.Id, _ => 0);
            foreach (var year in years)
            {
                var flagGiven = false;
                foreach (var unit in bloc)
                {
                    var rating = random.NextDouble() switch
                    {
                        < 0.25 => QualityRating.Excellent,
                        < 0.92 => QualityRating.Good,
                        < 0.99 => QualityRating.Completed,
                        _ => QualityRating.NotCompleted,
                    };
                    var record = UnitYearRecord.Start(unit.Id, year, rating);
                    unitYears.Add(record.UnitId, record.Year, record.Rating);
                    excellentRuns[unit.Id] = rating == QualityRating.Excellent ? excellentRuns[unit.Id] + 1 : 0;
                    switch (rating)
                    {
                        case QualityRating.Excellent:
                            Grant(null, unit.Id, year, Title.ExcellentLabourCollective, AwardKind.Merit, decisions[year]);
                            break;
                        case QualityRating.Good:
                            Grant(null, unit.Id, year, Title.AdvancedLabourCollective, AwardKind.Merit, decisions[year]);
                            break;
                    }

                    // The bloc's leading unit gets the emulation flag; two excellent years in a row may earn a merit.
                    if (rating == QualityRating.Excellent && !flagGiven && random.NextDouble() < 0.5)
                    {
                        flagGiven = true;
                        Grant(null, unit.Id, year, Title.ProvincialEmulationFlag, AwardKind.Merit, decisions[year]);
                    }
                    else if (excellentRuns[unit.Id] == 2 && random.NextDouble() < 0.5)
                    {
                        Grant(null, unit.Id, year, Title.CollectiveProvincialCertificateOfMerit, AwardKind.Merit,
                            decisions[year]);
                    }
                }
            }
        }

        return staffYears.Rows + initiatives.Rows + awards.Rows + unitYears.Rows;
    }

    /// <summary>
    /// Each unit's year keeps within the cap on excellent ratings in force (<see cref="SeedRatings"/>): its stars keep
    /// their excellent ratings first, the others beyond the cap are rated good.
    /// </summary>
    internal static void KeepWithinCap(IEnumerable<(ScalePerson Person, StaffYearResult Record)> rated)
    {
        foreach (var unitYear in rated.GroupBy(r => (r.Person.UnitId, r.Record.Year)))
        {
            var ordered = unitYear.OrderByDescending(r => r.Person.Performer == Performer.Star).ToList();
            var kept = SeedRatings.WithinCap([.. ordered.Select(r => r.Record.Rating)], unitYear.Key.Year);
            foreach (var ((_, record), rating) in ordered.Zip(kept).Where(p => p.First.Record.Rating != p.Second))
            {
                Ensure(record.Record(rating, record.MonthsWorked, record.MaternityLeaveMonths, record.Discipline,
                    record.Initiative, record.ProceedingsPending, record.LeaveMonths));
            }
        }
    }

    /// <summary>One person's year: ratings follow the kind of performer; discipline means not completed.</summary>
    private static StaffYearResult RateYear(ScalePerson person, int year, Random random)
    {
        var roll = random.NextDouble();
        var rating = person.Performer switch
        {
            Performer.Star => roll < 0.70 ? QualityRating.Excellent : roll < 0.98 ? QualityRating.Good : QualityRating.Completed,
            Performer.Steady => roll < 0.10 ? QualityRating.Excellent : roll < 0.90 ? QualityRating.Good
                : roll < 0.99 ? QualityRating.Completed : QualityRating.NotCompleted,
            _ => roll < 0.35 ? QualityRating.Good : roll < 0.88 ? QualityRating.Completed : QualityRating.NotCompleted,
        };
        var discipline = rating == QualityRating.NotCompleted && random.NextDouble() < 0.4
            ? DisciplineLevel.Reprimand : DisciplineLevel.None;
        var initiative = (rating, random.NextDouble()) switch
        {
            (QualityRating.Excellent, < 0.06) => InitiativeLevel.Provincial,
            (QualityRating.Excellent, < 0.65) => InitiativeLevel.Grassroots,
            (QualityRating.Good, < 0.03) => InitiativeLevel.Grassroots,
            _ => InitiativeLevel.None,
        };
        var maternity = person.Gender == Gender.Female && random.NextDouble() < 0.03 ? 6 : 0;
        var record = StaffYearResult.Start(person.Id, person.UnitId, year);
        Ensure(record.Record(rating, 12 - maternity, maternity, discipline, initiative));
        return record;
    }

    private static Dictionary<int, YearDecisions> InsertDecisions(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<int> years, IReadOnlyDictionary<int, int> campaignIds)
    {
        var decisions = new Dictionary<int, YearDecisions>();
        // Issued by the province's agency at the top of the tree, numbered in its own series (DecisionNumbering).
        using var insert = new BulkInsert(connection, transaction, "Decisions", "Id", "Kind", "Number", "Date", "Year",
            "IssuerName", "SignerName", "SignerPosition", "CampaignId", "IssuedBy", "IssuedAt", "Reason",
            Services.Decisions.DecisionNumbering.IssuingUnitProperty);
        var id = 0;
        foreach (var year in years)
        {
            // Issued in January of the following year, numbered as the province numbers its decisions.
            var date = new DateOnly(year + 1, 1, 15);
            var issuedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            int Add(string number)
            {
                var decision = Decision.IssueAward(number, date, IssuerName, "Nguyễn Văn Phong", "Chủ tịch",
                    campaignIds[year], "congdoan", issuedAt);
                Ensure(decision);
                var d = decision.Value;
                insert.Add(++id, d.Kind, d.Number, d.Date, d.Year, d.IssuerName, d.SignerName, d.SignerPosition,
                    d.CampaignId, d.IssuedBy, d.IssuedAt, d.Reason, ScaleOrganization.AgencyId);
                return id;
            }

            var individual = string.Create(CultureInfo.InvariantCulture, $"{120 + year % 7}/QĐ-UBND");
            var collective = string.Create(CultureInfo.InvariantCulture, $"{121 + year % 7}/QĐ-UBND");
            decisions[year] = new YearDecisions(date, (individual, Add(individual)), (collective, Add(collective)),
                string.Create(CultureInfo.InvariantCulture, $"{45 + year % 5}/QĐ-UBND"));
        }

        return decisions;
    }

    internal static Guid NewVersion(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    internal static void Ensure(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Scale seed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    internal static void Ensure<T>(Result<T> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Scale seed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private sealed record YearDecisions(DateOnly Date, (string Number, int Id) Individual, (string Number, int Id) Collective,
        string Sudden);
}
