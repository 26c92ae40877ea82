using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.SubmittedBy).HasMaxLength(256);
        builder.Property(p => p.ReviewedBy).HasMaxLength(256);
        builder.Property(p => p.ReturnReason).HasMaxLength(Submittable.ReasonMaxLength);
        builder.HasIndex(p => new { p.CampaignId, p.UnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        // One JSON column rather than a child table: a pledge is always read and written whole, and the unit's
        // workspace then reads its pledge and results in one row each, with no join per criterion.
        builder.OwnsMany(p => p.Targets, target => target.ToJson("Targets"));
    }
}
