using Emulation.Domain.Awards;
using Emulation.Domain.Organization;

namespace Emulation.Domain.LongService;

/// <summary>A position held from one day to another (the last day included); <see cref="To"/> is null while it is held.</summary>
public sealed record HeldPosition(string Position, DateOnly From, DateOnly? To);

/// <summary>
/// What the long-service engine reads about one person: the positions held (<see cref="PersonTenure"/>), whether and why
/// they left, and the long-service forms they already received (a form is given once for the same contribution).
/// </summary>
public sealed record ServiceHistory(int PersonId, int UnitId, IReadOnlyList<HeldPosition> Positions, DateOnly? LeftOn,
    LeaveReason? LeaveReason, IReadOnlyList<Title> LongServiceAwards)
{
    /// <summary>The person's gender, for a rule that asks fewer terms of women (<see cref="Rules.LongServiceRule.RequiredTermsForWomen"/>).</summary>
    public Gender Gender { get; init; } = Gender.Male;

    /// <summary>The history of a person on file, with the long-service forms they already received.</summary>
    public static ServiceHistory Of(Person person, IReadOnlyList<Title> longServiceAwards)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(person.Id, person.UnitId,
            [.. person.Tenures.Select(t => new HeldPosition(t.Position, t.From, t.To))],
            person.LeftOn, person.LeaveReason, longServiceAwards) { Gender = person.Gender };
    }
}
