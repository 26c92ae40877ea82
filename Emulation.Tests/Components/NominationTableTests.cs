using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;
using Emulation.Web.Services.Nominations;

namespace Emulation.Tests.Components;

/// <summary>
/// The nominations list of the council page and of approval marks a nomination held by its unit's returned results, as
/// the council's agenda does, and only that one.
/// </summary>
[Trait("Category", "Fast")]
public sealed class NominationTableTests(AppFixture fixture) : PageTestContext(fixture)
{
    private static NominationView Nomination(int id, string name, bool returned) =>
        new(id, id, name, "Phòng Kinh tế", Title.AdvancedWorker, NominationStatus.Proposed, null, null, null, null)
        {
            ResultsReturned = returned,
        };

    [Fact]
    public void ANominationWaitingOnReturnedResults_IsMarked_TheOthersAreNot()
    {
        var table = Render<NominationTable>(p => p.Add(x => x.Items, [Nomination(1, "Lê Văn An", true), Nomination(2, "Trần Thị Bích", false)]));

        Assert.Equal("Đơn vị bị trả lại kết quả: chờ đơn vị gửi lại",
            table.Find("[data-testid=nomination-1] [data-testid=results-returned]").TextContent.Trim());
        Assert.Empty(table.FindAll("[data-testid=nomination-2] [data-testid=results-returned]"));
    }
}
