using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("Evidence");
        builder.Property(e => e.CriterionCode).HasMaxLength(Criterion.CodeMaxLength);
        builder.Property(e => e.FileName).HasMaxLength(Evidence.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(Evidence.ContentTypeMaxLength);
        builder.Property(e => e.StorageKey).HasMaxLength(Evidence.StorageKeyMaxLength);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
        builder.HasIndex(e => e.StorageKey).IsUnique();
        builder.HasIndex(e => new { e.CampaignId, e.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
