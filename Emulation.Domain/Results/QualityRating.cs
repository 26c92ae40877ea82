namespace Emulation.Domain.Results;

/// <summary>Yearly quality rating of staff (xếp loại chất lượng), Decree 90/2020 as amended by Decree 48/2023.</summary>
public enum QualityRating
{
    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent,

    /// <summary>Not rated: worked less than six months in the year.</summary>
    NotRated,
}
