using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class BlocConfiguration : IEntityTypeConfiguration<Bloc>
{
    public void Configure(EntityTypeBuilder<Bloc> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Bloc.NameMaxLength);
        builder.Property(b => b.Code).HasMaxLength(Bloc.CodeMaxLength);
        // No foreign key to Campaigns: Blocs is an existing table and SQLite would rebuild it to add one. The service
        // creates a campaign's blocs with the campaign and every read goes through the campaign.
        builder.HasFoldedCode(Bloc.CodeMaxLength);
        builder.HasIndex(nameof(Bloc.CampaignId), StoredCodes.FoldedCode).IsUnique();
    }
}

internal sealed class BlocMemberConfiguration : IEntityTypeConfiguration<BlocMember>
{
    public void Configure(EntityTypeBuilder<BlocMember> builder)
    {
        builder.ToTable("BlocMembers");
        builder.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Restrict);
        // Removing a bloc leaves its units in no bloc of that campaign.
        builder.HasOne<Bloc>().WithMany().HasForeignKey(m => m.BlocId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CampaignId, m.UnitId }).IsUnique();
    }
}
