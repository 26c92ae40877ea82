using Emulation.Domain.Campaigns;

namespace Emulation.Domain.Pledges;

/// <summary>
/// How a merged unit's figures in one campaign were last combined from its predecessors': the administrator's choice
/// when merging, replaced by the union officer's when combining them again from the campaign's progress page.
/// </summary>
public sealed class FiguresCombination : ICampaignOwned
{
    private FiguresCombination(int campaignId, int unitId)
    {
        CampaignId = campaignId;
        UnitId = unitId;
    }

    public int CampaignId { get; private set; }

    /// <summary>The merged unit (the successor).</summary>
    public int UnitId { get; private set; }

    public FiguresChoice How { get; private set; }

    /// <summary>The predecessor whose figures were taken, for <see cref="FiguresChoice.TakeOne"/>; otherwise null.</summary>
    public int? FromUnitId { get; private set; }

    public MergeFigures Choice => new(How, FromUnitId);

    public static FiguresCombination Record(int campaignId, int unitId, MergeFigures choice)
    {
        var combination = new FiguresCombination(campaignId, unitId);
        combination.Change(choice);
        return combination;
    }

    public void Change(MergeFigures choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        How = choice.How;
        FromUnitId = choice.How == FiguresChoice.TakeOne ? choice.FromUnitId : null;
    }
}
