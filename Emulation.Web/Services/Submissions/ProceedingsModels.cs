namespace Emulation.Web.Services.Submissions;

/// <summary>
/// Whether a unit is under inspection, or has a complaint or denunciation being handled, in a campaign's year
/// (Decree 152/2025 Art. 4(4): its titles wait), as the union officer reviewing the unit sees it.
/// </summary>
/// <param name="Recorded">Null while nothing is pending.</param>
/// <param name="CanEdit">The union officer records and clears it; never the unit's own head.</param>
public sealed record UnitProceedingsView(int Year, RecordedProceedings? Recorded, bool CanEdit);

/// <summary>The proceedings recorded, who recorded them and the version read (the concurrency check of a change).</summary>
public sealed record RecordedProceedings(string Text, DateOnly Since, string RecordedBy, DateTimeOffset RecordedAt, Guid Version);
