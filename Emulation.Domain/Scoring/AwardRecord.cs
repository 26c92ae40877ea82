using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>An award already received, as streak rules read it.</summary>
public sealed record AwardRecord(int Year, Title Title, AwardKind Kind);
