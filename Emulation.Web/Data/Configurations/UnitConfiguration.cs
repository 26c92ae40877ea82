using Emulation.Domain.Organization;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        builder.Property(u => u.SearchKey).HasMaxLength(Unit.SearchKeyMaxLength);
        builder.HasFoldedCode(Unit.CodeMaxLength).IsRequired();
        builder.HasIndex(StoredCodes.FoldedCode).IsUnique();
        // Left over from when blocs were the organisation's: no longer read or written (the migration that gave each
        // campaign its own blocs emptied it). Kept as a shadow column so SQLite does not rebuild Units to drop it.
        builder.Property<int?>("BlocId");
        builder.HasOne<Bloc>().WithMany().HasForeignKey("BlocId").OnDelete(DeleteBehavior.Restrict);
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
