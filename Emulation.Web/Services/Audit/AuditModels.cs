using Emulation.Web.Data.Auditing;

namespace Emulation.Web.Services.Audit;

/// <summary>The viewer's filters; dates are whole UTC days, both ends included. Pages count from 0.</summary>
public sealed record AuditQuery(string? UserName = null, string? Entity = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 0, int PageSize = 25);

public sealed record AuditRow(long Id, DateTime At, string UserName, string Entity, string EntityKey, AuditAction Action,
    string? Before, string? After);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);
