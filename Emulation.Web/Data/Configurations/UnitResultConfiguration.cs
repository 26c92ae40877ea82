using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class UnitResultConfiguration : IEntityTypeConfiguration<UnitResult>
{
    public void Configure(EntityTypeBuilder<UnitResult> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.ReturnReason).HasMaxLength(Submittable.ReasonMaxLength);
        builder.HasIndex(r => new { r.CampaignId, r.UnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.Values, value => value.ToJson("Values"));
    }
}
