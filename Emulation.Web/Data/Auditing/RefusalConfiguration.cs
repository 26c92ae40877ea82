using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Auditing;

internal sealed class RefusalConfiguration : IEntityTypeConfiguration<Refusal>
{
    public void Configure(EntityTypeBuilder<Refusal> builder)
    {
        builder.ToTable("Refusals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserName).HasMaxLength(Refusal.UserMaxLength);
        builder.Property(r => r.Area).HasMaxLength(Refusal.AreaMaxLength);
        builder.Property(r => r.Action).HasMaxLength(Refusal.ActionMaxLength);
        builder.Property(r => r.Reference).HasMaxLength(Refusal.ReferenceMaxLength);
        builder.Property(r => r.ErrorsJson).HasMaxLength(Refusal.ErrorsMaxLength);
        builder.Ignore(r => r.Errors);
        builder.HasIndex(r => new { r.CampaignId, r.At });
        builder.OwnsMany(r => r.Subjects, subject =>
        {
            subject.ToTable("RefusalSubjects");
            subject.WithOwner().HasForeignKey("RefusalId");
            subject.Property<long>("Id");
            subject.HasKey("Id");
            subject.HasIndex(s => s.PersonId);
            subject.HasIndex(s => s.UnitId);
        });
        builder.Navigation(r => r.Subjects).HasField("_subjects").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
