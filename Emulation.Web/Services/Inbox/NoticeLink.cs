using System.Globalization;
using Emulation.Web.Services.Submissions;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// What a notice's link names, read back: the notices store no reference but the page where their reader acts, whose
/// path carries the ids (<c>campaigns/5/units/3?tab=results</c>, <c>board/council/9</c>).
/// </summary>
internal static class NoticeLink
{
    /// <summary>The number at <paramref name="segment"/> of the link's path (counted from 0), or null.</summary>
    public static int? Id(string link, int segment)
    {
        var parts = Path(link).Split('/');
        return segment < parts.Length && int.TryParse(parts[segment], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;
    }

    /// <summary>The workspace tab a head's link opens: the results, or the pledge.</summary>
    public static SubmissionKind Tab(string link) =>
        link.EndsWith("tab=results", StringComparison.Ordinal) ? SubmissionKind.Results : SubmissionKind.Pledge;

    private static string Path(string link) => link.Split('?')[0];
}
