using Emulation.Domain.Campaigns;
using Emulation.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.Number).HasMaxLength(Proposal.NumberMaxLength);
        builder.Property(p => p.Recipient).HasMaxLength(Proposal.RecipientMaxLength);
        builder.Property(p => p.ReturnReason).HasMaxLength(Proposal.ReasonMaxLength);
        builder.Property(p => p.SentBy).HasMaxLength(256);
        builder.HasIndex(p => p.CampaignId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
