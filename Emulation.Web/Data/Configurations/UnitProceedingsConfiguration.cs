using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class UnitProceedingsConfiguration : IEntityTypeConfiguration<UnitProceedings>
{
    public void Configure(EntityTypeBuilder<UnitProceedings> builder)
    {
        builder.ToTable("UnitProceedings");
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.Text).HasMaxLength(UnitProceedings.MaxTextLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.UnitId, p.Year }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
