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

        // Numbers restart each year and belong to the issuing agency or board (Services.Decisions.DecisionNumbering):
        // unique per issuing unit, issuer name and year. 0: a deployment with no agency above its units.
        builder.Property<int>(Services.Decisions.DecisionNumbering.IssuingUnitProperty);
        builder.HasIndex(Services.Decisions.DecisionNumbering.IssuingUnitProperty, nameof(Decision.IssuerName), nameof(Decision.Year),
            nameof(Decision.Number)).IsUnique();
        // The dossier a decision of the level above answers; no foreign key, the table exists.
        builder.HasIndex(d => d.ProposalId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
