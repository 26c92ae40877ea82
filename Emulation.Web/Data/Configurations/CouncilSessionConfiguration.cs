using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    private const string SessionKey = "CouncilSessionId";

    public const string OneOpenSessionPerCampaign = "IX_CouncilSessions_OneOpenPerCampaign";

    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.Property<Guid>(EmulationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(s => s.ChairUserName).HasMaxLength(CouncilMember.UserNameMaxLength);
        builder.Property(s => s.SecretaryName).HasMaxLength(CouncilSession.NameMaxLength);
        builder.Property(s => s.OpenedBy).HasMaxLength(256);
        builder.Property(s => s.ClosedBy).HasMaxLength(256);
        builder.Ignore(s => s.Chair);
        builder.Ignore(s => s.PresentCount);
        builder.HasIndex(s => new { s.CampaignId, s.Status });

        // One open session per campaign, held by the database too: two officers opening one at the same moment
        // cannot both succeed. Double quotes work on both providers (SQL Server's filtered indexes need QUOTED_IDENTIFIER).
        builder.HasIndex(s => s.CampaignId, OneOpenSessionPerCampaign).IsUnique()
            .HasFilter($"\"{nameof(CouncilSession.Status)}\" = '{nameof(CouncilSessionStatus.Open)}'");
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsMany(s => s.Members, member =>
        {
            member.ToTable("CouncilSessionMembers");
            member.WithOwner().HasForeignKey(SessionKey);
            member.HasKey(SessionKey, nameof(CouncilMember.UserName));
            member.Property(m => m.UserName).HasMaxLength(CouncilMember.UserNameMaxLength);
            member.Property(m => m.FullName).HasMaxLength(CouncilMember.NameMaxLength);
        });
        builder.Navigation(s => s.Members).HasField("_members");

        builder.OwnsMany(s => s.Agenda, item =>
        {
            item.ToTable("CouncilSessionAgenda");
            item.WithOwner().HasForeignKey(SessionKey);
            item.HasKey(SessionKey, nameof(CouncilAgendaItem.NominationId));
            item.HasOne<Nomination>().WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
            item.Property(a => a.Outcome).HasConversion(JsonColumn.Converter<AgendaOutcome>()).HasMaxLength(500);
        });
        builder.Navigation(s => s.Agenda).HasField("_agenda");

        // One ballot per member per nomination, enforced by the key as well as by the aggregate.
        builder.OwnsMany(s => s.Ballots, ballot =>
        {
            ballot.ToTable("CouncilSessionBallots");
            ballot.WithOwner().HasForeignKey(SessionKey);
            ballot.HasKey(SessionKey, nameof(CouncilBallot.NominationId), nameof(CouncilBallot.MemberUserName));
            ballot.Property(b => b.MemberUserName).HasMaxLength(CouncilMember.UserNameMaxLength);
        });
        builder.Navigation(s => s.Ballots).HasField("_ballots");
    }
}
