using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string AppendOnlyTrigger = "AuditEntries_AppendOnly";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The migrations add database triggers that refuse UPDATE and DELETE, for writes that bypass the context.
        builder.ToTable("AuditEntries", table => table.HasTrigger(AppendOnlyTrigger));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(AuditEntry.UserMaxLength);
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserMaxLength);
        builder.Property(a => a.Entity).HasMaxLength(AuditEntry.EntityMaxLength);
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.KeyMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
        builder.HasIndex(a => a.UserName);
        builder.HasIndex(a => a.UnitId);
    }
}
