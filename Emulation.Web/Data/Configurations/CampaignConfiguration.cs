using Emulation.Domain.Common;
using System.Text.Json;
using Emulation.Domain.Campaigns;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Campaign.NameMaxLength);
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey("CampaignId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey("CampaignId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.OfferedTitles).WithOne().HasForeignKey("CampaignId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Amendments).WithOne().HasForeignKey("CampaignId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Criteria).AutoInclude();
        builder.Navigation(c => c.OfferedTitles).AutoInclude();
        builder.Ignore(c => c.ScoredMaxPoints);
        builder.Ignore(c => c.ThematicYears);
        builder.Ignore(c => c.AwardKind);
        builder.HasIndex(c => c.Year);
        builder.Property(c => c.Code).HasMaxLength(Campaign.CodeMaxLength);
        builder.HasFoldedCode(Campaign.CodeMaxLength);
        // A campaign's code is unique within its agency: another agency may take the same code (decision 13).
        builder.HasIndex(nameof(Campaign.AgencyId), StoredCodes.FoldedCode).IsUnique();
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.ToTable("Criteria");
        builder.Property(c => c.Code).HasMaxLength(Criterion.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(Criterion.NameMaxLength);
        builder.Property(c => c.Group).HasMaxLength(Criterion.GroupMaxLength);
        builder.Property(c => c.UnitOfMeasure).HasMaxLength(Criterion.UnitOfMeasureMaxLength);
        builder.HasFoldedCode(Criterion.CodeMaxLength).IsRequired();
        builder.HasIndex("CampaignId", StoredCodes.FoldedCode).IsUnique();
        builder.Ignore(c => c.Bands);
        builder.Property<List<ScoreBand>>("_bands")
            .HasColumnName("Bands")
            .HasMaxLength(2000)
            .HasConversion(
                bands => JsonSerializer.Serialize(bands, Json),
                json => JsonSerializer.Deserialize<List<ScoreBand>>(json, Json) ?? new List<ScoreBand>(),
                new ValueComparer<List<ScoreBand>>(
                    (a, b) => a!.SequenceEqual(b!),
                    bands => bands.Aggregate(0, (hash, band) => HashCode.Combine(hash, band)),
                    bands => bands.ToList()));
    }
}

internal sealed class CampaignTransitionConfiguration : IEntityTypeConfiguration<CampaignTransition>
{
    public void Configure(EntityTypeBuilder<CampaignTransition> builder) =>
        builder.Property(t => t.By).HasMaxLength(CampaignTransition.ByMaxLength);
}

internal sealed class OfferedTitleConfiguration : IEntityTypeConfiguration<OfferedTitle>
{
    public void Configure(EntityTypeBuilder<OfferedTitle> builder)
    {
        builder.ToTable("CampaignOfferedTitles");
        builder.Property(t => t.Title).HasConversion<string>().HasMaxLength(60);
        builder.Property(t => t.QuotaPercent).HasPrecision(DecimalLimits.PercentPrecision, DecimalLimits.PercentScale);
        builder.HasIndex("CampaignId", nameof(OfferedTitle.Title)).IsUnique();
    }
}

internal sealed class CampaignAmendmentConfiguration : IEntityTypeConfiguration<CampaignAmendment>
{
    public void Configure(EntityTypeBuilder<CampaignAmendment> builder)
    {
        builder.ToTable("CampaignAmendments");
        builder.Property(a => a.By).HasMaxLength(CampaignAmendment.ByMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(CampaignAmendment.ReasonMaxLength);
        builder.Property(a => a.Change).HasMaxLength(CampaignAmendment.ChangeMaxLength);
    }
}
