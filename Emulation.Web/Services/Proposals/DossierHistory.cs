using System.Globalization;
using Emulation.Domain.Proposals;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services.Audit;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Proposals;

/// <summary>
/// A dossier's steps read from the audit trail, which records every change of its state in the same transaction as the
/// change, with who made it: the dossier keeps only its latest return, the trail every one. A dossier's amendment
/// changes its nominees, not its state, and is not a step here (each nominee's change is audited on the nominee).
/// </summary>
internal static class DossierHistory
{
    private static readonly string Entity = nameof(Proposal);

    public static async Task<IReadOnlyList<DossierStep>> ReadAsync(EmulationDbContext db, int proposalId)
    {
        var key = proposalId.ToString(CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == Entity && a.EntityKey == key &&
                (a.Action == AuditAction.Created || a.Action == AuditAction.StateChanged))
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.At,
                a.UserName,
                a.Before,
                a.After,
                FullName = db.Users.Where(u => u.UserName == a.UserName).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync();
        var steps = new List<DossierStep>();
        // A step records only what it changed: a resend under the same number, or a return for the same reasons, leaves
        // them as the step before had them.
        var (number, reason) = ("", (string?)null);
        foreach (var row in rows)
        {
            var changes = AuditChange.Read(row.Before, row.After).ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal);
            number = changes.GetValueOrDefault(nameof(Proposal.Number)) ?? number;
            reason = changes.TryGetValue(nameof(Proposal.ReturnReason), out var given) ? given : reason;
            if (!Enum.TryParse<ProposalStatus>(changes.GetValueOrDefault(nameof(Proposal.Status)), out var status))
            {
                continue;
            }

            steps.Add(new DossierStep(status, new DateTimeOffset(DateTime.SpecifyKind(row.At, DateTimeKind.Utc)), row.UserName,
                string.IsNullOrWhiteSpace(row.FullName) ? row.UserName : row.FullName, number,
                status == ProposalStatus.Returned ? reason : null));
        }

        return steps;
    }
}
