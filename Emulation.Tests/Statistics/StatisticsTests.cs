using System.Net;
using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Statistics;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents.Excel;
using Emulation.Web.Services;
using Emulation.Web.Services.Statistics;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Emulation.Tests.Statistics;

/// <summary>
/// The year-end reports on the seeded app's SQLite file, with a hand-seeded year (2031) of awards of known titles,
/// kinds, issuers and recipients, one of them revoked and one decided the day before the period: the figures expected
/// by hand, every figure recomputed from the list its link opens, the summary recomputed straight from the awards
/// table, the workbook opened at the form's cells, the page's links, and the wrong users refused.
/// </summary>
public sealed class StatisticsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Prefix = "TK-";
    private const string Agency = "Chánh Văn phòng UBND tỉnh";
    private const string Province = "Chủ tịch UBND tỉnh Lâm Đồng";
    private static readonly DateOnly InPeriod = new(2031, 12, 20);
    private static readonly StatisticsQuery Year2031 = new(new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31), null);
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private EmulationAppFactory App => fixture.App;
    private StatisticsService Statistics => App.Service<StatisticsService>();

    [Fact]
    public async Task HomeAffairsForm_CountsTheProvincialAwardsByRecipientAndWay_WithoutTheRevokedOrTheOutOfPeriod()
    {
        await SeedAsync();

        var sheet = (await Statistics.SheetAsync(TestActors.Officer, StatisticsReport.HomeAffairs, Year2031)).Value;

        // Provincial: Bằng khen ×4 (two merit people, one sudden, one long service, one thematic collective — four in
        // column 2 after the revoked one is left out), one CSTĐ cấp tỉnh, one Cờ thi đua; the PM's and the Excellent
        // Labour Collective are not on this form; the agency's titles neither.
        Assert.Equal([6, 4, 1, 1, null], sheet.Rows.Single(r => r.Code == "01").Figures);
        Assert.Equal([2, 1, 0, 1, null], sheet.Rows.Single(r => r.Code == "02").Figures);
        Assert.Equal([4, 3, 1, 0, null], sheet.Rows.Single(r => r.Code == "05").Figures);
        Assert.Equal([3, 1, 1, 1, null], sheet.Rows.Single(r => r.Code == "11").Figures);
        Assert.Equal([1, 1, 0, 0, null], sheet.Rows.Single(r => r.Code == "12").Figures);
        Assert.Equal([1, 1, 0, 0, null], sheet.Rows.Single(r => r.Code == "13").Figures);
        Assert.Equal([1, 1, 0, 0, null], sheet.Rows.Single(r => r.Code == "15").Figures);
        Assert.All(sheet.Rows.Where(r => r.Style is RowStyle.NotTracked or RowStyle.Heading), r => Assert.All(r.Figures, Assert.Null));
        Assert.Equal(1, sheet.RevokedExcluded);
    }

    [Fact]
    public async Task Summary_CountsEveryTitleByUnitKindLevelAndRecipient()
    {
        await SeedAsync();
        var (unitA, unitB) = await UnitsAsync();

        var sheet = (await Statistics.SheetAsync(TestActors.Leader, StatisticsReport.Summary, Year2031)).Value;

        Assert.Equal(11, sheet.Figure(ProvinceSummary.Total, ProvinceSummary.Total));
        Assert.Equal(8, sheet.Figure(ProvinceSummary.UnitRow(unitA), ProvinceSummary.Total));
        Assert.Equal(3, sheet.Figure(ProvinceSummary.UnitRow(unitB), ProvinceSummary.Total));
        Assert.Equal(7, sheet.Figure(ProvinceSummary.KindRow(AwardKind.Merit), ProvinceSummary.Total));
        Assert.Equal(2, sheet.Figure(ProvinceSummary.KindRow(AwardKind.Sudden), ProvinceSummary.Total));
        Assert.Equal(1, sheet.Figure(ProvinceSummary.KindRow(AwardKind.Thematic), ProvinceSummary.Total));
        Assert.Equal(1, sheet.Figure(ProvinceSummary.KindRow(AwardKind.LongService), ProvinceSummary.Total));
        Assert.Equal(3, sheet.Figure(ProvinceSummary.AgencyLevel, ProvinceSummary.Total));
        Assert.Equal(8, sheet.Figure(ProvinceSummary.AboveLevel, ProvinceSummary.Total));
        Assert.Equal(3, sheet.Figure(ProvinceSummary.Collective, ProvinceSummary.Total));
        Assert.Equal(8, sheet.Figure(ProvinceSummary.Individual, ProvinceSummary.Total));
        Assert.Equal(3, sheet.Figure(ProvinceSummary.Total, ProvinceSummary.TitleColumn(Title.ProvincialCertificateOfMerit)));
        Assert.Equal(1, sheet.Figure(ProvinceSummary.AboveLevel, ProvinceSummary.TitleColumn(Title.PrimeMinisterCertificateOfMerit)));
        Assert.Equal(1, sheet.RevokedExcluded);

        // One unit: its own awards only.
        var onlyB = (await Statistics.SheetAsync(TestActors.Leader, StatisticsReport.Summary, Year2031 with { UnitId = unitB })).Value;
        Assert.Equal(3, onlyB.Figure(ProvinceSummary.Total, ProvinceSummary.Total));
        Assert.Null(onlyB.Figure(ProvinceSummary.UnitRow(unitA), ProvinceSummary.Total));
        var homeB = (await Statistics.SheetAsync(TestActors.Leader, StatisticsReport.HomeAffairs, Year2031 with { UnitId = unitB })).Value;
        Assert.Equal([3, 2, 1, 0, null], homeB.Rows.Single(r => r.Code == "01").Figures);
    }

    [Theory]
    [InlineData(StatisticsReport.HomeAffairs, false)]
    [InlineData(StatisticsReport.Summary, false)]
    [InlineData(StatisticsReport.HomeAffairs, true)]
    [InlineData(StatisticsReport.Summary, true)]
    public async Task EveryFigure_IsTheLengthOfTheListItsLinkOpens_AndTheListHoldsWhatTheCellSays(StatisticsReport report, bool wide)
    {
        await SeedAsync();
        var (_, unitB) = await UnitsAsync();
        // The hand-seeded year, and all the seeded years (the demo's awards and the scenario's) for one unit.
        var query = wide ? new StatisticsQuery(new DateOnly(2000, 1, 1), new DateOnly(2031, 12, 31), null) : Year2031 with { UnitId = unitB };
        var sheet = (await Statistics.SheetAsync(TestActors.Officer, report, query)).Value;
        var checkedFigures = await StatisticsChecks.EveryFigureAsync(Statistics, sheet, (cell, list) =>
        {
            Assert.Equal(list.Rows.Count, list.Rows.Select(r => r.AwardId).Distinct().Count());
            Assert.All(list.Rows, r => Assert.True(Holds(report, cell, r), $"{report} {cell} lists {r}"));
        });

        var revoked = (await Statistics.ListAsync(TestActors.Officer, report, query, StatCell.RevokedExcluded)).Value;
        Assert.Equal(sheet.RevokedExcluded, revoked.Rows.Count);
        Assert.All(revoked.Rows, r => Assert.NotNull(r.RevokedByNumber));
        Assert.True(checkedFigures > 10);
    }

    [Fact]
    public async Task Summary_AgreesWithTheAwardsTableCountedDirectly()
    {
        await SeedAsync();
        var query = new StatisticsQuery(new DateOnly(2000, 1, 1), new DateOnly(2031, 12, 31), null);
        var sheet = (await Statistics.SheetAsync(TestActors.Admin, StatisticsReport.Summary, query)).Value;

        await using var db = await App.DbAsync();
        var awards = await db.Awards.AsNoTracking()
            .Where(a => a.DecisionDate >= query.From && a.DecisionDate <= query.To && a.RevokedByDecisionId == null)
            .Select(a => new { a.UnitId, a.Title, a.Kind, a.PersonId }).ToListAsync();
        Assert.True(awards.Count > 11);
        foreach (var group in awards.GroupBy(a => (a.UnitId, a.Title)))
        {
            Assert.Equal(group.Count(), sheet.Figure(ProvinceSummary.UnitRow(group.Key.UnitId), ProvinceSummary.TitleColumn(group.Key.Title)));
        }

        foreach (var group in awards.GroupBy(a => (a.Kind, a.Title)))
        {
            Assert.Equal(group.Count(), sheet.Figure(ProvinceSummary.KindRow(group.Key.Kind), ProvinceSummary.TitleColumn(group.Key.Title)));
        }

        Assert.Equal(awards.Count(a => a.PersonId == null), sheet.Figure(ProvinceSummary.Collective, ProvinceSummary.Total));
        Assert.Equal(awards.Count, sheet.Figure(ProvinceSummary.Total, ProvinceSummary.Total));
        Assert.Equal(await db.Awards.CountAsync(a => a.DecisionDate >= query.From && a.DecisionDate <= query.To && a.RevokedByDecisionId != null),
            sheet.RevokedExcluded);
    }

    [Fact]
    public async Task Workbook_HasTheFormsHeaderAndItsFiguresAtTheFormsCells()
    {
        await SeedAsync();

        var file = (await Statistics.ExportAsync(TestActors.Officer, StatisticsReport.HomeAffairs, Year2031)).Value;

        Assert.Equal("bieu-0603-N-BNV-TDKT-2031-01-01-2031-12-31.xlsx", file.FileName);
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        string Text(int row, string column) => Convert.ToString(rows[row - 1][column], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        Assert.Equal("Biểu số: 0603.N/BNV-TĐKT", Text(1, "A"));
        Assert.StartsWith("Đơn vị báo cáo: ", Text(1, "D"), StringComparison.Ordinal);
        Assert.Contains("02/2023/TT-BNV", Text(2, "A"), StringComparison.Ordinal);
        Assert.StartsWith("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ", Text(3, "A"), StringComparison.Ordinal);
        Assert.Equal("Từ ngày 01/01/2031 đến ngày 31/12/2031", Text(4, "A"));
        Assert.Equal(["Mã số", "Đơn vị tính", "Tổng số", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh"],
            new[] { "B", "C", "D", "E", "F" }.Select(c => Text(5, c)));
        Assert.Equal(["A", "B", "C", "1", "2", "3", "4", "5"], new[] { "A", "B", "C", "D", "E", "F", "G", "H" }.Select(c => Text(6, c)));

        // Row 7 is the form's 01, then its heading, 02, 03, 04, 05 …: the figures sit where the form puts them.
        var first = StatisticsWorkbook.FirstRow;
        Assert.Equal(("Tổng số", "01"), (Text(first, "A"), Text(first, "B")));
        Assert.Equal(["6", "4", "1", "1", ""], new[] { "D", "E", "F", "G", "H" }.Select(c => Text(first, c)));
        Assert.Equal(("- Tập thể", "02", "Tập thể", "2"), (Text(first + 2, "A"), Text(first + 2, "B"), Text(first + 2, "C"), Text(first + 2, "D")));
        Assert.Equal(("Trong đó: Doanh nghiệp", ""), (Text(first + 3, "A"), Text(first + 3, "D")));
        Assert.Equal(("05", "4", "3"), (Text(first + 5, "B"), Text(first + 5, "D"), Text(first + 5, "E")));
        Assert.Equal(("- Đột xuất", "13", "1"), (Text(first + 14, "A"), Text(first + 14, "B"), Text(first + 14, "D")));
        Assert.Contains(rows, r => Convert.ToString(r["A"], System.Globalization.CultureInfo.InvariantCulture) == "Không tính 1 khen thưởng đã bị thu hồi.");

        var summary = (await Statistics.ExportAsync(TestActors.Officer, StatisticsReport.Summary, Year2031)).Value;
        using var summaryStream = new MemoryStream(summary.Content);
        var summaryRows = summaryStream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var totalColumn = StatisticsWorkbook.Letter(3 + ProvinceSummary.Columns.Count - 1);
        Assert.Equal("Tổng số", Convert.ToString(summaryRows[first - 1]["A"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("11", Convert.ToString(summaryRows[first - 1][totalColumn], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(StatisticsReport.HomeAffairs)]
    [InlineData(StatisticsReport.Summary)]
    public async Task Workbook_LinksEveryFigureToTheListItCounts_AsThePageDoes(StatisticsReport report)
    {
        await SeedAsync();
        const string site = "https://thidua.example.gov.vn";
        var sheet = (await Statistics.SheetAsync(TestActors.Officer, report, Year2031)).Value;

        var file = (await Statistics.ExportAsync(TestActors.Officer, report, Year2031, site)).Value;

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        // The links stand where the schema orders a sheet's parts, so that Excel opens the file without repairing it.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var links = part.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Hyperlink>()
            .ToDictionary(h => h.Reference!.Value!, h => part.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString());
        var expected = sheet.Rows.SelectMany((row, r) => row.Figures.Select((figure, c) => (figure, c))
            .Where(f => f.figure is not null)
            .Select(f => (Cell: StatisticsWorkbook.Letter(3 + f.c) + (StatisticsWorkbook.FirstRow + r).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Url: site + "/statistics/list" + Year2031.ToQueryString(new StatCell(row.Code, sheet.Columns[f.c].Code), report))))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, links.Count);
        Assert.All(expected, e => Assert.Equal(e.Url, links[e.Cell]));
        // The figures are still where the form puts them, each the cell its link names.
        using var stream = new MemoryStream(file.Content);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Convert.ToString(sheet.Rows[0].Figures[0], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToString(rows[StatisticsWorkbook.FirstRow - 1]["D"], System.Globalization.CultureInfo.InvariantCulture));
        // With no public address given, the workbook has no links to give.
        var plain = (await Statistics.ExportAsync(TestActors.Officer, report, Year2031)).Value.Content;
        using var unlinked = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(plain), false);
        Assert.Empty(unlinked.WorkbookPart!.WorksheetParts.Single().HyperlinkRelationships);
    }

    [Fact]
    public async Task Page_LinksEveryFigureToItsList_AndTheDownloadCarriesThePeriod()
    {
        await SeedAsync();
        using var client = await App.SignedInClientAsync("congdoan");

        var html = await client.GetStringAsync("/statistics?from=2031-01-01&to=2031-12-31");

        Assert.Contains("0603.N/BNV-TĐKT", html, StringComparison.Ordinal);
        Assert.Contains("href=\"statistics/list?report=HomeAffairs&amp;row=01&amp;col=1&amp;from=2031-01-01&amp;to=2031-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"documents/statistics/home-affairs.xlsx?from=2031-01-01&amp;to=2031-12-31\"", html, StringComparison.Ordinal);
        Assert.Contains("Không tính 1 khen thưởng đã bị thu hồi.", html, StringComparison.Ordinal);

        var list = await client.GetStringAsync("/statistics/list?report=HomeAffairs&row=13&col=2&from=2031-01-01&to=2031-12-31");
        Assert.Contains(Prefix + "04", list, StringComparison.Ordinal);
        Assert.Contains("1 khen thưởng", list, StringComparison.Ordinal);

        var bad = await client.GetStringAsync("/statistics?from=2031-12-31&to=2031-01-01");
        Assert.Contains("Ngày kết thúc phải sau ngày bắt đầu.", bad, StringComparison.Ordinal);
        var download = await client.GetAsync("/documents/statistics/summary.xlsx?from=2031-01-01&to=2031-12-31");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        // The downloaded workbook's figures link to their lists on this site (its address, when none is configured).
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await download.Content.ReadAsStreamAsync(), false))
        {
            var links = workbook.WorkbookPart!.WorksheetParts.Single().HyperlinkRelationships.ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.StartsWith(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/statistics/list?report=Summary&",
                l.Uri.ToString(), StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/documents/statistics/summary.xlsx?from=not-a-date")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/documents/statistics/summary.xlsx?unit=999999")).StatusCode);
    }

    [Fact]
    public async Task HeadsAndStaff_AreRefused_OnTheServiceThePageAndTheDownload()
    {
        var (unitA, _) = await UnitsAsync();
        var staff = new Actor("nv", "nv.th1", new HashSet<string> { Roles.Staff }, unitA, null);
        foreach (var actor in new[] { TestActors.HeadOf(unitA), staff, TestActors.Council })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Statistics.SheetAsync(actor, StatisticsReport.Summary, Year2031));
            await Assert.ThrowsAsync<AccessDeniedException>(() =>
                Statistics.ListAsync(actor, StatisticsReport.HomeAffairs, Year2031, new StatCell("01", "1")));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Statistics.ExportAsync(actor, StatisticsReport.HomeAffairs, Year2031));
        }

        foreach (var user in new[] { "tp.th", "nv.th1" })
        {
            using var client = App.CreateCookieClient();
            await client.PostLoginAsync(user, DemoDataSeeder.DemoPassword);
            foreach (var path in new[] { "/statistics", "/statistics/summary", "/statistics/list?row=01&col=1" })
            {
                var page = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
                Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }

            // The sign-in cookie's refusal: to the access-denied page, never the file.
            var file = await client.GetAsync("/documents/statistics/home-affairs.xlsx");
            Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
            Assert.Contains("/account/access-denied", file.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        foreach (var actor in new[] { TestActors.Officer, TestActors.Leader, TestActors.Admin })
        {
            Assert.True((await Statistics.SheetAsync(actor, StatisticsReport.HomeAffairs, Year2031)).IsSuccess);
        }
    }

    [Fact]
    public async Task AFigureTheReportDoesNotHave_IsRefused()
    {
        var notTracked = await Statistics.ListAsync(TestActors.Officer, StatisticsReport.HomeAffairs, Year2031, new StatCell("03", "1"));
        var heading = await Statistics.ListAsync(TestActors.Officer, StatisticsReport.HomeAffairs, Year2031, new StatCell("ByMethod", "1"));
        var invented = await Statistics.ListAsync(TestActors.Officer, StatisticsReport.Summary, Year2031, new StatCell("unit:x", "total"));

        Assert.All([notTracked, heading, invented], r => Assert.Equal("StatisticsNoSuchFigure", Assert.Single(r.Errors).Code));
        Assert.False(StatisticsQuery.Parse("2031-02-30", null, null, InPeriod).IsSuccess);
        Assert.False(StatisticsQuery.Parse(null, null, "-3", InPeriod).IsSuccess);
        // No period given: the reporting period of the year, 1 December before it to 30 November (Thông tư 02/2023/TT-BNV).
        Assert.Equal(new StatisticsQuery(new DateOnly(2030, 12, 1), new DateOnly(2031, 11, 30), null),
            StatisticsQuery.Parse(null, null, null, InPeriod).Value);
    }

    /// <summary>The page describes the period as 01/12–30/11: with none given, it shows that one, and its workbook says the same.</summary>
    [Fact]
    public async Task WithNoPeriodGiven_ThePageAndItsWorkbook_CoverTheReportingPeriodThePageDescribes()
    {
        using var client = await App.SignedInClientAsync("congdoan");
        var year = OfficeTime.Date(DateTimeOffset.UtcNow).Year;
        var (from, to) = ($"{year - 1}-12-01", $"{year}-11-30");
        var line = $"Từ ngày 01/12/{year - 1} đến ngày 30/11/{year}";

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/statistics"));
        var download = await client.GetAsync("/documents/statistics/home-affairs.xlsx");

        Assert.Contains("từ ngày 01/12 năm trước đến ngày 30/11 năm báo cáo", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{from}\" data-testid=\"stats-from-value\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{to}\" data-testid=\"stats-to-value\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"01/12/{year - 1}\"", html, StringComparison.Ordinal);
        Assert.Contains(line, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"documents/statistics/home-affairs.xlsx?from={from}&to={to}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var stream = new MemoryStream(await download.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(line, Convert.ToString(rows[3]["A"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith($"-{from}-{to}.xlsx", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue #22: a year of awards of every title, kind and level over the seeded units (in 2032): each report's first
    /// figure is the length of its list, and the summary counts every award once. How fast a province-sized year fills
    /// is measured by <c>StatisticsBenchmarks</c> (bench), not here.
    /// </summary>
    [Fact]
    public async Task AYearOfEveryTitleKindAndLevel_EachReportsFirstFigureIsItsListsLength_AndEveryAwardCountsOnce()
    {
        const int count = 2_000;
        var year = new StatisticsQuery(new DateOnly(2032, 1, 1), new DateOnly(2032, 12, 31), null);
        await using (var db = await App.DbAsync())
        {
            var units = await db.Units.Select(u => u.Id).ToListAsync();
            var people = await db.People.Select(p => new { p.Id, p.UnitId }).ToListAsync();
            var titles = Enum.GetValues<Title>();
            var kinds = Enum.GetValues<AwardKind>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Awards.AddRange(Enumerable.Range(0, count).Select(i =>
            {
                var title = titles[i % titles.Length];
                var person = people[i % people.Count];
                var collective = Titles.IsCollective(title);
                var unit = collective ? units[i % units.Count] : person.UnitId;
                return Award.Grant(collective ? null : person.Id, unit, "Đơn vị", 2032, title, kinds[i / titles.Length % kinds.Length],
                    $"{i % 400 + 1}/QĐ-TK", new DateOnly(2032, 1 + (i % 12), 1 + (i % 28)), i % 3 == 0 ? Agency : Province);
            }));
            await db.SaveChangesAsync();
        }

        foreach (var report in Enum.GetValues<StatisticsReport>())
        {
            var sheet = await Statistics.SheetAsync(TestActors.Officer, report, year);
            var list = await Statistics.ListAsync(TestActors.Officer, report, year,
                report == StatisticsReport.Summary ? new StatCell(ProvinceSummary.Total, ProvinceSummary.Total) : new StatCell("01", "1"));

            Assert.Equal(sheet.Value.Rows[0].Figures[report == StatisticsReport.Summary ? ^1 : 0], list.Value.Count);
        }

        Assert.Equal(count, (await Statistics.SheetAsync(TestActors.Officer, StatisticsReport.Summary, year)).Value
            .Figure(ProvinceSummary.Total, ProvinceSummary.Total));
    }

    /// <summary>What a listed award must be for the cell, read from the row's own fields (not from the report's rules).</summary>
    private static bool Holds(StatisticsReport report, StatCell cell, StatListRow r)
    {
        if (r.RevokedByNumber is not null)
        {
            return false;
        }

        if (report == StatisticsReport.Summary)
        {
            var rowHolds = cell.Row switch
            {
                ProvinceSummary.Total or ProvinceSummary.AgencyLevel or ProvinceSummary.AboveLevel => true,
                ProvinceSummary.Collective => r.Collective,
                ProvinceSummary.Individual => !r.Collective,
                _ when cell.Row.StartsWith("unit:", StringComparison.Ordinal) => cell.Row == ProvinceSummary.UnitRow(r.UnitId),
                _ => cell.Row == ProvinceSummary.KindRow(r.Kind),
            };
            return rowHolds && (cell.Column == ProvinceSummary.Total || cell.Column == ProvinceSummary.TitleColumn(r.Title));
        }

        Title[] provincial = [Title.ProvincialCertificateOfMerit, Title.CollectiveProvincialCertificateOfMerit,
            Title.ProvincialEmulationFighter, Title.ProvincialEmulationFlag];
        var columnHolds = cell.Column switch
        {
            "1" => provincial.Contains(r.Title),
            "2" => r.Title is Title.ProvincialCertificateOfMerit or Title.CollectiveProvincialCertificateOfMerit,
            "3" => r.Title == Title.ProvincialEmulationFighter,
            "4" => r.Title == Title.ProvincialEmulationFlag,
            _ => false,
        };
        var row = cell.Row switch
        {
            "01" => true,
            "02" => r.Collective,
            "05" => !r.Collective,
            "11" => r.Kind == AwardKind.Merit,
            "12" => r.Kind == AwardKind.Thematic,
            "13" => r.Kind == AwardKind.Sudden,
            "15" => r.Kind == AwardKind.LongService,
            _ => false,
        };
        return columnHolds && row && !r.IssuerName.Contains("Chánh Văn phòng", StringComparison.Ordinal);
    }

    private async Task<(int A, int B)> UnitsAsync() => (await App.UnitIdAsync("TH"), await App.UnitIdAsync("HCC"));

    /// <summary>Thirteen awards of 2031 (one revoked) and one decided on the last day of 2030, written once.</summary>
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

            Assert.False(await db.Awards.AnyAsync(a => a.DecisionDate.Year == 2031), "the seeded data must leave 2031 empty");
            var (unitA, unitB) = await UnitsAsync();
            var inA = await db.People.Where(p => p.UnitId == unitA).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            var inB = await db.People.Where(p => p.UnitId == unitB).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var (p1, p2, p3) = (inA[0], inA[1], inB);
            var n = 0;
            Award Grant(int? person, int unit, Title title, AwardKind kind, string issuer, DateOnly? date = null) =>
                Award.Grant(person, unit, "Đơn vị " + unit, 2031, title, kind, $"{Prefix}{++n:00}/QĐ", date ?? InPeriod, issuer);

            db.Awards.AddRange(
                Grant(p1, unitA, Title.AdvancedWorker, AwardKind.Merit, Agency),                              // 01
                Grant(p1, unitA, Title.GrassrootsEmulationFighter, AwardKind.Merit, Agency),                  // 02
                Grant(p2, unitA, Title.ProvincialCertificateOfMerit, AwardKind.Merit, Province),              // 03
                Grant(p3, unitB, Title.ProvincialCertificateOfMerit, AwardKind.Sudden, Province),             // 04
                Grant(null, unitB, Title.CollectiveProvincialCertificateOfMerit, AwardKind.Thematic, Province), // 05
                Grant(null, unitA, Title.ProvincialEmulationFlag, AwardKind.Merit, Province),                 // 06
                Grant(p1, unitA, Title.ProvincialCertificateOfMerit, AwardKind.LongService, Province),        // 07
                Grant(p3, unitB, Title.ProvincialEmulationFighter, AwardKind.Merit, Province),                // 08
                Grant(p1, unitA, Title.PrimeMinisterCertificateOfMerit, AwardKind.Merit, "Thủ tướng Chính phủ"), // 09
                Grant(null, unitA, Title.ExcellentLabourCollective, AwardKind.Merit, Province),               // 10
                Grant(p2, unitA, Title.CertificateOfCommendation, AwardKind.Sudden, Agency),                  // 11
                Grant(p3, unitB, Title.ProvincialCertificateOfMerit, AwardKind.Merit, Province, new DateOnly(2030, 12, 31))); // 12: before
            var revoked = Grant(p2, unitA, Title.ProvincialCertificateOfMerit, AwardKind.Merit, Province);      // 13
            db.Awards.Add(revoked);
            var revocation = Decision.IssueRevocation("9031/QĐ-TK", InPeriod.AddDays(5), "Văn phòng UBND tỉnh",
                "Trần Quốc Bảo", "Chánh Văn phòng", "Khen nhầm người.", "lanhdao", DateTimeOffset.UtcNow).Value;
            db.Decisions.Add(revocation);
            await db.SaveChangesAsync();
            Assert.True(revoked.Revoke(revocation, "p2").IsSuccess);
            await db.SaveChangesAsync();
        }
        finally
        {
            Seeding.Release();
        }
    }
}
