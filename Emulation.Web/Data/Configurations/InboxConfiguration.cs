using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class InboxNotificationConfiguration : IEntityTypeConfiguration<InboxNotification>
{
    public void Configure(EntityTypeBuilder<InboxNotification> builder)
    {
        builder.ToTable("InboxNotifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Subject).HasMaxLength(InboxNotification.SubjectMaxLength);
        builder.Property(n => n.Detail).HasMaxLength(InboxNotification.DetailMaxLength);
        builder.Property(n => n.Link).HasMaxLength(InboxNotification.LinkMaxLength);
        builder.Property(n => n.OnceKey).HasMaxLength(InboxNotification.KeyMaxLength);
        builder.Ignore(n => n.IsRead);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        // A reminder reaches each person at most once, even if two instances run the reminder at the same moment.
        builder.HasIndex(n => new { n.UserId, n.OnceKey }).IsUnique()
            .HasFilter($"\"{nameof(InboxNotification.OnceKey)}\" IS NOT NULL");
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("OutboxEmails");
        builder.Property(e => e.To).HasMaxLength(OutboxEmail.AddressMaxLength);
        builder.Property(e => e.ToName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.ErrorMaxLength);
        builder.HasIndex(e => new { e.SentAt, e.GaveUpAt, e.NextAttemptAt });
    }
}
