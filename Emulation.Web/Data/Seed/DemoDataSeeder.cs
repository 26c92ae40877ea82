using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data.Seed;

/// <summary>
/// Fills an empty database with the seed customer: units, blocs, ~100 staff, three past years of ratings and awards,
/// this year's campaign at its pledge stage (<see cref="SeedCampaignAsync"/>), and a demo account for every role. The
/// years and deadlines follow the day of the first start (<see cref="DemoSchedule"/>).
/// Runs once: a database that already has units is left alone.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<EmulationDbContext> factory,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    Services.Inbox.InboxService inbox)
{
    public const string DemoPassword = "Demo@2026";

    /// <summary>The demo's people and figures are drawn the same whatever the year it starts in.</summary>
    private const int RandomSeed = 2026;
    public const string DemoUnitCode = "TH";

    /// <summary>The office, the agency at the top of the demo's tree.</summary>
    public const string AgencyCode = "VP";

    /// <summary>The provincial emulation board: the receiving level of the demo, a node outside the office's tree.</summary>
    public const string BoardCode = "BTDKT";

    public const string BoardName = "Ban Thi đua – Khen thưởng tỉnh (Sở Nội vụ)";

    /// <summary>The board's appraiser (cán bộ thẩm định).</summary>
    public const string BoardUserName = "bantdkt";

    /// <summary>The receiving board's own council (Hội đồng Thi đua – Khen thưởng tỉnh): three members who vote on its dossiers.</summary>
    private static readonly string[] BoardCouncil = ["Phạm Văn Hùng", "Nguyễn Thị Lan", "Trần Đức Minh"];

    /// <summary>The office's council (hoidong1 … hoidong5); the last two are also staff and go by their person's name.</summary>
    private static readonly string[] OfficeCouncil = ["Đặng Văn Thành", "Hoàng Thị Mai", "Bùi Quang Huy", "Lý Thanh Hương", "Cao Minh Đức"];

    /// <summary>The full name of the office's council member <paramref name="n"/> (1–5), hoidong<paramref name="n"/>.</summary>
    public static string CouncilMemberName(int n) => OfficeCouncil[n - 1];

    /// <summary>The demo account of the board's council member <paramref name="n"/> (1–3): bantdkt.hd1 …</summary>
    public static string BoardCouncilUserName(int n) => $"{BoardUserName}.hd{n}";

    /// <summary>The demo's union officer, who launched the demo campaign in its history.</summary>
    private const string UnionOfficerUserName = "congdoan";

    /// <summary>The demo account of the head of the unit <paramref name="unitCode"/>: tp.th for TH …</summary>
    private static string HeadUserName(string unitCode) => $"tp.{unitCode.ToLowerInvariant()}";

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        SeededCampaign? launched = null;
        if (!await db.Units.AnyAsync())
        {
            var random = new Random(RandomSeed);
            var schedule = DemoSchedule.StartingOn(Services.OfficeTime.Date(clock.GetUtcNow()));
            var units = await SeedOrganizationAsync(db);
            var people = await SeedPeopleAsync(db, units, schedule, random);
            await SeedHistoryAsync(db, units, people, schedule, random);
            launched = await SeedCampaignAsync(db, units, people, schedule, random);
        }

        // Also for a demo database seeded before the board existed.
        if (!await db.Units.AnyAsync(u => u.Code == BoardCode))
        {
            db.Units.Add(Unit.Create(BoardCode, BoardName, UnitKind.ReceivingBoard));
            await db.SaveChangesAsync();
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var unitsByCode = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code);
        // The head of each unit is its first member (seeded as Trưởng phòng / Giám đốc).
        var heads = (await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.UnitId, p.FullName }).ToListAsync())
            .GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.First().FullName);
        var accounts = DemoAccounts(unitsByCode, heads);
        var councilStaff = await CouncilStaffAsync(db, unitsByCode);
        var staff = await StaffAccountsAsync(db, unitsByCode);
        accounts.AddRange(staff.Select(s => s.Account));
        foreach (var (account, personId) in staff)
        {
            councilStaff[account.UserName] = personId;
        }

        // An account linked to a person record goes by that person's name (the staff accounts already do).
        var linkedNames = await db.People.AsNoTracking().Where(p => councilStaff.Values.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName);
        accounts = [.. accounts.Select(a => councilStaff.TryGetValue(a.UserName, out var id) && linkedNames.TryGetValue(id, out var name)
            ? a with { FullName = name }
            : a)];
        foreach (var account in accounts)
        {
            await EnsureAccountAsync(account, unitsByCode,
                councilStaff.TryGetValue(account.UserName, out var personId) ? personId : null);
        }

        // The campaign was launched and the pledges sent before anyone had an account: their readers are told now, as the
        // launch and each submission tell them, each notice dated when its step happened.
        if (launched is { } campaign)
        {
            await inbox.CampaignLaunchedAsync(campaign.Id, campaign.LaunchedAt);
            foreach (var (unitId, submittedAt) in campaign.Pledged)
            {
                await inbox.SubmissionReceivedAsync(campaign.Id, unitId, Services.Submissions.SubmissionKind.Pledge, submittedAt);
            }
        }

        return accounts;
    }

    private static List<DemoAccount> DemoAccounts(IReadOnlyDictionary<string, Unit> units,
        IReadOnlyDictionary<int, string> heads)
    {
        var accounts = new List<DemoAccount>
        {
            new("quantri", DemoPassword, Roles.Administrator, "Quản trị hệ thống", null),
            new(UnionOfficerUserName, DemoPassword, Roles.UnionOfficer, "Nguyễn Thị Thu Hà", null),
            new("lanhdao", DemoPassword, Roles.Leadership, "Trần Quốc Bảo", null),
        };
        accounts.AddRange(Enumerable.Range(1, 5).Select(i =>
            new DemoAccount($"hoidong{i}", DemoPassword, Roles.CouncilMember, CouncilMemberName(i), null)));
        accounts.Add(new DemoAccount(BoardUserName, DemoPassword, Roles.Appraiser, "Lê Minh Tuấn", BoardName));
        accounts.AddRange(BoardCouncil.Select((name, i) =>
            new DemoAccount(BoardCouncilUserName(i + 1), DemoPassword, Roles.BoardCouncilMember, name, BoardName)));
        accounts.AddRange(DemoOrganization.Units.Select(u =>
            new DemoAccount(HeadUserName(u.Code), DemoPassword, Roles.DepartmentHead,
                heads.GetValueOrDefault(units[u.Code].Id, u.Name), units[u.Code].Name)));
        return accounts;
    }

    /// <summary>
    /// Two members of staff of Phòng Tổng hợp sign in as themselves (nv.th1, nv.th2): the third and fourth people of the
    /// unit (the first is its head, the second the council member hoidong4).
    /// </summary>
    private static async Task<List<(DemoAccount Account, int PersonId)>> StaffAccountsAsync(EmulationDbContext db,
        IReadOnlyDictionary<string, Unit> units)
    {
        if (!units.TryGetValue(DemoUnitCode, out var unit))
        {
            return [];
        }

        var people = await db.People.AsNoTracking().Where(p => p.UnitId == unit.Id).OrderBy(p => p.Id).Skip(2).Take(2)
            .Select(p => new { p.Id, p.FullName }).ToListAsync();
        return [.. people.Select((p, i) => (new DemoAccount($"nv.{DemoUnitCode.ToLowerInvariant()}{i + 1}", DemoPassword,
            Roles.Staff, p.FullName, unit.Name), p.Id))];
    }

    /// <summary>
    /// Two council members are also staff (a deputy head of Phòng Tổng hợp, a deputy director of the public service
    /// centre): they stand aside when the council votes on their own or their unit's nominations.
    /// </summary>
    private static async Task<Dictionary<string, int>> CouncilStaffAsync(EmulationDbContext db,
        IReadOnlyDictionary<string, Unit> units)
    {
        var links = new Dictionary<string, int>();
        foreach (var (userName, unitCode) in new[] { ("hoidong4", "TH"), ("hoidong5", "HCC") })
        {
            if (units.TryGetValue(unitCode, out var unit) &&
                await db.People.AsNoTracking().Where(p => p.UnitId == unit.Id).OrderBy(p => p.Id).Skip(1)
                    .Select(p => (int?)p.Id).FirstOrDefaultAsync() is { } personId)
            {
                links[userName] = personId;
            }
        }

        return links;
    }

    private async Task EnsureAccountAsync(DemoAccount account, IReadOnlyDictionary<string, Unit> units, int? personId)
    {
        if (await users.FindByNameAsync(account.UserName) is not null)
        {
            return;
        }

        var unitId = account.Role switch
        {
            Roles.DepartmentHead => units[account.UserName["tp.".Length..].ToUpperInvariant()].Id,
            Roles.Appraiser or Roles.BoardCouncilMember => units[BoardCode].Id,
            // The office's council sits for the office alone (hoidong1 … hoidong5), never on another agency's.
            Roles.CouncilMember => units[AgencyCode].Id,
            _ => (int?)null,
        };
        var user = new AppUser { UserName = account.UserName, FullName = account.FullName, UnitId = unitId, PersonId = personId };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, account.Role);
    }

    private static async Task<Dictionary<string, Unit>> SeedOrganizationAsync(EmulationDbContext db)
    {
        var agency = Unit.Create(AgencyCode, DemoOrganization.AgencyName, UnitKind.Agency);
        db.Units.Add(agency);
        await db.SaveChangesAsync();

        var units = DemoOrganization.Units.ToDictionary(
            u => u.Code,
            u => Unit.Create(u.Code, u.Name, u.Kind, agency.Id));
        db.Units.AddRange(units.Values);
        await db.SaveChangesAsync();
        return units;
    }

    private static async Task<List<Person>> SeedPeopleAsync(EmulationDbContext db, Dictionary<string, Unit> units,
        DemoSchedule schedule, Random random)
    {
        var people = new List<Person>();
        foreach (var demo in DemoOrganization.Units)
        {
            for (var i = 0; i < demo.Staff; i++)
            {
                var (name, gender) = DemoOrganization.RandomPerson(random);
                var position = i switch
                {
                    0 => demo.Kind == UnitKind.PublicServiceUnit || demo.Name.StartsWith("Trung tâm", StringComparison.Ordinal)
                        ? "Giám đốc" : "Trưởng phòng",
                    1 or 2 => "Phó trưởng phòng",
                    _ => "Chuyên viên",
                };
                // Two recent recruits show the "recruited less than six months" rule.
                var recruited = i == demo.Staff - 1 && demo.Code is "TH" or "HCC"
                    ? schedule.RecentRecruitment
                    : new DateOnly(2005 + random.Next(0, 17), 1 + random.Next(12), 1);
                // Heads and deputies started as specialists and were appointed later: their tenure history shows it.
                // Dates come from the recruitment day, not the random source, so the rest of the demo stays as it was.
                var appointed = recruited.AddYears(3 + (i % 4));
                var promoted = position != "Chuyên viên" && appointed.Year < schedule.CampaignYear;
                var person = Person.Create(name, gender, units[demo.Code].Id, recruited, promoted ? "Chuyên viên" : position,
                    code: string.Create(CultureInfo.InvariantCulture, $"{demo.Code}-{i + 1:000}"),
                    dateOfBirth: recruited.AddYears(-(23 + ((i * 7) % 12))).AddDays(-(i * 37 % 300)));
                if (promoted && person.Transfer(units[demo.Code].Id, position, appointed) is { IsSuccess: false } refused)
                {
                    throw new InvalidOperationException($"Demo tenure refused: {string.Join("; ", refused.Errors)}");
                }

                people.Add(person);
            }
        }

        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return people;
    }

    private static async Task SeedHistoryAsync(EmulationDbContext db, Dictionary<string, Unit> units,
        List<Person> people, DemoSchedule schedule, Random random)
    {
        var unitNames = units.Values.ToDictionary(u => u.Id, u => u.Name);
        var decisionNumber = 100;
        foreach (var year in schedule.HistoryYears)
        {
            var decision = $"{decisionNumber++}/QĐ-VP";
            var decisionDate = new DateOnly(year, 12, 20);
            var drawn = people.Where(p => p.RecruitedOn.Year < year).Select(person =>
            {
                var rating = RandomRating(random);
                var initiative = rating == QualityRating.Excellent && random.NextDouble() < 0.6
                    ? InitiativeLevel.Grassroots : InitiativeLevel.None;
                var discipline = rating == QualityRating.NotCompleted && random.NextDouble() < 0.5
                    ? DisciplineLevel.Reprimand : DisciplineLevel.None;
                var maternity = person.Gender == Gender.Female && random.NextDouble() < 0.04 ? 6 : 0;
                return (Person: person, Rating: rating, Initiative: initiative, Discipline: discipline, Maternity: maternity);
            }).ToList();
            foreach (var unit in drawn.GroupBy(d => d.Person.UnitId))
            {
                var kept = SeedRatings.WithinCap([.. unit.Select(d => d.Rating)], year);
                foreach (var ((person, _, initiative, discipline, maternity), rating) in unit.Zip(kept))
                {
                    var record = StaffYearResult.Start(person.Id, person.UnitId, year);
                    record.Record(rating, 12 - maternity, maternity, discipline, initiative);
                    db.StaffYearResults.Add(record);

                    if (rating is QualityRating.Good or QualityRating.Excellent && discipline == DisciplineLevel.None)
                    {
                        db.Awards.Add(Award.Grant(person.Id, person.UnitId, unitNames[person.UnitId], year,
                            Title.AdvancedWorker, AwardKind.Merit, decision, decisionDate, DemoOrganization.IssuerName));
                        if (rating == QualityRating.Excellent && initiative != InitiativeLevel.None)
                        {
                            db.Awards.Add(Award.Grant(person.Id, person.UnitId, unitNames[person.UnitId], year,
                                Title.GrassrootsEmulationFighter, AwardKind.Merit, decision, decisionDate,
                                DemoOrganization.IssuerName));
                        }
                    }
                }
            }
        }

        // A sudden award: it must not count toward any merit streak.
        var hero = people[5];
        var lastYear = schedule.CampaignYear - 1;
        db.Awards.Add(Award.Grant(hero.Id, hero.UnitId, unitNames[hero.UnitId], lastYear,
            Title.CertificateOfCommendation, AwardKind.Sudden, "45/QĐ-VP", new DateOnly(lastYear, 8, 15),
            DemoOrganization.IssuerName));
        await db.SaveChangesAsync();
    }

    /// <summary>The demo's campaign: when it was launched, and each unit's pledge with when it was sent, in that order.</summary>
    private sealed record SeededCampaign(int Id, DateTimeOffset LaunchedAt, IReadOnlyList<(int UnitId, DateTimeOffset SubmittedAt)> Pledged);

    /// <summary>
    /// Seeds this year's campaign as an office has it a week into its pledge stage; returns it. It was launched a
    /// week ago; the other units have sent their pledges since, which wait for the union officer's review; the demo
    /// head's unit has yet to pledge. No unit has reported results, which the campaign does not take yet: each has its
    /// figures so far kept as a draft, its head's own, that counts nowhere until it is submitted once results open.
    /// </summary>
    private async Task<SeededCampaign> SeedCampaignAsync(EmulationDbContext db, Dictionary<string, Unit> units, List<Person> people,
        DemoSchedule schedule, Random random)
    {
        var now = clock.GetUtcNow();
        var launchedAt = now.AddDays(-LaunchedDaysAgo);
        var year = schedule.CampaignYear;
        var drafted = Campaign.Draft($"Phong trào thi đua thực hiện nhiệm vụ năm {year}", year,
            CampaignKind.Yearly, schedule.PledgeDeadline, schedule.ResultsDeadline);
        if (!drafted.IsSuccess)
        {
            throw new InvalidOperationException($"Demo campaign not drafted: {string.Join("; ", drafted.Errors)}");
        }

        var campaign = drafted.Value;
        // The office's campaign: its departments and centres sit under the office itself.
        campaign.BelongTo(units.Values.Select(u => u.ParentId).Distinct().Single()!.Value);
        foreach (var criterion in DemoCampaign.Criteria())
        {
            campaign.AddCriterion(criterion);
        }

        foreach (var title in DemoCampaign.OfferedTitles)
        {
            campaign.OfferTitle(title);
        }

        var field = new LaunchField([.. DemoOrganization.Units.GroupBy(u => u.Bloc).Select(b => new LaunchBloc(b.Key, b.Count()))]);
        var launched = campaign.Launch(UnionOfficerUserName, launchedAt, field);
        if (!launched.IsSuccess)
        {
            throw new InvalidOperationException($"Demo campaign not launched: {string.Join("; ", launched.Errors)}");
        }

        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();

        // The campaign's own blocs: the advisory departments, and the centres with the public service unit.
        var blocs = new[] { DemoOrganization.AdvisoryBloc, DemoOrganization.CentresBloc }
            .ToDictionary(name => name,
                name => Bloc.Create(campaign.Id, name, name == DemoOrganization.AdvisoryBloc ? "THAM-MUU" : "TRUNG-TAM"));
        db.Blocs.AddRange(blocs.Values);
        await db.SaveChangesAsync();
        db.BlocMembers.AddRange(DemoOrganization.Units.Select(u => BlocMember.Create(campaign.Id, blocs[u.Bloc].Id, units[u.Code].Id)));
        await db.SaveChangesAsync();

        // Every unit but the demo department head's has pledged, one after another since the launch.
        var others = DemoOrganization.Units.Where(u => u.Code != DemoUnitCode).ToList();
        var pledged = new List<(int UnitId, DateTimeOffset SubmittedAt)>();
        foreach (var (demo, order) in others.Select((u, i) => (u, i)))
        {
            var unit = units[demo.Code];
            var targets = campaign.Criteria.Where(c => c.NeedsTarget)
                .ToDictionary(c => c.Code, c => (decimal?)Math.Round(DemoCampaign.TargetFor(c.Code, demo.Staff)));
            var pledge = Pledge.Start(campaign.Id, unit.Id);
            pledge.SetTargets(campaign.Criteria, targets);
            var submittedAt = launchedAt.AddHours(PledgedHoursApart * (order + 1));
            pledge.Submit(HeadUserName(demo.Code), submittedAt);
            db.Pledges.Add(pledge);
            pledged.Add((unit.Id, submittedAt));

            var values = campaign.Criteria.ToDictionary(c => c.Code, c => (decimal?)SeedValue(c, targets, random));
            var result = UnitResult.Start(campaign.Id, unit.Id);
            result.Record(campaign.Criteria, values);
            db.UnitResults.Add(result);

            var drawn = new List<(StaffYearResult Record, QualityRating Rating, int Months, InitiativeLevel Initiative)>();
            foreach (var person in people.Where(p => p.UnitId == unit.Id))
            {
                var record = StaffYearResult.Start(person.Id, unit.Id, year);
                var months = person.RecruitedOn.Year == year ? 13 - person.RecruitedOn.Month : 12;
                var rating = months < 6 ? QualityRating.NotRated : RandomRating(random);
                var initiative = rating == QualityRating.Excellent && random.NextDouble() < 0.5
                    ? InitiativeLevel.Grassroots : InitiativeLevel.None;
                drawn.Add((record, rating, months, initiative));
            }

            // The year's ratings keep within the cap on excellent ratings in force: the excellent ones beyond it are rated
            // good, after the draw, so the random sequence stays as it was.
            var kept = SeedRatings.WithinCap([.. drawn.Select(d => d.Rating)], year);
            foreach (var ((record, _, months, initiative), rating) in drawn.Zip(kept))
            {
                record.Record(rating, months, 0, DisciplineLevel.None, initiative);
                db.StaffYearResults.Add(record);
            }
        }

        await db.SaveChangesAsync();
        return new SeededCampaign(campaign.Id, launchedAt, pledged);
    }

    /// <summary>How long before the demo's first start its campaign was launched.</summary>
    public const int LaunchedDaysAgo = 7;

    /// <summary>The other units' pledges arrive this far apart after the launch, all before the first start.</summary>
    private const int PledgedHoursApart = 14;

    private static decimal SeedValue(Criterion criterion, Dictionary<string, decimal?> targets, Random random) =>
        criterion switch
        {
            { Method: ScoringMethod.YesNo } => random.NextDouble() < 0.85 ? 1 : 0,
            { Kind: CriterionKind.Bonus } => random.NextDouble() < 0.2 ? 1 : 0,
            { Kind: CriterionKind.Penalty } => random.Next(0, 12),
            { IsShare: true } => Math.Round(93m + (decimal)random.NextDouble() * 7m, 1),
            _ => Math.Round(targets[criterion.Code]!.Value * (0.85m + (decimal)random.NextDouble() * 0.3m)),
        };

    private static QualityRating RandomRating(Random random) => random.NextDouble() switch
    {
        < 0.16 => QualityRating.Excellent,
        < 0.82 => QualityRating.Good,
        < 0.97 => QualityRating.Completed,
        _ => QualityRating.NotCompleted,
    };
}
