using Emulation.Web.Documents;

namespace Emulation.Tests.Documents;

/// <summary>A pledge document built by hand, for what the seeded data does not have (titles aimed for).</summary>
public static class SamplePledge
{
    public const string AimedTitle = "Tập thể lao động xuất sắc";

    public static PledgeDocument WithAimedTitle() => new()
    {
        AgencyName = "Văn phòng UBND tỉnh",
        UnitName = "Phòng Kinh tế",
        UnitCode = "KT",
        CampaignName = "Phong trào thi đua năm 2026",
        Year = 2026,
        Place = "Quảng Trị",
        SignedOn = new DateOnly(2026, 3, 5),
        IsDraft = false,
        Rows = [new PledgeDocumentRow(1, "Văn bản đến được xử lý", "văn bản", 2_400m)],
        SignerName = "Đặng Thị Thắng",
        AimedTitles = [AimedTitle],
    };
}
