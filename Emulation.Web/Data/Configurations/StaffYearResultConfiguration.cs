using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class StaffYearResultConfiguration : IEntityTypeConfiguration<StaffYearResult>
{
    public void Configure(EntityTypeBuilder<StaffYearResult> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        // Defaults in the database too: rows written by the bulk seeding name only the columns they know.
        builder.Property(s => s.MonthsInFormerUnit).HasDefaultValue(0);
        builder.Property(s => s.FormerUnitOpinionReceived).HasDefaultValue(false);
        builder.Property(s => s.MonthsWorkedReason).HasMaxLength(StaffYearResult.MonthsReasonMaxLength);
        builder.HasIndex(s => new { s.PersonId, s.Year }).IsUnique();
        builder.HasIndex(s => new { s.UnitId, s.Year });
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
