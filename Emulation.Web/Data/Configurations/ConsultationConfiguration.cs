using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public const string OneAgencyListPerRound = "IX_Consultations_OneAgencyListPerRound";
    public const string OneBoardListPerRound = "IX_Consultations_OneBoardListPerRound";

    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("Consultations");
        builder.Property(c => c.Article).HasMaxLength(Consultation.ArticleMaxLength);
        builder.Property(c => c.PublishedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.CampaignId, c.LastDay });
        // No foreign key: the column joins an existing SQLite table, which a key would rebuild.
        builder.HasIndex(c => c.ProposalId);

        // One list of each round per owner (the campaign's agency lists, a dossier's board lists), held by the database:
        // two publishes at the same moment take the same round and the later save is refused, without touching the
        // campaign's or the dossier's version (which an open editor of either holds). Double quotes work on both providers.
        builder.HasIndex(c => new { c.CampaignId, c.Round }, OneAgencyListPerRound).IsUnique()
            .HasFilter($"\"{nameof(Consultation.ProposalId)}\" IS NULL");
        builder.HasIndex(c => new { c.ProposalId, c.Round }, OneBoardListPerRound).IsUnique()
            .HasFilter($"\"{nameof(Consultation.ProposalId)}\" IS NOT NULL");
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(c => c.Nominees, nominee =>
        {
            nominee.ToTable("ConsultationNominees");
            nominee.WithOwner().HasForeignKey("ConsultationId");
            nominee.HasKey("ConsultationId", nameof(ConsultationNominee.NominationId));
            nominee.HasIndex(n => n.NominationId);
            nominee.HasOne<Nomination>().WithMany().HasForeignKey(n => n.NominationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(c => c.Nominees).HasField("_nominees");
    }
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> builder)
    {
        builder.ToTable("ConsultationComments");
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(c => c.AuthorName).HasMaxLength(ConsultationComment.NameMaxLength);
        builder.Property(c => c.Contact).HasMaxLength(ConsultationComment.ContactMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ConsultationComment.TextMaxLength);
        builder.Property(c => c.ModeratedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.ConsultationId, c.Status });
        builder.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}
