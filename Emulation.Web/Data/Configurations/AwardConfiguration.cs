using Emulation.Domain.Common;
using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.Property(a => a.DecisionNumber).HasMaxLength(Award.DecisionNumberMaxLength);
        builder.Property(a => a.IssuerName).HasMaxLength(Award.IssuerMaxLength);
        builder.Property(a => a.UnitNameAtDecision).HasMaxLength(Award.UnitNameMaxLength);
        builder.HasIndex(a => new { a.PersonId, a.Year });
        builder.HasIndex(a => new { a.UnitId, a.Year });
        // The awards list's order (LookupService), so that a page is read from the index instead of sorting every award.
        builder.HasIndex(a => new { a.Year, a.Title, a.UnitNameAtDecision, a.PersonId, a.Id }, "IX_Awards_ListOrder")
            .IsDescending(true, false, false, false, false);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.VerificationCode).HasMaxLength(Award.VerificationCodeMaxLength);
        builder.Property(a => a.CashVnd).HasPrecision(DecimalLimits.MoneyPrecision, DecimalLimits.MoneyScale);
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(a => a.VerificationCode).IsUnique();
        builder.HasOne<Decision>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(a => a.RevokedByDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
