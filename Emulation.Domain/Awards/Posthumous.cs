using System.Linq.Expressions;

using Emulation.Domain.Organization;

namespace Emulation.Domain.Awards;

/// <summary>
/// Truy tặng: the law gives a form of commendation to a person "tặng hoặc truy tặng" (Decree 152/2025 Art. 51(1), 54(1)),
/// and a family member receives a posthumous award on the person's behalf. A person who died may therefore still be
/// proposed, and an award decided on or after the day of death is posthumous, which the decision and certificate say.
/// </summary>
public static class Posthumous
{
    public const string Article = "Nghị định 152/2025/NĐ-CP Điều 51 khoản 1, Điều 54 khoản 1 (tặng hoặc truy tặng)";

    /// <summary>The people who may be proposed: those on the staff, and those who died (their award is then posthumous).</summary>
    public static Expression<Func<Person, bool>> MayBeProposed { get; } =
        p => p.LeftOn == null || p.LeaveReason == LeaveReason.Deceased;

    /// <summary>Whether an award decided on <paramref name="decisionDate"/> is posthumous: its recipient died on or before that day.</summary>
    public static bool Is(LeaveReason? reason, DateOnly? lastDay, DateOnly decisionDate) =>
        reason == LeaveReason.Deceased && lastDay is { } died && died <= decisionDate;
}
