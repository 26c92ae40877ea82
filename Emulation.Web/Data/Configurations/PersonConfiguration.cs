using Emulation.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
        builder.Property(p => p.Code).HasMaxLength(Person.CodeMaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}
