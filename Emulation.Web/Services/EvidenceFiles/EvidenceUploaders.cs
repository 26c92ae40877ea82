using Emulation.Web.Data;
using Emulation.Web.Services.Accounts;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>Evidence lists name who uploaded each file by their full name, not their login.</summary>
public static class EvidenceUploaders
{
    /// <summary><paramref name="files"/> with each uploader's full name (the login where the account has none).</summary>
    public static async Task<IReadOnlyList<EvidenceItem>> NamedAsync(EmulationDbContext db, IReadOnlyList<EvidenceItem> files)
    {
        var names = await AccountNames.FullNamesAsync(db, files.Select(f => f.UploadedBy));
        return [.. files.Select(f => f with { UploadedBy = names.GetValueOrDefault(f.UploadedBy, f.UploadedBy) })];
    }
}
