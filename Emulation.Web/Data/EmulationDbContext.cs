using Emulation.Domain.Common;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Council;
using Emulation.Domain.Decisions;
using Emulation.Domain.Organization;
using Emulation.Domain.Pledges;
using Emulation.Domain.Proposals;
using Emulation.Domain.Results;
using Emulation.Web.Data.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>
/// The application's database. Each provider has a subclass that owns its migrations:
/// <code>
/// dotnet ef migrations add NAME --project Emulation.Web --context SqliteEmulationDbContext --output-dir Data/Migrations/Sqlite
/// dotnet ef migrations add NAME --project Emulation.Web --context SqlServerEmulationDbContext --output-dir Data/Migrations/SqlServer
/// dotnet ef migrations script --idempotent --project Emulation.Web --context SqlServerEmulationDbContext
/// </code>
/// </summary>
public abstract class EmulationDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow concurrency token on everything two people may edit.</summary>
    public const string VersionProperty = "Version";

    /// <summary>
    /// Who the audit trail names for what this context saves: set when a service opens it for its actor
    /// (<see cref="Services.ActorDbContexts"/>); without one, the ambient <see cref="AuditUser.Current"/>.
    /// </summary>
    public AuditUser? Author { get; internal set; }

    /// <summary>
    /// The agency whose campaigns, and what hangs on them, this context reads (set for its actor by
    /// <see cref="Services.ActorDbContexts"/> from <see cref="Services.Organization.OrganizationScope.CampaignAgencyAsync"/>);
    /// null: every agency's, as for the background work and an account bound to no unit.
    /// </summary>
    public int? CampaignAgency { get; internal set; }

    /// <summary>
    /// The units of <see cref="CampaignAgency"/>'s tree, whose sudden and long-service proposals and decisions outside a
    /// campaign this context reads; null: every unit's.
    /// </summary>
    public List<int>? CampaignAgencyUnits { get; internal set; }

    /// <summary>
    /// The receiving board whose account this context was opened for: it reads an agency's campaign only as the dossiers
    /// sent to the board carry it (<see cref="OnlyWhatTheBoardsDossiersCarry"/>, asked of the database in each query, so
    /// nothing is read when the context opens), never its pledges, results, blocs or other nominations; null for an
    /// agency's account and for work done without an actor.
    /// </summary>
    public int? ReceivingBoard { get; internal set; }

    /// <summary>The organisation scope of the actor this context was opened for, read once (<see cref="Services.ActorDbContexts"/>).</summary>
    public Services.Organization.OrganizationScope? ActorScope { get; internal set; }

    /// <summary>
    /// The process's kept unit tree (<see cref="Services.Organization.UnitTreeCache"/>), when the context's options carry
    /// it (the app's do; a context built by hand reads the tree from the database each time).
    /// </summary>
    internal Services.Organization.UnitTreeCache? UnitTrees { get; } = options
        .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?
        .OfType<Services.Organization.UnitTreeCache>().FirstOrDefault();

    /// <summary>What a pooled context kept of the actor it was last opened for: nothing, when it is handed out again.</summary>
    internal void ForgetActor()
    {
        Author = null;
        CampaignAgency = null;
        CampaignAgencyUnits = null;
        ActorScope = null;
        ReceivingBoard = null;
    }

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Bloc> Blocs => Set<Bloc>();
    public DbSet<BlocMember> BlocMembers => Set<BlocMember>();
    public DbSet<UnitLineage> UnitLineages => Set<UnitLineage>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<UnitResult> UnitResults => Set<UnitResult>();
    public DbSet<FiguresCombination> FiguresCombinations => Set<FiguresCombination>();
    public DbSet<StaffYearResult> StaffYearResults => Set<StaffYearResult>();
    public DbSet<UnitProceedings> UnitProceedings => Set<UnitProceedings>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<PublishedTitle> PublishedTitles => Set<PublishedTitle>();
    public DbSet<StoredRuleSet> RuleSets => Set<StoredRuleSet>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChangeNotification> ChangeNotifications => Set<ChangeNotification>();
    public DbSet<Refusal> Refusals => Set<Refusal>();
    public DbSet<Proposal> Proposals => Set<Proposal>();

    /// <summary>The proposals table past its query filter, for the filters that must not ask the proposals (<see cref="SentDossier"/>).</summary>
    internal DbSet<SentDossier> SentDossiers => Set<SentDossier>();
    public DbSet<AppraisalNote> AppraisalNotes => Set<AppraisalNote>();
    public DbSet<AchievementReport> AchievementReports => Set<AchievementReport>();
    public DbSet<Emulation.Domain.Sudden.SuddenProposal> SuddenProposals => Set<Emulation.Domain.Sudden.SuddenProposal>();
    public DbSet<Emulation.Domain.Sudden.SuddenEvidence> SuddenEvidence => Set<Emulation.Domain.Sudden.SuddenEvidence>();
    public DbSet<Inbox.InboxNotification> InboxNotifications => Set<Inbox.InboxNotification>();
    public DbSet<Inbox.NotificationPreference> NotificationPreferences => Set<Inbox.NotificationPreference>();
    public DbSet<Inbox.OutboxEmail> OutboxEmails => Set<Inbox.OutboxEmail>();
    public DbSet<Emulation.Domain.Consultations.Consultation> Consultations => Set<Emulation.Domain.Consultations.Consultation>();
    public DbSet<Emulation.Domain.Consultations.ConsultationComment> ConsultationComments => Set<Emulation.Domain.Consultations.ConsultationComment>();
    public DbSet<Emulation.Domain.Rules.PublicHoliday> PublicHolidays => Set<Emulation.Domain.Rules.PublicHoliday>();

    /// <summary>
    /// Marks <paramref name="entity"/> as changed by this save, failing with a concurrency conflict if someone
    /// else saved it after the caller read <paramref name="versionReadByCaller"/>.
    /// </summary>
    public void BumpVersion(object entity, Guid versionReadByCaller)
    {
        var version = Entry(entity).Property(VersionProperty);
        version.OriginalValue = versionReadByCaller;
        version.CurrentValue = Guid.NewGuid();
    }

    /// <summary>The concurrency version of a tracked entity, as read from the database.</summary>
    public Guid VersionOf(object entity) => (Guid)Entry(entity).Property(VersionProperty).OriginalValue!;

    /// <summary>
    /// Someone saved <paramref name="entity"/> since the caller read <paramref name="versionRead"/> (null: the caller
    /// read no version and nothing is compared): a lost race, told as one before the domain looks at the state the
    /// winner left, which would otherwise be the answer (a submitted result is no longer editable).
    /// </summary>
    public bool ChangedSinceRead(object entity, Guid? versionRead) => versionRead is { } read && read != VersionOf(entity);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EmulationDbContext).Assembly);
        OnlyTheAgencysCampaigns(builder);
    }

    /// <summary>
    /// A context opened for an account of one agency sees that agency's campaigns only, and the records reached through a
    /// campaign (every <see cref="ICampaignOwned"/>: blocs, pledges, results, evidence, nominations, council sessions,
    /// dossiers, consultations…), the sudden and long-service proposals of its units and the decisions on either:
    /// another agency's read by its id is not found, and no list, count or statistic holds it. A context opened for a
    /// receiving board's account sees what the dossiers sent to the board carry (<see cref="OnlyWhatTheBoardsDossiersCarry"/>).
    /// </summary>
    private void OnlyTheAgencysCampaigns(ModelBuilder builder)
    {
        builder.Entity<SentDossier>().HasNoKey().ToView("Proposals");
        builder.Entity<Campaign>().HasQueryFilter(c => CampaignAgency == null
            ? ReceivingBoard == null || SentDossiers.Any(d => d.CampaignId == c.Id && d.ReceivingUnitId == ReceivingBoard)
            : c.AgencyId == CampaignAgency);
        var ownedByCampaign = typeof(EmulationDbContext).GetMethod(nameof(OwnedByTheAgencysCampaign),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var owned in builder.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => typeof(ICampaignOwned).IsAssignableFrom(t)).ToList())
        {
            builder.Entity(owned).HasQueryFilter((System.Linq.Expressions.LambdaExpression)ownedByCampaign.MakeGenericMethod(owned).Invoke(this, null)!);
        }

        OnlyWhatTheBoardsDossiersCarry(builder);
        builder.Entity<Emulation.Domain.Sudden.SuddenProposal>()
            .HasQueryFilter(p => CampaignAgencyUnits == null || CampaignAgencyUnits.Contains(p.UnitId));
        // A decision outside a campaign (a sudden or long-service award, a revocation) is the agency's whose units its
        // awards went to; a board reads the decisions issued on the dossiers sent to it.
        builder.Entity<Decision>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || SentDossiers.Any(d => d.Id == x.ProposalId && d.ReceivingUnitId == ReceivingBoard)
            : x.CampaignId != null
                ? Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency)
                : Awards.Any(a => (a.DecisionId == x.Id || a.RevokedByDecisionId == x.Id) && CampaignAgencyUnits!.Contains(a.UnitId)));
    }

    /// <summary>
    /// What a receiving board reads of an agency's campaign: the dossiers sent to it, their nominees, the council sessions
    /// on them (its own) and the agency's sessions whose minutes the dossier carries, the consultations, and the evidence
    /// file names of the nominees' units that their achievement reports list. Any other record hanging on a campaign
    /// (pledges, results, blocs, a campaign-owned type added later) stays out (<see cref="OwnedByTheAgencysCampaign"/>),
    /// so a board service that forgets its own check finds nothing rather than an agency's internals.
    /// </summary>
    private void OnlyWhatTheBoardsDossiersCarry(ModelBuilder builder)
    {
        builder.Entity<Emulation.Domain.Proposals.Proposal>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || x.ReceivingUnitId == ReceivingBoard
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency));
        builder.Entity<Nomination>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || SentDossiers.Any(d => d.Id == x.ProposalId && d.ReceivingUnitId == ReceivingBoard)
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency));
        builder.Entity<CouncilSession>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || (x.ProposalId != null
                ? SentDossiers.Any(d => d.Id == x.ProposalId && d.ReceivingUnitId == ReceivingBoard)
                : SentDossiers.Any(d => d.CampaignId == x.CampaignId && d.ReceivingUnitId == ReceivingBoard))
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency));
        builder.Entity<Emulation.Domain.Consultations.Consultation>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || SentDossiers.Any(d => d.CampaignId == x.CampaignId && d.ReceivingUnitId == ReceivingBoard)
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency));
        builder.Entity<Evidence>().HasQueryFilter(x => CampaignAgency == null
            ? ReceivingBoard == null || Nominations.Any(n => n.CampaignId == x.CampaignId && n.UnitId == x.UnitId)
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency));
    }

    /// <summary>The agency's campaign's records; to a receiving board, none unless its dossiers carry them (above).</summary>
    private System.Linq.Expressions.Expression<Func<T, bool>> OwnedByTheAgencysCampaign<T>() where T : class, ICampaignOwned =>
        x => CampaignAgency == null
            ? ReceivingBoard == null
            : Campaigns.Any(c => c.Id == x.CampaignId && c.AgencyId == CampaignAgency);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(DecimalLimits.FigurePrecision, DecimalLimits.FigureScale);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampNewVersions();
        Services.StoredCodes.Fold(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampNewVersions();
        Services.StoredCodes.Fold(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampNewVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            // Only the shadow Guid token; a domain property that happens to be called Version is left alone.
            if (entry.Metadata.FindProperty(VersionProperty) is not { IsConcurrencyToken: true } token ||
                token.ClrType != typeof(Guid))
            {
                continue;
            }

            var version = entry.Property(VersionProperty);
            if (entry.State == EntityState.Added ||
                (entry.State == EntityState.Modified && !version.IsModified))
            {
                version.CurrentValue = Guid.NewGuid();
            }
        }
    }
}
