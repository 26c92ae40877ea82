using Emulation.Domain.Awards;
using Emulation.Tests.Decisions;
using Emulation.Tests.Infrastructure;
using Emulation.Tests.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Documents.Decisions;
using Emulation.Web.Services;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Trust;

/// <summary>
/// The project's rule for reads by id: a caller whose role reads such records but only their own unit's (or their own,
/// or their board's) finds another's as if it did not exist (null, so 404), while a role that reads none of them is
/// refused (403). Decisions and certificates follow it as evidence files and profiles do.
/// </summary>
public sealed class AnotherUnitsRecordsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private EmulationAppFactory App => fixture.App;

    [Fact]
    public async Task AnotherUnitsCertificate_IsNotFound_ToAHead_AndAnotherPersons_ToStaff_WhileTheirOwnIsThere()
    {
        var line = (await DecisionScenario.IssueAsync(App, "811/QĐ-VP", Title.AdvancedWorker, 1)).Lines.Single();
        var documents = App.Service<DecisionDocumentService>();
        var otherUnit = await OtherUnitAsync(line.UnitId);

        Assert.NotNull(await documents.GetCertificateAsync(TestActors.HeadOf(line.UnitId), line.AwardId, "https://example.test"));
        Assert.NotNull(await documents.GetCertificateAsync(Staff(line.UnitId, line.PersonId!.Value), line.AwardId, "https://example.test"));
        Assert.Null(await documents.GetCertificateAsync(TestActors.HeadOf(otherUnit), line.AwardId, "https://example.test"));
        Assert.Null(await documents.GetCertificateAsync(Staff(line.UnitId, line.PersonId.Value + 100_000), line.AwardId, "https://example.test"));
    }

    [Fact]
    public async Task AnotherBoardsOrPersonsDecision_IsNotFound_AndAHeadWhoReadsNoDecisions_IsRefused()
    {
        var detail = await DecisionScenario.IssueAsync(App, "812/QĐ-VP", Title.AdvancedWorker, 1);
        var line = detail.Lines.Single();
        var decisions = App.Service<DecisionService>();
        var board = await BoardCouncilTests.AnotherBoardAsync(App, "BTDKT-812");

        Assert.NotNull(await decisions.GetAsync(Staff(line.UnitId, line.PersonId!.Value), detail.Decision.Id));
        Assert.Null(await decisions.GetAsync(Staff(line.UnitId, line.PersonId.Value + 100_000), detail.Decision.Id));
        Assert.Null(await decisions.GetAsync(TestActors.AppraiserOf(board), detail.Decision.Id));
        Assert.Null(await App.Service<DecisionDocumentService>().GetPdfAsync(TestActors.AppraiserOf(board), detail.Decision.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => decisions.GetAsync(TestActors.HeadOf(line.UnitId), detail.Decision.Id));
    }

    private static Actor Staff(int unitId, int personId) =>
        new("staff-" + personId, "nv." + personId, new HashSet<string> { Roles.Staff }, unitId, personId);

    private async Task<int> OtherUnitAsync(int unitId)
    {
        await using var db = await App.DbAsync();
        return await db.Units.Where(u => u.Id != unitId).Select(u => u.Id).FirstAsync();
    }
}
