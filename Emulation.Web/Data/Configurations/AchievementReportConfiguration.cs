using Emulation.Domain.Awards;
using Emulation.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class AchievementReportConfiguration : IEntityTypeConfiguration<AchievementReport>
{
    public void Configure(EntityTypeBuilder<AchievementReport> builder)
    {
        builder.ToTable("AchievementReports");
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(r => r.Duties).HasMaxLength(AchievementReport.DutiesMaxLength);
        builder.Property(r => r.Achievements).HasMaxLength(AchievementReport.AchievementsMaxLength);
        builder.Property(r => r.EditedBy).HasMaxLength(256);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(256);
        builder.Ignore(r => r.Confirmed);
        builder.HasIndex(r => r.NominationId).IsUnique();
        builder.HasOne<Nomination>().WithMany().HasForeignKey(r => r.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}
