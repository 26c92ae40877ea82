using BenchmarkDotNet.Attributes;

using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Decisions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Benchmarks;

/// <summary>
/// Leadership approves 1,000 nominations the council passed under one decision (goal: ≤ 2 s), on a migrated SQLite
/// file: load and check the nominations, write the decision, 1,000 awards with cash and verification codes, in one
/// transaction. Each iteration starts from 1,000 fresh passed nominations and a decision number not used yet.
/// The app also writes an audit row per change through its interceptor; this context has none, so add that cost
/// when reading the figure.
/// </summary>
[MemoryDiagnoser]
public class BulkApprovalBenchmarks
{
    private const int Count = 1_000;
    private const int Year = 2026;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulation-bench", Guid.NewGuid().ToString("N"));
    private SqliteContextFactory _contexts = null!;
    private DecisionService _decisions = null!;
    private readonly Actor _leader = new("bench-leader", "lanhdao", new HashSet<string> { Roles.Leadership }, null);
    private List<(int PersonId, int UnitId)> _people = [];
    private List<int> _nominationIds = [];
    private int _campaignId;
    private int _iteration;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "bench.db"), Pooling = true };
        _contexts = new SqliteContextFactory(new DbContextOptionsBuilder<SqliteEmulationDbContext>()
            .UseSqlite(connection.ToString()).Options);
        using (var db = _contexts.CreateDbContext())
        {
            db.Database.Migrate();
            var units = Enumerable.Range(1, Count).Select(i => Unit.Create($"U{i:0000}", $"Đơn vị {i}", UnitKind.Department)).ToList();
            db.Units.AddRange(units);
            var campaign = Campaign.Draft("Phong trào thi đua năm 2026", Year, CampaignKind.Yearly).Value;
            db.Campaigns.Add(campaign);
            db.SaveChanges();
            var people = units.Select(u => Person.Create($"Cán bộ {u.Id}", Gender.Female, u.Id, new DateOnly(2015, 1, 1), "Chuyên viên")).ToList();
            db.People.AddRange(people);
            db.SaveChanges();
            _campaignId = campaign.Id;
            _people = [.. people.Select(p => (p.Id, p.UnitId))];
        }

        _decisions = AppServices.Decisions(_contexts);
    }

    private static readonly Explanation Recommended = new(Title.AdvancedWorker, RecommendationStatus.Recommended,
        "VN-ND152-2025", 1, "Luật 06/2022/QH15 Điều 24", [], null);

    private static readonly BallotTally Unanimous = new(5, 5, 5, 0, 0);

    private static readonly VoteOutcome Passed = CouncilVote.Decide(Unanimous, Title.AdvancedWorker, RuleSetCatalog.Decree152).Value;

    [IterationSetup]
    public void FreshPassedNominations()
    {
        using var db = _contexts.CreateDbContext();
        db.Awards.ExecuteDelete();
        db.Decisions.ExecuteDelete();
        db.Nominations.ExecuteDelete();
        var nominations = _people.Select(p =>
        {
            var n = Nomination.Propose(_campaignId, p.PersonId, p.UnitId, Title.AdvancedWorker, Recommended);
            n.RecordBallot(Unanimous, Passed, "hoidong1", DateTimeOffset.UtcNow);
            return n;
        }).ToList();
        db.Nominations.AddRange(nominations);
        db.SaveChanges();
        _nominationIds = [.. nominations.Select(n => n.Id)];
        _iteration++;
    }

    [Benchmark]
    public async Task<int> ApproveOneThousand()
    {
        var input = new DecisionInput
        {
            DecisionNumber = $"{_iteration}/QĐ-BENCH",
            DecisionDate = new DateTime(Year, 12, 20),
            SignerName = "Trần Quốc Bảo",
            SignerPosition = "Chánh Văn phòng",
        };
        var issued = await _decisions.IssueAwardDecisionAsync(_leader, _campaignId, _nominationIds, input);
        return issued.IsSuccess ? issued.Value : throw new InvalidOperationException(string.Join("; ", issued.Errors.Take(5)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
