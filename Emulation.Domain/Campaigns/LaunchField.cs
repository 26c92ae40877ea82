namespace Emulation.Domain.Campaigns;

/// <summary>One bloc a campaign is launched over, with how many active units it ranks.</summary>
public sealed record LaunchBloc(string Name, int Units);

/// <summary>
/// What a launch reaches that the campaign does not hold itself: the blocs its units are ranked in. The launch step
/// (<see cref="Campaign.Launch"/>) refuses an empty field and an empty bloc; the confirmation names <see cref="Units"/>.
/// </summary>
public sealed record LaunchField(IReadOnlyList<LaunchBloc> Blocs)
{
    /// <summary>The units that will be told of the campaign.</summary>
    public int Units => Blocs.Sum(b => b.Units);
}
