using Emulation.Domain.Proposals;
using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Components.Pages.Board;

/// <summary>
/// The state of a dossier the receiving board in this deployment handles, as both sides read it: received, under
/// appraisal (a note written), returned for amendment, decided.
/// </summary>
public static class BoardStatus
{
    public static string Text(IStringLocalizer localizer, ProposalStatus status, bool underAppraisal) => status switch
    {
        ProposalStatus.Sent => localizer[underAppraisal ? "Board.Status.UnderAppraisal" : "Board.Status.Received"],
        _ => localizer.Label(status),
    };
}
