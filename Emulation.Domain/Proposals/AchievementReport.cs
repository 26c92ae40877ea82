using Emulation.Domain.Common;

namespace Emulation.Domain.Proposals;

/// <summary>
/// The unit's own wording of a nominee's achievement report (báo cáo thành tích): the duties and the achievements as the
/// unit edited them over the text prefilled from the records, and whether the head of the unit confirmed it. The
/// tables of prior awards stay those of the records. One per nomination; edited only while the dossier is not with the
/// receiving level.
/// </summary>
public sealed class AchievementReport
{
    public const int DutiesMaxLength = 4000;
    public const int AchievementsMaxLength = 12000;

    private AchievementReport(int nominationId) => NominationId = nominationId;

    public int Id { get; private set; }
    public int NominationId { get; private set; }

    /// <summary>Individual: the position and the duties assigned; collective: its functions and duties.</summary>
    public string Duties { get; private set; } = "";

    /// <summary>The achievements in the period, one paragraph per line.</summary>
    public string Achievements { get; private set; } = "";

    public string EditedBy { get; private set; } = "";
    public DateTimeOffset EditedAt { get; private set; }

    /// <summary>The head of the unit who confirmed the report as it stands; cleared by any later change of the text.</summary>
    public string? ConfirmedBy { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool Confirmed => ConfirmedBy is not null;

    public static Result<AchievementReport> Write(int nominationId, string? duties, string? achievements, string by, DateTimeOffset at)
    {
        var report = new AchievementReport(nominationId);
        var edited = report.Edit(duties, achievements, by, at);
        return edited.IsSuccess ? Result<AchievementReport>.Success(report) : Result<AchievementReport>.Failure(edited.Errors);
    }

    /// <summary>Replaces the text; a change clears the head's confirmation.</summary>
    public Result Edit(string? duties, string? achievements, string by, DateTimeOffset at)
    {
        var errors = new List<DomainError>();
        var cleanDuties = Proposal.Clean(duties, DutiesMaxLength, ProposalErrors.ReportTextRequired(), errors, multiLine: true);
        var cleanAchievements = Proposal.Clean(achievements, AchievementsMaxLength, ProposalErrors.ReportTextRequired(), errors, multiLine: true);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (cleanDuties != Duties || cleanAchievements != Achievements)
        {
            ConfirmedBy = null;
            ConfirmedAt = null;
        }

        Duties = cleanDuties!;
        Achievements = cleanAchievements!;
        EditedBy = by;
        EditedAt = at;
        return Result.Success();
    }

    /// <summary>The head of the unit confirms the report as it now reads.</summary>
    public void Confirm(string by, DateTimeOffset at)
    {
        ConfirmedBy = by;
        ConfirmedAt = at;
    }
}
