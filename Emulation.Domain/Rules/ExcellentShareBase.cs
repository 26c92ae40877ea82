namespace Emulation.Domain.Rules;

/// <summary>Whom the cap on "Hoàn thành xuất sắc nhiệm vụ" ratings is a percentage of.</summary>
public enum ExcellentShareBase
{
    /// <summary>Those rated "Hoàn thành tốt nhiệm vụ" or "Hoàn thành xuất sắc nhiệm vụ".</summary>
    GoodOrAbove,

    /// <summary>Those rated "Hoàn thành tốt nhiệm vụ" only (the literal reading of "số được xếp loại Hoàn thành tốt").</summary>
    Good,

    /// <summary>Everyone rated, whatever the rating (those not rated left out).</summary>
    AllRated,
}
