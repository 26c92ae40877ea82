using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Proposals;

/// <summary>
/// A proposal dossier (hồ sơ đề nghị): the agency's submission letter (tờ trình) carrying the nominations that a higher
/// level decides to that level, which appraises it, may return it for amendment, and decides each nomination.
/// </summary>
public sealed class Proposal : ICampaignOwned
{
    public const int NumberMaxLength = 50;
    public const int RecipientMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private Proposal(int campaignId, string number, DateOnly date, AwardingLevel decidedBy, string recipient,
        string sentBy, DateTimeOffset sentAt, int? receivingUnitId)
    {
        ReceivingUnitId = receivingUnitId;
        CampaignId = campaignId;
        Number = number;
        Date = date;
        DecidedBy = decidedBy;
        Recipient = recipient;
        SentBy = sentBy;
        SentAt = sentAt;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }

    /// <summary>The submission letter's number and symbol (số, ký hiệu), e.g. "45/TTr-VP".</summary>
    public string Number { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The level that decides every nomination in the dossier.</summary>
    public AwardingLevel DecidedBy { get; private set; }

    /// <summary>Who receives it, as the letter names them (e.g. "Chủ tịch UBND tỉnh (qua Sở Nội vụ)").</summary>
    public string Recipient { get; private set; }

    /// <summary>
    /// The receiving level when it works in this deployment (a <c>ReceivingBoard</c> unit): its users appraise, return and
    /// decide the dossier. Null when the receiving level is outside: the agency then records what came back by hand.
    /// </summary>
    public int? ReceivingUnitId { get; private set; }

    public ProposalStatus Status { get; private set; } = ProposalStatus.Sent;
    public string SentBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The receiving level's reasons for the last return, kept after the dossier is sent again.</summary>
    public string? ReturnReason { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>How many times the dossier was sent again after a return.</summary>
    public int Resent { get; private set; }

    /// <summary>
    /// Opens a dossier to <paramref name="recipient"/> for nominations decided at the <paramref name="levels"/> given
    /// (one level per dossier), addressed to the receiving board <paramref name="receivingUnitId"/> when it works in
    /// this deployment.
    /// </summary>
    public static Result<Proposal> Send(int campaignId, string? number, DateOnly date, string? recipient,
        IReadOnlyCollection<AwardingLevel> levels, string by, DateTimeOffset at, int? receivingUnitId = null)
    {
        var errors = new List<DomainError>();
        var cleanNumber = Clean(number, NumberMaxLength, ProposalErrors.NumberRequired(), errors);
        var cleanRecipient = Clean(recipient, RecipientMaxLength, ProposalErrors.RecipientRequired(), errors);
        if (levels.Count == 0)
        {
            errors.Add(ProposalErrors.Empty());
        }
        else if (levels.Distinct().Count() > 1)
        {
            errors.Add(ProposalErrors.MixedLevels());
        }

        return errors.Count > 0
            ? Result<Proposal>.Failure(errors)
            : Result<Proposal>.Success(new Proposal(campaignId, cleanNumber!, date, levels.First(), cleanRecipient!, by, at,
                receivingUnitId));
    }

    /// <summary>The receiving level returns the dossier for amendment, with its reasons.</summary>
    public Result Return(string? reason, DateTimeOffset at)
    {
        if (Status != ProposalStatus.Sent)
        {
            return Result.Failure(ProposalErrors.NotSent(Status));
        }

        var errors = new List<DomainError>();
        var clean = Clean(reason, ReasonMaxLength, ProposalErrors.ReasonRequired(), errors, multiLine: true);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Status = ProposalStatus.Returned;
        ReturnReason = clean;
        ReturnedAt = at;
        return Result.Success();
    }

    /// <summary>Sends the amended dossier again, under a new letter number when the agency issued one.</summary>
    public Result SendAgain(string? number, DateOnly date, string by, DateTimeOffset at)
    {
        if (Status != ProposalStatus.Returned)
        {
            return Result.Failure(ProposalErrors.NotReturned(Status));
        }

        var errors = new List<DomainError>();
        var clean = string.IsNullOrWhiteSpace(number) ? Number : Clean(number, NumberMaxLength, ProposalErrors.NumberRequired(), errors);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Number = clean!;
        Date = date;
        SentBy = by;
        SentAt = at;
        Status = ProposalStatus.Sent;
        Resent++;
        return Result.Success();
    }

    /// <summary>The agency changes the dossier's nominees only while it is back for amendment.</summary>
    public Result AcceptsAmendment() =>
        Status == ProposalStatus.Returned ? Result.Success() : Result.Failure(ProposalErrors.NotReturnedForAmendment(Status));

    /// <summary>
    /// The agency takes <paramref name="nominee"/> out of the returned dossier, with its reason (e.g. one the deciding
    /// level refused): the nominee stays recorded as withdrawn from it, and the documents no longer list them.
    /// </summary>
    public Result Withdraw(Nomination nominee, string by, DateTimeOffset at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        if (AcceptsAmendment() is { IsSuccess: false } closed)
        {
            return closed;
        }

        return nominee.ProposalId != Id ? Result.Failure(ProposalErrors.NotInProposal()) : nominee.WithdrawFromDossier(by, at, reason);
    }

    /// <summary>
    /// The agency adds to the returned dossier a nominee of the same campaign that its council passed and whose title is
    /// decided at the dossier's level (<paramref name="granting"/>): it goes up with the others when the dossier is sent again.
    /// </summary>
    public Result Include(Nomination nominee, GrantingRule granting)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        if (AcceptsAmendment() is { IsSuccess: false } closed)
        {
            return closed;
        }

        if (nominee.CampaignId != CampaignId)
        {
            return Result.Failure(ProposalErrors.OtherCampaign());
        }

        return granting.DecidedBy != DecidedBy && granting.DecidedBy != AwardingLevel.HeadOfAgency
            ? Result.Failure(ProposalErrors.MixedLevels())
            : nominee.SendUp(Id, granting);
    }

    /// <summary>The deciding level's outcome can be recorded only while the dossier is with it.</summary>
    public Result AcceptsOutcome() =>
        Status == ProposalStatus.Sent ? Result.Success() : Result.Failure(ProposalErrors.NotSent(Status));

    /// <summary>
    /// The agency records a return or an outcome by hand only for a receiving level outside the deployment: a board in
    /// the deployment returns and decides its dossiers itself.
    /// </summary>
    public Result AcceptsRecordByHand() =>
        ReceivingUnitId is null ? Result.Success() : Result.Failure(ProposalErrors.BoardDecides());

    /// <summary>
    /// The receiving board writes its appraisal note (thẩm định) on one nominee the dossier carries, while it is with the
    /// board; one the agency withdrew from it is listed as withdrawn and takes no note.
    /// </summary>
    public Result<AppraisalNote> Appraise(Nomination nominee, string? text, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        if (ReceivingUnitId is null)
        {
            return Result<AppraisalNote>.Failure(ProposalErrors.NotAddressedToBoard());
        }

        if (Status != ProposalStatus.Sent)
        {
            return Result<AppraisalNote>.Failure(ProposalErrors.NotSent(Status));
        }

        if (nominee.ProposalId != Id)
        {
            return Result<AppraisalNote>.Failure(ProposalErrors.NotInProposal());
        }

        if (nominee.Status == NominationStatus.Withdrawn)
        {
            return Result<AppraisalNote>.Failure(ProposalErrors.NomineeWithdrawn());
        }

        var errors = new List<DomainError>();
        var clean = Clean(text, AppraisalNote.TextMaxLength, ProposalErrors.NoteRequired(), errors, multiLine: true);
        return errors.Count > 0
            ? Result<AppraisalNote>.Failure(errors)
            : Result<AppraisalNote>.Success(new AppraisalNote(Id, nominee.Id, clean!, by, at));
    }

    /// <summary>Closes the dossier once none of its nominations waits for an outcome.</summary>
    public void CloseWhenDecided(int stillWaiting)
    {
        if (stillWaiting == 0 && Status == ProposalStatus.Sent)
        {
            Status = ProposalStatus.Closed;
        }
    }

    /// <summary>Trimmed, clean text of at most <paramref name="maxLength"/> characters, or an error in <paramref name="errors"/>.</summary>
    internal static string? Clean(string? text, int maxLength, DomainError missing, List<DomainError> errors,
        bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(missing);
            return null;
        }

        if (CleanText.Refusal(text, multiLine) is { } unclean)
        {
            errors.Add(unclean);
            return null;
        }

        var normal = CleanText.Normalize(text);
        if (normal.Length > maxLength)
        {
            errors.Add(ProposalErrors.TooLong(maxLength));
            return null;
        }

        return normal;
    }
}
