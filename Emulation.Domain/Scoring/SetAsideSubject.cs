using System.Globalization;

using Emulation.Domain.Common;

namespace Emulation.Domain.Scoring;

/// <summary>
/// A unit (with its people) or a person whose data is invalid, left out of the evaluation with the errors that are
/// its own problem, so that the other units are still scored and ranked.
/// </summary>
public sealed record SetAsideSubject(int? UnitId, int? PersonId, IReadOnlyList<DomainError> Errors)
{
    /// <summary>The unit or person an error's <see cref="DomainError.Item"/> names first (<c>unit:7/…</c>, <c>person:9/…</c>); null for a campaign-wide error.</summary>
    public static (int? UnitId, int? PersonId)? SubjectOf(DomainError error)
    {
        if (error.Item is not { } item)
        {
            return null;
        }

        var head = item.Split('/')[0];
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !int.TryParse(head.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return head[..colon] switch
        {
            "unit" => (id, null),
            "person" => (null, id),
            _ => null,
        };
    }

    /// <summary>The criterion an error names (<c>…/criterion:HD</c>), if any.</summary>
    public static string? CriterionOf(DomainError error)
    {
        const string Marker = "criterion:";
        var at = error.Item?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : error.Item![(at + Marker.Length)..].Split('/')[0];
    }
}
