using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data.Seed;
using Emulation.Web.Documents;
using Emulation.Web.Services.Council;

namespace Emulation.Tests.Council;

/// <summary>The minutes of a closed session, downloaded over HTTP and opened with the Open XML SDK.</summary>
/// <remarks>The tests only read the minutes of one session, closed once for the class (<see cref="ClosedSessionFixture"/>).</remarks>
public sealed class CouncilMinutesDocxTests(CouncilMinutesDocxTests.ClosedSessionFixture fixture)
    : IClassFixture<CouncilMinutesDocxTests.ClosedSessionFixture>
{
    private EmulationAppFactory App => fixture.App;

    private int SessionId => fixture.SessionId;

    /// <summary>An app with the consulted council scenario, one session voted on and closed.</summary>
    public sealed class ClosedSessionFixture : IAsyncLifetime
    {
        public EmulationAppFactory App { get; } = new();

        public int SessionId { get; private set; }

        public async ValueTask InitializeAsync()
        {
            var scenario = await CouncilScenario.SeedConsultedAsync(App);
            SessionId = (await App.Service<CouncilSessionService>().OpenAsync(TestActors.Officer, scenario.CampaignId,
                new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = new DateTime(2026, 12, 10) })).Value;
            Assert.True((await App.Service<CouncilSessionService>().SetAttendanceAsync(TestActors.Officer, SessionId,
                ["hoidong1", "hoidong2", "hoidong3", "hoidong4"])).IsSuccess);
            foreach (var member in new[] { 1, 2, 3 })
            {
                await CouncilDriver.VoteAsync(App, SessionId, member, BallotChoice.Yes, scenario.All);
            }

            await CouncilDriver.VoteAsync(App, SessionId, 4, BallotChoice.No, [scenario.ProvincialFighter]);
            Assert.True((await App.Service<CouncilSessionService>().CloseAsync(TestActors.Officer, SessionId)).IsSuccess);
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private async Task<WordprocessingDocument> DownloadAsync(string userName)
    {
        using var client = await App.SignedInClientAsync(userName);
        var response = await client.GetAsync($"/documents/council/{SessionId}/minutes.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentFile.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return WordprocessingDocument.Open(stream, false);
    }

    private static List<string> Cells(TableRow row) => [.. row.Elements<TableCell>().Select(c => c.InnerText)];

    [Fact]
    public async Task Minutes_HaveTheDecree30HeaderAttendanceAndQuorum()
    {
        using var word = await DownloadAsync("congdoan");
        var body = word.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;

        Assert.Contains(AdministrativeText.NationalName, text, StringComparison.Ordinal);
        Assert.Contains(AdministrativeText.Motto, text, StringComparison.Ordinal);
        Assert.Contains("VĂN PHÒNG UBND TỈNH", text, StringComparison.Ordinal);
        Assert.Contains(CouncilMinutes.CouncilName, text, StringComparison.Ordinal);
        Assert.Contains("ngày 10 tháng 12 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Tổng số thành viên Hội đồng: 05. Có mặt: 04. Vắng mặt: 01.", text, StringComparison.Ordinal);
        Assert.Contains("túc số theo bộ quy tắc là 2/3 của tổng số thành viên (4 người): phiên họp đủ điều kiện biểu quyết", text,
            StringComparison.Ordinal);
        Assert.Contains($"{DemoDataSeeder.CouncilMemberName(1)} - Chủ tịch Hội đồng", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CouncilMinutes.DraftMark, text, StringComparison.Ordinal);
        Assert.All(body.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii?.Value));
    }

    [Fact]
    public async Task Minutes_ResultsTable_HasEachNominationsBallot()
    {
        using var word = await DownloadAsync("hoidong2");
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Single(t => t.InnerText.Contains("Không tham gia", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức", "Đồng ý", "Không đồng ý",
            "Không biểu quyết", "Không tham gia", "Cần đạt", "Kết quả"], Cells(rows[0]));
        Assert.Equal(5, rows.Count);
        var worker = Cells(rows.Single(r => Cells(r)[2] == "Phòng Tổng hợp" && Cells(r)[0] == "1"));
        Assert.Equal(["Lao động tiên tiến", "3", "0", "0", "1", "3/5", "Đạt"], worker[3..]);
        var fighter = Cells(rows.Single(r => Cells(r)[3] == "Chiến sĩ thi đua cấp tỉnh"));
        Assert.Equal(["3", "1", "0", "0", "5/5", "Không đạt"], fighter[4..]);
        var collective = Cells(rows.Single(r => Cells(r)[3] == "Tập thể lao động tiên tiến"));
        Assert.Equal(("Phòng Kinh tế", "Đạt"), (collective[1], collective[9]));
    }

    [Fact]
    public async Task Minutes_ForADepartmentHead_AreForbidden()
    {
        using var client = await App.SignedInClientAsync("tp.th");

        var response = await client.GetAsync($"/documents/council/{SessionId}/minutes.docx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Minutes_OfAnUnknownSession_AreNotFound()
    {
        using var client = await App.SignedInClientAsync("congdoan");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/documents/council/999/minutes.docx")).StatusCode);
    }
}
