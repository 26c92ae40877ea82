using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class StoredRuleSetConfiguration : IEntityTypeConfiguration<StoredRuleSet>
{
    public void Configure(EntityTypeBuilder<StoredRuleSet> builder)
    {
        builder.ToTable("RuleSets");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.RuleSetId).HasMaxLength(StoredRuleSet.IdMaxLength);
        builder.Property(r => r.Jurisdiction).HasMaxLength(StoredRuleSet.JurisdictionMaxLength);
        builder.Property(r => r.Name).HasMaxLength(StoredRuleSet.NameMaxLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.RuleSetId, r.Version }).IsUnique();
    }
}
