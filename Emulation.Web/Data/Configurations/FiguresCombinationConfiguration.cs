using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class FiguresCombinationConfiguration : IEntityTypeConfiguration<FiguresCombination>
{
    public void Configure(EntityTypeBuilder<FiguresCombination> builder)
    {
        builder.ToTable("FiguresCombinations");
        builder.HasKey(c => new { c.CampaignId, c.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.FromUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
