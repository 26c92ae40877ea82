using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(t => t.Hash).HasMaxLength(ApiToken.HashLength);
        builder.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
        builder.Property(t => t.PasswordFingerprint).HasMaxLength(ApiToken.FingerprintLength);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecognisedInitiativeConfiguration : IEntityTypeConfiguration<RecognisedInitiative>
{
    public void Configure(EntityTypeBuilder<RecognisedInitiative> builder)
    {
        builder.ToTable("RecognisedInitiatives");
        builder.Property(i => i.Title).HasMaxLength(RecognisedInitiative.TitleMaxLength);
        builder.HasIndex(i => new { i.PersonId, i.Year });
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitYearRecordConfiguration : IEntityTypeConfiguration<UnitYearRecord>
{
    public void Configure(EntityTypeBuilder<UnitYearRecord> builder)
    {
        builder.ToTable("UnitYearRecords");
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PledgedTitleConfiguration : IEntityTypeConfiguration<PledgedTitle>
{
    public void Configure(EntityTypeBuilder<PledgedTitle> builder)
    {
        builder.ToTable("PledgedTitles");
        builder.HasIndex(t => new { t.CampaignId, t.UnitId, t.PersonId, t.Title }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
