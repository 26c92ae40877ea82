using Emulation.Domain.Campaigns;
using Emulation.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(Decision.NumberMaxLength);
        builder.Property(d => d.IssuerName).HasMaxLength(Decision.IssuerMaxLength);
        builder.Property(d => d.SignerName).HasMaxLength(Decision.SignerMaxLength);
        builder.Property(d => d.SignerPosition).HasMaxLength(Decision.SignerMaxLength);
        builder.Property(d => d.IssuedBy).HasMaxLength(256);
        builder.Property(d => d.Reason).HasMaxLength(Decision.ReasonMaxLength);

        // Numbers restart each year and belong to the issuing agency: unique per issuer and year.
        builder.HasIndex(d => new { d.IssuerName, d.Year, d.Number }).IsUnique();
        // The dossier a decision of the level above answers; no foreign key, the table exists.
        builder.HasIndex(d => d.ProposalId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
