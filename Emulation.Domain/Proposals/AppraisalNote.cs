namespace Emulation.Domain.Proposals;

/// <summary>
/// The receiving board's appraisal (thẩm định) of one nominee in a dossier addressed to it: who wrote it, when, and what.
/// Notes are kept as written; the proposing agency reads them with the dossier.
/// </summary>
public sealed class AppraisalNote
{
    public const int TextMaxLength = 2000;

    internal AppraisalNote(int proposalId, int nominationId, string text, string by, DateTimeOffset at)
    {
        ProposalId = proposalId;
        NominationId = nominationId;
        Text = text;
        By = by;
        At = at;
    }

    public long Id { get; private set; }
    public int ProposalId { get; private set; }
    public int NominationId { get; private set; }
    public string Text { get; private set; }

    /// <summary>The user name of the board's appraiser.</summary>
    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
