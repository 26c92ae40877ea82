using System.Globalization;
using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Decisions;
using Emulation.Domain.Pledges;
using Emulation.Domain.Statistics;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Statistics;

/// <summary>
/// Forms 0601.N (campaigns) and 0602.N (state-level awards) on the seeded app's SQLite file, with hand-seeded years:
/// 2035's campaigns (of every kind and length, one a draft, one of 2034, one of 2036 that starts in 2035, one of 2036
/// that does not) and 2034's awards (the Prime Minister's and the State President's, to a collective and a person, of
/// every kind, one revoked, one provincial). The figures expected by hand, every figure recomputed from the list its
/// link opens, the workbooks opened at the forms' cells, the pages' links, and the wrong users refused.
/// </summary>
public sealed class HomeAffairsFormsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Prefix = "NN-";
    private const string CampaignPrefix = "Biểu 0601 kiểm thử ";
    private const string PrimeMinister = "Thủ tướng Chính phủ";
    private const string President = "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam";
    private static readonly StatisticsQuery Year2034 = new(new DateOnly(2034, 1, 1), new DateOnly(2034, 12, 31), null);
    private static readonly StatisticsQuery Year2035 = new(new DateOnly(2035, 1, 1), new DateOnly(2035, 12, 31), null);
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private EmulationAppFactory App => fixture.App;
    private StatisticsService Statistics => App.Service<StatisticsService>();

    [Fact]
    public async Task Form0601_CountsTheLaunchedCampaignsRunningInThePeriod_ByLengthAndWay()
    {
        await SeedAsync();

        var sheet = (await Statistics.SheetAsync(TestActors.Officer, StatisticsReport.Movements, Year2035)).Value;

        // Launched and running in 2035: the yearly one, the three-year thematic, the spring period, the five-and-a-half
        // year thematic, the one-year period from mid-2034, and the 2036 thematic that starts in October 2035.
        Assert.Equal([6, null, null, 6], Figures(sheet, "01"));
        Assert.Equal([6, null, null, 6], Figures(sheet, "05"));
        Assert.Equal([2, null, null, 2], Figures(sheet, "06"));
        Assert.Equal([2, null, null, 2], Figures(sheet, "07"));
        Assert.Equal([0, null, null, 0], Figures(sheet, "08"));
        Assert.Equal([1, null, null, 1], Figures(sheet, "09"));
        Assert.Equal([1, null, null, 1], Figures(sheet, "10"));
        Assert.Equal([5, null, null, 5], Figures(sheet, "11"));
        Assert.Equal([1, null, null, 1], Figures(sheet, "12"));
        Assert.All(sheet.Rows.Where(r => r.Style is RowStyle.NotTracked or RowStyle.Heading), r => Assert.All(r.Figures, Assert.Null));

        // One unit: the campaigns it took part in (a pledge).
        var unitB = await App.UnitIdAsync("HCC");
        var onlyB = (await Statistics.SheetAsync(TestActors.Officer, StatisticsReport.Movements, Year2035 with { UnitId = unitB })).Value;
        Assert.Equal([1, null, null, 1], Figures(onlyB, "09"));
        Assert.Equal(1, onlyB.Figure("01", "1"));
    }

    [Fact]
    public async Task Form0602_CountsTheStateLevelAwardsByFormRecipientAndWay_WithoutTheRevokedOrTheProvincial()
    {
        await SeedAsync();

        var sheet = (await Statistics.SheetAsync(TestActors.Leader, StatisticsReport.StateAwards, Year2034)).Value;

        // Columns: 1, 2a, 2b, 3, 4, 5a, 5b, 6, 7a, 7b, 8, 9a, 9b.
        static int?[] Row(int total, int orderCollective, int orderPerson, int meritCollective, int meritPerson) =>
            [total, orderCollective, orderPerson, null, null, null, null, null, meritCollective, meritPerson, null, null, null];
        Assert.Equal(Row(4, 1, 1, 1, 1), Figures(sheet, "01"));
        Assert.Equal(Row(4, 1, 1, 1, 1), Figures(sheet, "03"));
        Assert.Equal(Row(2, 1, 0, 1, 0), Figures(sheet, "06"));
        Assert.Equal(Row(2, 0, 1, 0, 1), Figures(sheet, "09"));
        Assert.Equal(Row(1, 0, 0, 0, 1), Figures(sheet, "15"));
        Assert.Equal(Row(1, 0, 0, 1, 0), Figures(sheet, "16"));
        Assert.Equal(Row(1, 1, 0, 0, 0), Figures(sheet, "17"));
        Assert.Equal(Row(1, 0, 1, 0, 0), Figures(sheet, "19"));
        Assert.All(sheet.Rows.Where(r => r.Style is RowStyle.NotTracked or RowStyle.Heading), r => Assert.All(r.Figures, Assert.Null));
        Assert.Equal(1, sheet.RevokedExcluded);
        Assert.DoesNotContain(sheet.Rows, r => r.Code is "04" or "05");
    }

    [Theory]
    [InlineData(StatisticsReport.Movements, false)]
    [InlineData(StatisticsReport.Movements, true)]
    [InlineData(StatisticsReport.StateAwards, false)]
    [InlineData(StatisticsReport.StateAwards, true)]
    public async Task EveryFigure_IsTheLengthOfTheListItsLinkOpens_AndTheListHoldsWhatTheCellSays(StatisticsReport report, bool wide)
    {
        await SeedAsync();
        // The hand-seeded year, and every seeded year (the demo's campaigns and awards with the hand-seeded ones).
        var query = wide ? new StatisticsQuery(new DateOnly(2000, 1, 1), new DateOnly(2036, 12, 31), null)
            : report == StatisticsReport.Movements ? Year2035 : Year2034;
        var sheet = (await Statistics.SheetAsync(TestActors.Officer, report, query)).Value;
        var checkedFigures = await StatisticsChecks.EveryFigureAsync(Statistics, sheet, (cell, list) =>
        {
            if (report == StatisticsReport.Movements)
            {
                Assert.Empty(list.Rows);
                Assert.Equal(list.Campaigns.Count, list.Campaigns.Select(c => c.CampaignId).Distinct().Count());
                Assert.All(list.Campaigns, c => Assert.True(Holds(cell, c, query), $"{cell} lists {c}"));
            }
            else
            {
                Assert.Empty(list.Campaigns);
                Assert.Equal(list.Rows.Count, list.Rows.Select(r => r.AwardId).Distinct().Count());
                Assert.All(list.Rows, r => Assert.True(Holds(cell, r), $"{cell} lists {r}"));
            }
        });

        Assert.True(checkedFigures > 10);
        Assert.True(sheet.Rows[0].Figures[0] > 0);
    }

    [Fact]
    public async Task Form0601_RecomputedFromTheCampaignsTable_OverEverySeededYear()
    {
        await SeedAsync();
        var query = new StatisticsQuery(new DateOnly(2000, 1, 1), new DateOnly(2036, 12, 31), null);
        var sheet = (await Statistics.SheetAsync(TestActors.Admin, StatisticsReport.Movements, query)).Value;

        await using var db = await App.DbAsync();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft).ToListAsync();
        Assert.Equal(campaigns.Count, sheet.Figure("01", "1"));
        Assert.Equal(campaigns.Count(c => c.Kind == CampaignKind.Yearly), sheet.Figure("12", "4"));
        Assert.Equal(campaigns.Count(c => c.Kind != CampaignKind.Yearly), sheet.Figure("11", "4"));
    }

    [Fact]
    public async Task Workbooks_HaveTheFormsHeaderAndTheirFiguresAtTheFormsCells()
    {
        await SeedAsync();
        var first = StatisticsWorkbook.FirstRow;

        var movements = await OpenAsync(StatisticsReport.Movements, Year2035, "bieu-0601-N-BNV-TDKT-2035-01-01-2035-12-31.xlsx");
        Assert.Equal("Biểu số: 0601.N/BNV-TĐKT", movements.Text(1, "A"));
        Assert.Contains("02/2023/TT-BNV", movements.Text(2, "A"), StringComparison.Ordinal);
        Assert.Equal("SỐ PHONG TRÀO THI ĐUA", movements.Text(3, "A"));
        Assert.Equal(["A", "B", "C", "1", "2", "3", "4"], new[] { "A", "B", "C", "D", "E", "F", "G" }.Select(c => movements.Text(6, c)));
        Assert.Equal(("Tổng số", "01", "6", "", "", "6"),
            (movements.Text(first, "A"), movements.Text(first, "B"), movements.Text(first, "D"), movements.Text(first, "E"), movements.Text(first, "F"), movements.Text(first, "G")));
        // 01, heading, 02, 03, 04, 05, heading, 06 …: row 09 (three to five years) sits ten lines below 01.
        Assert.Equal(("- Từ 3 năm đến dưới 5 năm", "09", "1", "1"),
            (movements.Text(first + 10, "A"), movements.Text(first + 10, "B"), movements.Text(first + 10, "D"), movements.Text(first + 10, "G")));
        Assert.DoesNotContain(movements.Rows, r => Convert.ToString(r["A"], CultureInfo.InvariantCulture)!.StartsWith("Không tính", StringComparison.Ordinal));

        var state = await OpenAsync(StatisticsReport.StateAwards, Year2034, "bieu-0602-N-BNV-TDKT-2034-01-01-2034-12-31.xlsx");
        Assert.Equal("Biểu số: 0602.N/BNV-TĐKT", state.Text(1, "A"));
        Assert.Equal("SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC", state.Text(3, "A"));
        Assert.Equal(["1", "2a", "2b", "3", "4", "5a", "5b", "6", "7a", "7b", "8", "9a", "9b"],
            Enumerable.Range(3, 13).Select(i => state.Text(6, StatisticsWorkbook.Letter(i))));
        Assert.Equal(("Bằng khen của Thủ tướng Chính phủ: tập thể", "Bằng khen của Thủ tướng Chính phủ: cá nhân"), (state.Text(5, "L"), state.Text(5, "M")));
        Assert.Equal(["4", "1", "1", "", "", "", "", "", "1", "1", "", "", ""],
            Enumerable.Range(3, 13).Select(i => state.Text(first, StatisticsWorkbook.Letter(i))));
        // 01, heading, 02, 03, heading, 06: the collectives five lines below 01.
        Assert.Equal(("- Tập thể", "06", "Tập thể", "2", "1", "1"),
            (state.Text(first + 5, "A"), state.Text(first + 5, "B"), state.Text(first + 5, "C"), state.Text(first + 5, "D"), state.Text(first + 5, "E"), state.Text(first + 5, "L")));
        Assert.Contains(state.Rows, r => Convert.ToString(r["A"], CultureInfo.InvariantCulture) == "Không tính 1 khen thưởng đã bị thu hồi.");
    }

    [Fact]
    public async Task Pages_LinkEveryFigureToItsList_AndTheDownloadsCarryThePeriod()
    {
        await SeedAsync();
        using var client = await App.SignedInClientAsync("congdoan");

        var movements = await client.GetStringAsync("/statistics/movements?from=2035-01-01&to=2035-12-31");
        Assert.Contains("0601.N/BNV-TĐKT", movements, StringComparison.Ordinal);
        Assert.Contains("18/2025/TT-BNV", movements, StringComparison.Ordinal);
        Assert.Contains("href=\"statistics/list?report=Movements&amp;row=09&amp;col=4&amp;from=2035-01-01&amp;to=2035-12-31\"", movements, StringComparison.Ordinal);
        Assert.Contains("href=\"documents/statistics/movements.xlsx?from=2035-01-01&amp;to=2035-12-31\"", movements, StringComparison.Ordinal);
        Assert.Contains("href=\"statistics/state-awards?from=2035-01-01&amp;to=2035-12-31\"", movements, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"stats-revoked\"", movements, StringComparison.Ordinal);

        var list = await client.GetStringAsync("/statistics/list?report=Movements&row=09&col=4&from=2035-01-01&to=2035-12-31");
        Assert.Contains(CampaignPrefix + "chuyên đề ba năm", list, StringComparison.Ordinal);
        Assert.Contains("1 phong trào", list, StringComparison.Ordinal);
        Assert.Contains("Danh sách phong trào được đếm", list, StringComparison.Ordinal);

        var state = await client.GetStringAsync("/statistics/state-awards?from=2034-01-01&to=2034-12-31");
        Assert.Contains("href=\"statistics/list?report=StateAwards&amp;row=06&amp;col=7a&amp;from=2034-01-01&amp;to=2034-12-31\"", state, StringComparison.Ordinal);
        var merit = await client.GetStringAsync("/statistics/list?report=StateAwards&row=06&col=7a&from=2034-01-01&to=2034-12-31");
        Assert.Contains(Prefix + "02", merit, StringComparison.Ordinal);

        foreach (var file in new[] { "movements", "state-awards" })
        {
            var download = await client.GetAsync($"/documents/statistics/{file}.xlsx?from=2034-01-01&to=2035-12-31");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/documents/statistics/{file}.xlsx?to=2031-13-01")).StatusCode);
        }
    }

    [Fact]
    public async Task HeadsAndStaff_AreRefused_OnTheServiceThePagesAndTheDownloads()
    {
        var unitA = await App.UnitIdAsync("TH");
        var staff = new Actor("nv", "nv.th1", new HashSet<string> { Roles.Staff }, unitA, null);
        foreach (var actor in new[] { TestActors.HeadOf(unitA), staff, TestActors.Council })
        {
            foreach (var report in new[] { StatisticsReport.Movements, StatisticsReport.StateAwards })
            {
                await Assert.ThrowsAsync<AccessDeniedException>(() => Statistics.SheetAsync(actor, report, Year2035));
                await Assert.ThrowsAsync<AccessDeniedException>(() => Statistics.ListAsync(actor, report, Year2035, new StatCell("01", "1")));
                await Assert.ThrowsAsync<AccessDeniedException>(() => Statistics.ExportAsync(actor, report, Year2035));
            }
        }

        using var client = App.CreateCookieClient();
        await client.PostLoginAsync("tp.th", DemoDataSeeder.DemoPassword);
        foreach (var path in new[] { "/statistics/movements", "/statistics/state-awards", "/statistics/list?report=Movements&row=01&col=1",
            "/documents/statistics/movements.xlsx", "/documents/statistics/state-awards.xlsx" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFigureTheFormDoesNotHave_IsRefused()
    {
        StatCell[] movements = [new("02", "1"), new("05", "2"), new("ByLength", "1"), StatCell.RevokedExcluded];
        StatCell[] state = [new("07", "1"), new("01", "3"), new("04", "1"), new("ByMethod", "1")];
        foreach (var cell in movements)
        {
            Assert.Equal("StatisticsNoSuchFigure", Assert.Single((await Statistics.ListAsync(TestActors.Officer, StatisticsReport.Movements, Year2035, cell)).Errors).Code);
        }

        foreach (var cell in state)
        {
            Assert.Equal("StatisticsNoSuchFigure", Assert.Single((await Statistics.ListAsync(TestActors.Officer, StatisticsReport.StateAwards, Year2034, cell)).Errors).Code);
        }
    }

    private static int?[] Figures(StatisticsSheet sheet, string row) => [.. sheet.Rows.Single(r => r.Code == row).Figures];

    /// <summary>What a listed campaign must be for the cell, from its own days and kind (not from the form's rules).</summary>
    private static bool Holds(StatCell cell, StatCampaignRow c, StatisticsQuery query)
    {
        if (c.Status == CampaignStatus.Draft || c.StartsOn > query.To || c.EndsOn < query.From || cell.Column is not ("1" or "4"))
        {
            return false;
        }

        var dayAfter = c.EndsOn.AddDays(1);
        bool AtLeast(int years) => c.StartsOn.AddYears(years) <= dayAfter;
        var exactlyOne = c.StartsOn.AddYears(1) == dayAfter;
        return cell.Row switch
        {
            "01" or "05" => true,
            "06" => !AtLeast(1),
            "07" => exactlyOne,
            "08" => AtLeast(1) && !AtLeast(3) && !exactlyOne,
            "09" => AtLeast(3) && !AtLeast(5),
            "10" => AtLeast(5),
            "11" => c.Kind != CampaignKind.Yearly,
            "12" => c.Kind == CampaignKind.Yearly && c.StartsOn == new DateOnly(c.Year, 1, 1) && c.EndsOn == new DateOnly(c.Year, 12, 31),
            _ => false,
        };
    }

    /// <summary>What a listed award must be for the cell of form 0602.N, from its own fields.</summary>
    private static bool Holds(StatCell cell, StatListRow r)
    {
        var stateLevel = r.IssuerName.Contains("Thủ tướng", StringComparison.Ordinal) || r.IssuerName.Contains("Chủ tịch nước", StringComparison.Ordinal);
        if (r.RevokedByNumber is not null || !stateLevel)
        {
            return false;
        }

        var column = cell.Column switch
        {
            "1" => r.Title is Title.LabourOrderThirdClass or Title.PrimeMinisterCertificateOfMerit,
            "2a" => r.Title == Title.LabourOrderThirdClass && r.Collective,
            "2b" => r.Title == Title.LabourOrderThirdClass && !r.Collective,
            "7a" => r.Title == Title.PrimeMinisterCertificateOfMerit && r.Collective,
            "7b" => r.Title == Title.PrimeMinisterCertificateOfMerit && !r.Collective,
            _ => false,
        };
        var row = cell.Row switch
        {
            "01" or "03" => true,
            "06" => r.Collective,
            "09" => !r.Collective,
            "15" => r.Kind == AwardKind.Merit,
            "16" => r.Kind == AwardKind.Thematic,
            "17" => r.Kind == AwardKind.Sudden,
            "19" => r.Kind == AwardKind.LongService,
            _ => false,
        };
        return column && row;
    }

    private async Task<Workbook> OpenAsync(StatisticsReport report, StatisticsQuery query, string fileName)
    {
        var file = (await Statistics.ExportAsync(TestActors.Officer, report, query)).Value;
        Assert.Equal(fileName, file.FileName);
        return new Workbook(StatisticsChecks.SheetRows(file.Content));
    }

    private sealed record Workbook(IReadOnlyList<IDictionary<string, object?>> Rows)
    {
        public string Text(int row, string column) =>
            Rows[row - 1].TryGetValue(column, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";
    }

    /// <summary>Nine campaigns around 2035 and six awards of 2034 (one revoked, one provincial), written once.</summary>
    private async Task SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await using var db = await App.DbAsync();
            if (await db.Awards.AnyAsync(a => a.DecisionNumber.StartsWith(Prefix)))
            {
                return;
            }

            Assert.False(await db.Awards.AnyAsync(a => a.DecisionDate.Year == 2034), "the seeded data must leave 2034 empty");
            Assert.False(await db.Campaigns.AnyAsync(c => c.Year >= 2033), "the seeded data must leave the campaigns of 2033 on empty");
            var (unitA, unitB) = (await App.UnitIdAsync("TH"), await App.UnitIdAsync("HCC"));
            var inA = await db.People.Where(p => p.UnitId == unitA).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            var p3 = await db.People.Where(p => p.UnitId == unitB).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var (p1, p2) = (inA[0], inA[1]);
            var day = new DateOnly(2034, 9, 2);
            var n = 0;
            Award Grant(int? person, int unit, Title title, AwardKind kind, string issuer) =>
                Award.Grant(person, unit, "Đơn vị " + unit, 2034, title, kind, $"{Prefix}{++n:00}/QĐ", day, issuer);

            db.Awards.AddRange(
                Grant(p1, unitA, Title.PrimeMinisterCertificateOfMerit, AwardKind.Merit, PrimeMinister),          // 01: 7b, 15
                Grant(null, unitB, Title.PrimeMinisterCertificateOfMerit, AwardKind.Thematic, PrimeMinister),     // 02: 7a, 16
                Grant(p3, unitB, Title.LabourOrderThirdClass, AwardKind.LongService, President),                  // 03: 2b, 19
                Grant(null, unitA, Title.LabourOrderThirdClass, AwardKind.Sudden, President),                     // 04: 2a, 17
                Grant(p2, unitA, Title.ProvincialCertificateOfMerit, AwardKind.Merit, "Chủ tịch UBND tỉnh Lâm Đồng")); // 05: not state-level
            var revoked = Grant(p2, unitA, Title.PrimeMinisterCertificateOfMerit, AwardKind.Merit, PrimeMinister); // 06: revoked
            db.Awards.Add(revoked);
            var revocation = Decision.IssueRevocation("9034/QĐ-NN", day.AddDays(5), "Văn phòng UBND tỉnh",
                "Trần Quốc Bảo", "Chánh Văn phòng", "Khen nhầm người.", "lanhdao", DateTimeOffset.UtcNow).Value;
            db.Decisions.Add(revocation);

            Campaign Add(string name, int year, CampaignKind kind, CampaignStatus status, DateOnly? starts = null, DateOnly? ends = null)
            {
                var campaign = Campaign.Draft(CampaignPrefix + name, year, kind).Value;
                if (starts is not null)
                {
                    Assert.True(campaign.SetPeriod(starts, ends).IsSuccess);
                }

                db.Campaigns.Add(campaign);
                db.Entry(campaign).Property(c => c.Status).CurrentValue = status;
                return campaign;
            }

            Add("thường xuyên 2035", 2035, CampaignKind.Yearly, CampaignStatus.Launched);
            var threeYears = Add("chuyên đề ba năm", 2035, CampaignKind.Thematic, CampaignStatus.Closed, new(2033, 1, 1), new(2035, 12, 31));
            Add("đợt mùa xuân", 2035, CampaignKind.Period, CampaignStatus.ResultsOpen, new(2035, 3, 1), new(2035, 5, 31));
            Add("chuyên đề năm năm rưỡi", 2035, CampaignKind.Thematic, CampaignStatus.Review, new(2030, 1, 1), new(2035, 6, 30));
            Add("đợt tròn một năm", 2035, CampaignKind.Period, CampaignStatus.Launched, new(2034, 7, 1), new(2035, 6, 30));
            Add("bản nháp 2035", 2035, CampaignKind.Yearly, CampaignStatus.Draft);
            Add("thường xuyên 2034", 2034, CampaignKind.Yearly, CampaignStatus.Closed);
            Add("chuyên đề bắt đầu cuối 2035", 2036, CampaignKind.Thematic, CampaignStatus.Launched, new(2035, 10, 1), new(2036, 3, 31));
            Add("đợt đầu 2036", 2036, CampaignKind.Period, CampaignStatus.Launched, new(2036, 1, 1), new(2036, 2, 1));
            await db.SaveChangesAsync();
            db.Pledges.Add(Pledge.Start(threeYears.Id, unitB));
            Assert.True(revoked.Revoke(revocation, "p2").IsSuccess);
            await db.SaveChangesAsync();
        }
        finally
        {
            Seeding.Release();
        }
    }
}
