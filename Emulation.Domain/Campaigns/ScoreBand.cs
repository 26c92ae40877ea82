namespace Emulation.Domain.Campaigns;

/// <summary>From <see cref="MinRatio"/> of the target upward, the criterion earns <see cref="ShareOfMax"/> of its maximum.</summary>
public sealed record ScoreBand(decimal MinRatio, decimal ShareOfMax);
