using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Data.Configurations;

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    private const string SessionKey = "CouncilSessionId";

    public const string ParticipationsTable = "CouncilSessionParticipations";

    public const string BallotsTable = "CouncilBallotContents";

    public const string OneOpenSessionPerCampaign = "IX_CouncilSessions_OneOpenPerCampaign";

    public const string OneOpenSessionPerProposal = "IX_CouncilSessions_OneOpenPerProposal";

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

        // One open session of the agency's council per campaign, and one of a board's council per dossier, held by the
        // database too: two officers opening one at the same moment cannot both succeed. Double quotes work on both
        // providers (SQL Server's filtered indexes need QUOTED_IDENTIFIER). No foreign key to the dossier: the table exists.
        builder.HasIndex(s => s.CampaignId, OneOpenSessionPerCampaign).IsUnique()
            .HasFilter($"\"{nameof(CouncilSession.Status)}\" = '{nameof(CouncilSessionStatus.Open)}' AND \"{nameof(CouncilSession.ProposalId)}\" IS NULL");
        builder.HasIndex(s => s.ProposalId, OneOpenSessionPerProposal).IsUnique()
            .HasFilter($"\"{nameof(CouncilSession.Status)}\" = '{nameof(CouncilSessionStatus.Open)}' AND \"{nameof(CouncilSession.ProposalId)}\" IS NOT NULL");
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // Four owned collections: every load of whole sessions is a split query (CouncilSessionService), since one joined
        // query returns members × agenda × participations × ballots rows, millions for a council of five on thirty names.
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
            item.Property(a => a.Paper).HasConversion(JsonColumn.Converter<PaperCount>()).HasMaxLength(200);
        });
        builder.Navigation(s => s.Agenda).HasField("_agenda");

        // Who voted, never how: one participation per member per nomination, enforced by the key as well as by the aggregate.
        builder.OwnsMany(s => s.Participations, voted =>
        {
            voted.ToTable(ParticipationsTable);
            voted.WithOwner().HasForeignKey(SessionKey);
            voted.HasKey(SessionKey, nameof(CouncilParticipation.NominationId), nameof(CouncilParticipation.MemberUserName));
            voted.Property(p => p.MemberUserName).HasMaxLength(CouncilMember.UserNameMaxLength);
        });
        builder.Navigation(s => s.Participations).HasField("_participations");

        // What was voted, never by whom: no member, no time, keyed by the receipt's seal so that the rows' order is the
        // seals' (random), not the order of casting. On SQLite the table is WITHOUT ROWID (hand-written in the migration
        // SecretBallots), or the hidden rowid would keep that order; the audit trail leaves these rows out.
        builder.OwnsMany(s => s.Ballots, ballot =>
        {
            ballot.ToTable(BallotsTable);
            ballot.WithOwner().HasForeignKey(SessionKey);
            ballot.HasKey(SessionKey, nameof(CouncilBallot.Receipt));
            ballot.Property(b => b.Receipt).HasMaxLength(64).IsUnicode(false);
        });
        builder.Navigation(s => s.Ballots).HasField("_ballots");
    }
}
