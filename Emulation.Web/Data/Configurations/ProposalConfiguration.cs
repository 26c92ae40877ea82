using Emulation.Domain.Awards;
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
        // The receiving board's unit: no foreign key, so that SQLite does not rebuild Proposals to add one; the service
        // checks the unit is a receiving board when the dossier is sent.
        builder.HasIndex(p => p.ReceivingUnitId);
    }
}

internal sealed class AppraisalNoteConfiguration : IEntityTypeConfiguration<AppraisalNote>
{
    public void Configure(EntityTypeBuilder<AppraisalNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(AppraisalNote.TextMaxLength);
        builder.Property(n => n.By).HasMaxLength(256);
        builder.HasIndex(n => new { n.ProposalId, n.NominationId });
        builder.HasOne<Proposal>().WithMany().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(n => n.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}
