using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;

namespace Emulation.Web.Data.Seed;

/// <summary>A yearly scoring table built on the metrics a provincial office reports every half-year.</summary>
internal static class DemoCampaign
{
    public const string ProfessionalGroup = "I. Thực hiện nhiệm vụ chuyên môn";
    public const string ReformGroup = "II. Cải cách hành chính";
    public const string MovementGroup = "III. Tham gia phong trào thi đua";

    /// <summary>The yearly titles and the Giấy khen, for people and for units: what units may register to strive for.</summary>
    public static readonly IReadOnlyList<Title> OfferedTitles =
    [
        Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.CertificateOfCommendation,
        Title.AdvancedLabourCollective, Title.ExcellentLabourCollective, Title.CollectiveCertificateOfCommendation,
    ];

    public static IReadOnlyList<Criterion> Criteria() =>
    [
        Criterion.Scored("VB_DEN", "Văn bản đến được xử lý", ProfessionalGroup, 20, "văn bản"),
        Criterion.Scored("VB_DI", "Văn bản tham mưu ban hành", ProfessionalGroup, 20, "văn bản"),
        Criterion.Scored("HOP", "Cuộc họp, hội nghị được phục vụ", ProfessionalGroup, 15, "cuộc"),
        Criterion.Scored("TTHC", "Thủ tục hành chính được công bố", ProfessionalGroup, 15, "thủ tục"),
        Criterion.Scored("DUNG_HAN", "Tỷ lệ hồ sơ, văn bản xử lý đúng hạn", ReformGroup, 20, "%",
            ScoringMethod.Bands, bands:
            [
                new ScoreBand(1.00m, 1.00m),
                new ScoreBand(0.95m, 0.75m),
                new ScoreBand(0.90m, 0.50m),
            ]),
        Criterion.Scored("PHONG_TRAO", "Tham gia đầy đủ các phong trào do Công đoàn phát động", MovementGroup, 10, "có/không",
            ScoringMethod.YesNo),
        Criterion.Bonus("THUONG", "Cờ thi đua, Bằng khen tập thể đạt được trong năm", 5, 10, "lần"),
        Criterion.Penalty("TRE_HAN", "Văn bản xử lý trễ hạn", 0.5m, 10, "văn bản"),
    ];

    /// <summary>A plausible yearly target for a unit of this size, per criterion code.</summary>
    public static decimal TargetFor(string code, int staff) => code switch
    {
        "VB_DEN" => 2_400 * staff / 10m,
        "VB_DI" => 900 * staff / 10m,
        "HOP" => 45 * staff / 10m,
        "TTHC" => 20 * staff / 10m,
        "DUNG_HAN" => 98m,
        _ => 0m,
    };
}
