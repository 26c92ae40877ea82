using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class UnitYearRecordConfiguration : IEntityTypeConfiguration<UnitYearRecord>
{
    public void Configure(EntityTypeBuilder<UnitYearRecord> builder)
    {
        builder.ToTable("UnitYearRecords");
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
