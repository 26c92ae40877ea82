using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PersonalPledgeConfiguration : IEntityTypeConfiguration<PersonalPledge>
{
    public void Configure(EntityTypeBuilder<PersonalPledge> builder)
    {
        builder.ToTable("PersonalPledges");
        builder.HasIndex(p => new { p.CampaignId, p.PersonId }).IsUnique();
        builder.Property(p => p.Commitment).HasMaxLength(PersonalPledge.CommitmentMaxLength);
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
