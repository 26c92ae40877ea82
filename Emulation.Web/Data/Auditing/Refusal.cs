using System.Text.Json;
using Emulation.Domain.Common;

namespace Emulation.Web.Data.Auditing;

/// <summary>
/// An attempt the app refused (approving without quorum, voting twice, a decision number already used…): who, when,
/// what they tried and the coded reasons. Nothing else changed; this record is what remains of the attempt, so it
/// shows in the campaign's history and on the profiles of the people and units it concerned.
/// </summary>
public sealed class Refusal
{
    public const int UserMaxLength = 256;
    public const int AreaMaxLength = 40;
    public const int ActionMaxLength = 40;
    public const int ReferenceMaxLength = 100;
    public const int ErrorsMaxLength = 4000;

    private readonly List<RefusalSubject> _subjects = [];

    private Refusal()
    {
    }

    public long Id { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; private set; }

    public string UserName { get; private set; } = "";

    /// <summary>Where: "council", "nomination" or "decision".</summary>
    public string Area { get; private set; } = "";

    /// <summary>What was tried: "vote", "close", "approve", "revoke"…</summary>
    public string Action { get; private set; } = "";

    public int? CampaignId { get; private set; }

    /// <summary>A number the user typed that names the attempt (a decision number), if any.</summary>
    public string? Reference { get; private set; }

    /// <summary>The coded errors as JSON, so each can be shown in the reader's language.</summary>
    public string ErrorsJson { get; private set; } = "[]";

    /// <summary>The people and units (and their nominations) the attempt was about.</summary>
    public IReadOnlyList<RefusalSubject> Subjects => _subjects;

    public IReadOnlyList<DomainError> Errors => ReadErrors(ErrorsJson);

    public static Refusal Record(DateTime at, string userName, string area, string action, int? campaignId,
        string? reference, IReadOnlyList<DomainError> errors, IEnumerable<RefusalSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(subjects);
        var refusal = new Refusal
        {
            At = at,
            UserName = Truncate(userName, UserMaxLength),
            Area = Truncate(area, AreaMaxLength),
            Action = Truncate(action, ActionMaxLength),
            CampaignId = campaignId,
            Reference = reference is null ? null : Truncate(reference.Trim(), ReferenceMaxLength),
            ErrorsJson = WriteErrors(errors),
        };
        refusal._subjects.AddRange(subjects.Distinct());
        return refusal;
    }

    public static IReadOnlyList<DomainError> ReadErrors(string json) =>
        JsonSerializer.Deserialize<List<StoredError>>(json)?.Select(e => new DomainError(e.Code, e.Message, e.Item)).ToList() ?? [];

    /// <summary>The errors as JSON, dropping whole errors (never cutting one) to stay within the column.</summary>
    private static string WriteErrors(IReadOnlyList<DomainError> errors)
    {
        var stored = errors.Select(e => new StoredError(e.Code, e.Message, e.Item)).ToList();
        var json = JsonSerializer.Serialize(stored);
        while (json.Length > ErrorsMaxLength && stored.Count > 1)
        {
            stored.RemoveAt(stored.Count - 1);
            json = JsonSerializer.Serialize(stored);
        }

        return json.Length <= ErrorsMaxLength ? json : JsonSerializer.Serialize(new[] { new StoredError(errors[0].Code, "", null) });
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private sealed record StoredError(string Code, string Message, string? Item);
}

/// <summary>A person (or a unit, PersonId null) a refused attempt was about.</summary>
public sealed record RefusalSubject(int? PersonId, int UnitId, int? NominationId);
