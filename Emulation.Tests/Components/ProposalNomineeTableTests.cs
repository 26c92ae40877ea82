using Bunit;
using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Proposals;
using Emulation.Web.Services.Proposals;

namespace Emulation.Tests.Components;

/// <summary>
/// "Trình cấp trên" as a phone shows it, each nominee a card: the row's checkbox is labelled by a real label that
/// names the nominee (shown on the card, where the name's column is not beside it), and its cell names its column.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ProposalNomineeTableTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public void ASelectableNominee_IsNamedByTheCheckboxsOwnLabel_AndItsCellNamesTheColumn()
    {
        var nominee = new ProposalNominee(7, "Nguyễn Văn Bình", "Phòng Tổng hợp", Title.ProvincialEmulationFighter,
            NominationStatus.Passed, AwardingLevel.ProvincialChairman, "Điều 23", null, null, null);

        var table = Render<ProposalNomineeTable>(p => p.Add(x => x.Items, [nominee]).Add(x => x.Selectable, true));

        var checkbox = table.Find("[data-testid=select-7]");
        var label = checkbox.Closest("label");
        Assert.NotNull(label);
        Assert.Contains("Nguyễn Văn Bình", label.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chọn để trình", checkbox.Closest("td")!.GetAttribute("data-label"));
        Assert.Equal("Chọn để trình", table.Find("thead th").TextContent.Trim());
    }

    [Fact]
    public void ANomineeHeldByReturnedResults_CarriesTheMarkTheCouncilsAndApprovalsListsCarry()
    {
        var held = new ProposalNominee(8, "Lê Thị Hoa", "Phòng Kinh tế", Title.ProvincialEmulationFighter,
            NominationStatus.Passed, AwardingLevel.ProvincialChairman, "Điều 23", null, null, null) { ResultsReturned = true };
        var free = held with { Id = 9, ResultsReturned = false };

        var table = Render<ProposalNomineeTable>(p => p.Add(x => x.Items, [held, free]).Add(x => x.Selectable, true));

        Assert.Equal("Đơn vị bị trả lại kết quả: chờ đơn vị gửi lại",
            table.Find("[data-testid=nominee-8] [data-testid=results-returned]").TextContent.Trim());
        Assert.Empty(table.FindAll("[data-testid=nominee-9] [data-testid=results-returned]"));
    }
}
