using Emulation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services;

/// <summary>
/// Finds a stored code that is the same code as one typed or sent (<see cref="CleanText.SameCode"/>: case and Unicode
/// form ignored). The comparison runs here rather than in SQL: SQLite's UPPER folds only ASCII letters, so "tđ-2026"
/// and "TĐ-2026" would pass there as two codes.
/// </summary>
public static class StoredCodes
{
    /// <summary>The stored code that is the same code as <paramref name="code"/>, or null when there is none.</summary>
    public static async Task<string?> SameCodeAsync(IQueryable<string?> codes, string code)
    {
        var wanted = CleanText.Normalize(code);
        // Stored codes are trimmed and in NFC, and two strings equal ignoring case have the same length: only those
        // of this length are read.
        var candidates = await codes.Where(c => c != null && c.Length == wanted.Length).ToListAsync();
        return candidates.FirstOrDefault(c => CleanText.SameCode(c, wanted));
    }
}
