using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(n => n.Explanation).HasConversion(JsonColumn.Converter<Explanation>());
        builder.Property(n => n.LegacyExplanation).HasMaxLength(Nomination.ExplanationMaxLength);
        builder.Property(n => n.RuleSetId).HasMaxLength(100);
        builder.Property(n => n.BallotRecordedBy).HasMaxLength(256);
        builder.Property(n => n.BallotOutcome).HasConversion(JsonColumn.Converter<VoteOutcome>());
        builder.Property(n => n.LegacyBallotExplanation).HasMaxLength(Nomination.ExplanationMaxLength);
        builder.Property(n => n.DecidedBy).HasMaxLength(256);
        builder.Property(n => n.RejectionReason).HasMaxLength(Nomination.ReasonMaxLength);
        builder.Property(n => n.AddedReason).HasMaxLength(Nomination.ReasonMaxLength);
        builder.Property(n => n.AddedBy).HasMaxLength(256);
        builder.Property(n => n.WithdrawalReason).HasMaxLength(Nomination.ReasonMaxLength);
        builder.Property(n => n.WithdrawnBy).HasMaxLength(256);
        builder.Property(n => n.RevokedBasisNote).HasMaxLength(Nomination.ReasonMaxLength);
        builder.OwnsOne(n => n.Ballot);
        builder.HasIndex(n => new { n.CampaignId, n.PersonId, n.UnitId, n.Title }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        // An index without a foreign key: adding a constraint to an existing SQLite table means rebuilding it outside
        // a transaction; the domain only ever sets the id of a dossier it has just saved.
        builder.HasIndex(n => n.ProposalId);
    }
}
