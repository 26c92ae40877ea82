using Emulation.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.ToTable("PublicHolidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(PublicHoliday.NameMaxLength);
        builder.HasData(PublicHolidaySeed.Days.Select(d => new { d.Date, d.Name }));
    }
}

/// <summary>
/// The days off of 2026 and 2027 shipped with the product; the administrator adds, removes and corrects them
/// (/admin/holidays). Tết and Giỗ Tổ fall by the lunar calendar (the dates were checked with .NET's
/// ChineseLunisolarCalendar: Tết Bính Ngọ 17/02/2026, Giỗ Tổ 26/04/2026; Tết Đinh Mùi 06/02/2027, Giỗ Tổ 16/04/2027).
/// 2026's Tết (16–20/02, civil servants) and Giỗ Tổ's compensatory Monday 27/04 follow the published schedule; the
/// adjacent day of 2/9 and all of 2027 await the Prime Minister's notice and say "chưa xác nhận".
/// </summary>
internal static class PublicHolidaySeed
{
    public static IReadOnlyList<(DateOnly Date, string Name)> Days { get; } =
    [
        (new(2026, 1, 1), "Tết Dương lịch"),
        (new(2026, 2, 16), "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)"),
        (new(2026, 2, 17), "Tết Nguyên đán Bính Ngọ (mùng 1)"),
        (new(2026, 2, 18), "Tết Nguyên đán Bính Ngọ (mùng 2)"),
        (new(2026, 2, 19), "Tết Nguyên đán Bính Ngọ (mùng 3)"),
        (new(2026, 2, 20), "Tết Nguyên đán Bính Ngọ (mùng 4)"),
        (new(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4)"),
        (new(2026, 4, 30), "Ngày Chiến thắng 30/4"),
        (new(2026, 5, 1), "Ngày Quốc tế Lao động 1/5"),
        (new(2026, 9, 1), "Quốc khánh, ngày liền kề (chưa xác nhận)"),
        (new(2026, 9, 2), "Quốc khánh 2/9"),
        (new(2027, 1, 1), "Tết Dương lịch"),
        (new(2027, 2, 5), "Tết Nguyên đán Đinh Mùi (29 tháng Chạp, chưa xác nhận)"),
        (new(2027, 2, 8), "Tết Nguyên đán Đinh Mùi (mùng 3, chưa xác nhận)"),
        (new(2027, 2, 9), "Tết Nguyên đán Đinh Mùi (mùng 4, chưa xác nhận)"),
        (new(2027, 2, 10), "Nghỉ bù Tết Nguyên đán Đinh Mùi (chưa xác nhận)"),
        (new(2027, 2, 11), "Nghỉ bù Tết Nguyên đán Đinh Mùi (chưa xác nhận)"),
        (new(2027, 4, 16), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (new(2027, 4, 30), "Ngày Chiến thắng 30/4"),
        (new(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy 1/5)"),
        (new(2027, 9, 2), "Quốc khánh 2/9"),
        (new(2027, 9, 3), "Quốc khánh, ngày liền kề (chưa xác nhận)"),
    ];
}
