using Emulation.Domain.Awards;
using Emulation.Tests.Consultations;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Council;

namespace Emulation.Tests.Council;

/// <summary>Runs a council session through the service as the seeded officer and members (hoidong1..5).</summary>
public static class CouncilDriver
{
    public const int Members = 5;

    public static Actor Member(int i) =>
        new($"hoidong{i}", $"hoidong{i}", new HashSet<string> { Roles.CouncilMember }, TestActors.OfficeId);

    public static IReadOnlyList<string> AllMembers { get; } =
        [.. Enumerable.Range(1, Members).Select(i => $"hoidong{i}")];

    /// <summary>The day the driver's sessions are held.</summary>
    public static readonly DateOnly HeldOn = new(2026, 12, 10);

    /// <summary>
    /// Opens a session on the campaign's proposed nominations, chaired by hoidong1, with everyone present; the nominees
    /// that need public consultation are published first and their window has closed (<see cref="ConsultationDriver"/>).
    /// </summary>
    public static async Task<int> OpenWithAllPresentAsync(EmulationAppFactory app, int campaignId)
    {
        await ConsultationDriver.PublishedAndClosedAsync(app, campaignId, HeldOn);
        var sessions = app.Service<CouncilSessionService>();
        var opened = await sessions.OpenAsync(TestActors.Officer, campaignId,
            new OpenSessionInput { ChairUserName = "hoidong1", HeldOn = HeldOn.ToDateTime(TimeOnly.MinValue) });
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors));
        Assert.True((await sessions.SetAttendanceAsync(TestActors.Officer, opened.Value, AllMembers)).IsSuccess);
        return opened.Value;
    }

    public static async Task VoteAsync(EmulationAppFactory app, int sessionId, int member, BallotChoice choice,
        IEnumerable<int> nominationIds)
    {
        var voted = await app.Service<CouncilSessionService>().VoteAsync(Member(member), sessionId,
            nominationIds.ToDictionary(id => id, _ => choice));
        Assert.True(voted.IsSuccess, string.Join("; ", voted.Errors));
    }
}
