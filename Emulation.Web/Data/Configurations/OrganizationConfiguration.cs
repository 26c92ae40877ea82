using Emulation.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasOne<Bloc>().WithMany().HasForeignKey(u => u.BlocId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(u => u.FormerNames, name =>
        {
            name.ToTable("UnitNames");
            name.WithOwner().HasForeignKey("UnitId");
            name.HasKey(n => n.Id);
            name.Property(n => n.Name).HasMaxLength(Unit.NameMaxLength);
        });
    }
}

internal sealed class UnitLineageConfiguration : IEntityTypeConfiguration<UnitLineage>
{
    public void Configure(EntityTypeBuilder<UnitLineage> builder)
    {
        builder.ToTable("UnitLineages");
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PredecessorId, l.SuccessorId }).IsUnique();
    }
}

internal sealed class BlocConfiguration : IEntityTypeConfiguration<Bloc>
{
    public void Configure(EntityTypeBuilder<Bloc> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Bloc.NameMaxLength);
        builder.Property(b => b.Code).HasMaxLength(Bloc.CodeMaxLength);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
        builder.Property(p => p.Code).HasMaxLength(Person.CodeMaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
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
