using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

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
