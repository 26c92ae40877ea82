using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

/// <summary>No foreign key to the campaign: a notification is a hint that outlives nothing and blocks nothing.</summary>
internal sealed class ChangeNotificationConfiguration : IEntityTypeConfiguration<ChangeNotification>
{
    public void Configure(EntityTypeBuilder<ChangeNotification> builder)
    {
        builder.ToTable("ChangeNotifications");
        builder.HasIndex(n => n.At);
    }
}
