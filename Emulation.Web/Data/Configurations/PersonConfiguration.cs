using Emulation.Domain.Organization;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.SearchKey).HasMaxLength(Person.SearchKeyMaxLength);
        builder.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
        builder.Property(p => p.Code).HasMaxLength(Person.CodeMaxLength);
        builder.HasFoldedCode(Person.CodeMaxLength);
        builder.HasIndex(StoredCodes.FoldedCode).IsUnique();
        builder.Property(p => p.LeaveNote).HasMaxLength(Person.LeaveNoteMaxLength);
        builder.OwnsMany(p => p.Tenures, tenure =>
        {
            tenure.ToTable("PersonTenures");
            tenure.WithOwner().HasForeignKey("PersonId");
            tenure.HasKey(t => t.Id);
            tenure.Property(t => t.Position).HasMaxLength(Person.PositionMaxLength);
            tenure.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
            tenure.HasIndex(t => t.UnitId);
        });
    }
}
