using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Scoring;
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
        builder.Property(n => n.BallotExplanation).HasMaxLength(Nomination.ExplanationMaxLength);
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

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.Property(a => a.DecisionNumber).HasMaxLength(Award.DecisionNumberMaxLength);
        builder.Property(a => a.IssuerName).HasMaxLength(Award.IssuerMaxLength);
        builder.Property(a => a.UnitNameAtDecision).HasMaxLength(Award.UnitNameMaxLength);
        builder.HasIndex(a => new { a.PersonId, a.Year });
        builder.HasIndex(a => new { a.UnitId, a.Year });
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.VerificationCode).HasMaxLength(Award.VerificationCodeMaxLength);
        builder.Property(a => a.CashVnd).HasPrecision(18, 0);
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(a => a.VerificationCode).IsUnique();
        builder.HasOne<Decision>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(a => a.RevokedByDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One account per person: a staff member signs in as themselves, never through two accounts.
        builder.HasIndex(u => u.PersonId).IsUnique();
    }
}
