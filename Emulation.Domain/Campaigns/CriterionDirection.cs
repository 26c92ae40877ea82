namespace Emulation.Domain.Campaigns;

public enum CriterionDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
