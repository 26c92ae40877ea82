using Emulation.Domain.Awards;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Results;
using Emulation.Domain.Sudden;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class SuddenProposalConfiguration : IEntityTypeConfiguration<SuddenProposal>
{
    public void Configure(EntityTypeBuilder<SuddenProposal> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.Achievement).HasMaxLength(SuddenProposal.AchievementMaxLength);
        builder.Property(p => p.Article).HasMaxLength(SuddenProposal.ArticleMaxLength);
        builder.Property(p => p.RejectionReason).HasMaxLength(SuddenProposal.ReasonMaxLength);
        builder.Property(p => p.ProposedBy).HasMaxLength(256);
        builder.Property(p => p.ReviewedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.UnitId, p.Status });
        // The person's own index stays: the filtered one below serves only long-service rows.
        builder.HasIndex(p => p.PersonId);
        // One open or granted long-service proposal per person and form, however many people propose at once.
        builder.HasIndex(p => new { p.PersonId, p.Title }).IsUnique().HasDatabaseName("IX_SuddenProposals_LongServiceOncePerPerson")
            .HasFilter($"\"{nameof(SuddenProposal.Kind)}\" = '{nameof(AwardKind.LongService)}' AND \"{nameof(SuddenProposal.Status)}\" <> '{nameof(SuddenProposalStatus.Rejected)}'");
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SuddenEvidenceConfiguration : IEntityTypeConfiguration<SuddenEvidence>
{
    public void Configure(EntityTypeBuilder<SuddenEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(Evidence.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(Evidence.ContentTypeMaxLength);
        builder.Property(e => e.StorageKey).HasMaxLength(Evidence.StorageKeyMaxLength);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
        builder.HasIndex(e => e.StorageKey).IsUnique();
        builder.HasIndex(e => e.ProposalId);
        builder.HasOne<SuddenProposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}
