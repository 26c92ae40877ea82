using Emulation.Web.Data;

namespace Emulation.Web.Services.Notifications;

public enum CampaignChangeKind
{
    /// <summary>A unit submitted its pledge or results.</summary>
    Submission,

    /// <summary>An officer accepted or returned a submission.</summary>
    Review,

    /// <summary>
    /// Figures changed but no status did (a pledge's targets saved as a draft, staff ratings): what evaluates the
    /// campaign reloads; progress views, which show statuses, do not.
    /// </summary>
    Edit,

    /// <summary>
    /// A council member cast a ballot (or the secretary recorded a written one): council pages recount. The change
    /// carries no member and no choice; a view reads only the counts.
    /// </summary>
    Ballot,
}

/// <summary>
/// Something changed in a campaign that open views of it should reload for; <paramref name="UnitId"/> names the one unit
/// it concerns, null when it may concern any. A change naming a unit changed nothing but that unit's pledge or results
/// (saved, submitted, reviewed) or its proceedings of the year (recorded, cleared): the evaluation reads only those again (<see cref="Evaluation.EvaluationSnapshots"/>).
/// </summary>
public sealed record CampaignChange(int CampaignId, CampaignChangeKind Kind, int? UnitId = null)
{
    /// <summary>Whether a view of <paramref name="unitId"/> (null: of the whole campaign) should reload for it.</summary>
    public bool Concerns(int? unitId) => unitId is null || UnitId is null || UnitId == unitId;
}

/// <summary>
/// Carries a campaign change to the other instances of the app, which hand it to their own
/// <see cref="Submissions.SubmissionNotifier"/>. This instance's subscribers are told directly, not through the feed.
/// </summary>
public interface ICampaignChangeFeed
{
    /// <summary>Best effort: a failure is logged, never thrown, because the change itself is already saved.</summary>
    Task PublishAsync(CampaignChange change);

    /// <summary>
    /// Adds the change to the save about to be made through <paramref name="db"/>, when this feed carries changes in
    /// the database: then it is written in the change's own transaction (both or neither) and needs no
    /// <see cref="PublishAsync"/>. False when this feed carries changes otherwise.
    /// </summary>
    bool Enlist(EmulationDbContext db, CampaignChange change);
}

/// <summary>One instance only: nothing to carry.</summary>
public sealed class InProcessChangeFeed : ICampaignChangeFeed
{
    public Task PublishAsync(CampaignChange change) => Task.CompletedTask;

    public bool Enlist(EmulationDbContext db, CampaignChange change) => false;
}

/// <summary>Names this running instance, so it can skip its own changes when they come back from the feed.</summary>
public sealed class AppInstance
{
    public Guid Id { get; } = Guid.NewGuid();
}
