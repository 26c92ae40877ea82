namespace Emulation.Web.Data.Seed.Scale;

/// <summary>Names for the scale seed's units and initiatives: the offices every district of a province has.</summary>
internal static class ScaleNames
{
    public static readonly IReadOnlyList<string> Offices =
    [
        "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính – Kế hoạch",
        "Phòng Kinh tế", "Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường", "Phòng Văn hóa – Thông tin",
        "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Lao động – Thương binh và Xã hội", "Thanh tra",
        "Trung tâm Văn hóa – Thể thao", "Trung tâm Dịch vụ nông nghiệp", "Ban Quản lý dự án đầu tư xây dựng",
        "Trung tâm Phát triển quỹ đất",
    ];

    public static readonly IReadOnlyList<string> Districts =
    [
        "thành phố Đông Hà", "thị xã Quảng Trị", "huyện Vĩnh Linh", "huyện Gio Linh", "huyện Cam Lộ",
        "huyện Triệu Phong", "huyện Hải Lăng", "huyện Hướng Hóa", "huyện Đakrông", "huyện Cồn Cỏ",
        "thành phố Đồng Hới", "thị xã Ba Đồn", "huyện Lệ Thủy", "huyện Quảng Ninh", "huyện Bố Trạch",
        "huyện Quảng Trạch", "huyện Tuyên Hóa", "huyện Minh Hóa", "thành phố Huế", "thị xã Hương Thủy",
        "thị xã Hương Trà", "huyện Phong Điền", "huyện Quảng Điền", "huyện Phú Vang", "huyện Phú Lộc",
        "huyện A Lưới", "huyện Nam Đông", "thành phố Tam Kỳ", "thành phố Hội An", "thị xã Điện Bàn",
        "huyện Duy Xuyên", "huyện Quế Sơn", "huyện Thăng Bình", "huyện Núi Thành", "huyện Tiên Phước",
        "huyện Hiệp Đức", "huyện Đại Lộc", "huyện Nông Sơn", "huyện Phước Sơn", "huyện Bắc Trà My",
        "huyện Nam Trà My", "huyện Tây Giang", "huyện Đông Giang", "huyện Nam Giang", "huyện Phú Ninh",
        "thành phố Quảng Ngãi", "thị xã Đức Phổ", "huyện Bình Sơn", "huyện Sơn Tịnh", "huyện Tư Nghĩa",
        "huyện Nghĩa Hành", "huyện Mộ Đức", "huyện Ba Tơ", "huyện Minh Long", "huyện Sơn Hà",
        "huyện Sơn Tây", "huyện Trà Bồng", "huyện Lý Sơn", "thành phố Kon Tum", "huyện Đắk Hà",
        "huyện Đắk Tô", "huyện Ngọc Hồi", "huyện Sa Thầy",
    ];

    public static readonly IReadOnlyList<string> Initiatives =
    [
        "Số hóa hồ sơ lưu trữ", "Rút ngắn thời gian giải quyết thủ tục hành chính", "Phần mềm theo dõi văn bản đến",
        "Quy trình tiếp nhận hồ sơ trực tuyến", "Tiết kiệm văn phòng phẩm", "Sổ tay nghiệp vụ cho cán bộ mới",
        "Bảng điều khiển số liệu kinh tế – xã hội", "Chuẩn hóa mẫu biểu báo cáo", "Ứng dụng chữ ký số",
        "Cải tiến quy trình tiếp công dân",
    ];
}
