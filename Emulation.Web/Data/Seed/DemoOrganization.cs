using Emulation.Domain.Organization;

namespace Emulation.Web.Data.Seed;

/// <summary>The seed customer: a provincial People's Committee office with 10 departments/centres and 1 public service unit.</summary>
internal static class DemoOrganization
{
    public const string AgencyName = "Văn phòng UBND tỉnh";
    public const string IssuerName = "Chánh Văn phòng UBND tỉnh";
    public const string AdvisoryBloc = "Khối các phòng tham mưu";
    public const string CentresBloc = "Khối các trung tâm và đơn vị sự nghiệp";

    public static readonly IReadOnlyList<DemoUnit> Units =
    [
        new("TH", "Phòng Tổng hợp", UnitKind.Department, AdvisoryBloc, 12),
        new("KT", "Phòng Kinh tế", UnitKind.Department, AdvisoryBloc, 10),
        new("KGVX", "Phòng Khoa giáo – Văn xã", UnitKind.Department, AdvisoryBloc, 10),
        new("NC", "Phòng Nội chính", UnitKind.Department, AdvisoryBloc, 9),
        new("HCTC", "Phòng Hành chính – Tổ chức", UnitKind.Department, AdvisoryBloc, 11),
        new("QTTV", "Phòng Quản trị – Tài vụ", UnitKind.Department, AdvisoryBloc, 9),
        new("KSTT", "Phòng Kiểm soát thủ tục hành chính", UnitKind.Department, AdvisoryBloc, 8),
        new("BTCD", "Ban Tiếp công dân tỉnh", UnitKind.Department, AdvisoryBloc, 7),
        new("HCC", "Trung tâm Phục vụ hành chính công", UnitKind.Department, CentresBloc, 12),
        new("TTCB", "Trung tâm Thông tin – Công báo", UnitKind.Department, CentresBloc, 7),
        new("NK", "Nhà khách UBND tỉnh", UnitKind.PublicServiceUnit, CentresBloc, 6),
    ];

    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    private static readonly string[] MaleMiddleNames = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân"];
    private static readonly string[] FemaleMiddleNames = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Thị Kim", "Thị Hồng", "Bảo"];

    private static readonly string[] MaleGivenNames =
        ["Hùng", "Dũng", "Tuấn", "Nam", "Long", "Sơn", "Hải", "Phong", "Khoa", "Bình", "Cường", "Thắng", "Quân", "Huy", "Trung", "Đạt", "Khánh", "Lâm"];

    private static readonly string[] FemaleGivenNames =
        ["Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Thảo", "Ngọc", "Hạnh", "Nga", "Yến", "Phương", "Dung", "Thủy", "Hằng", "Vân", "Oanh", "Nhung"];

    public static (string FullName, Gender Gender) RandomPerson(Random random)
    {
        var gender = random.NextDouble() < 0.52 ? Gender.Female : Gender.Male;
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var (middle, given) = gender == Gender.Female
            ? (FemaleMiddleNames[random.Next(FemaleMiddleNames.Length)], FemaleGivenNames[random.Next(FemaleGivenNames.Length)])
            : (MaleMiddleNames[random.Next(MaleMiddleNames.Length)], MaleGivenNames[random.Next(MaleGivenNames.Length)]);
        return ($"{family} {middle} {given}", gender);
    }
}

internal sealed record DemoUnit(string Code, string Name, UnitKind Kind, string Bloc, int Staff);
