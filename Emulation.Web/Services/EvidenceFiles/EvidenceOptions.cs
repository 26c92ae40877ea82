using Emulation.Domain.Results;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>Where evidence files are kept and how large one may be (configuration section <see cref="Section"/>).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Emulation";
    public const string DefaultPath = "App_Data/evidence";

    /// <summary>The folder of stored files, absolute or relative to the content root; never under wwwroot.</summary>
    public string EvidencePath { get; set; } = DefaultPath;

    public long EvidenceMaxBytes { get; set; } = Evidence.DefaultMaxBytes;

    /// <summary>How often files whose row is gone (see <see cref="EvidenceOrphanSweeper"/>) are looked for.</summary>
    public TimeSpan EvidenceSweepInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A file without a row is left alone until it is this old: its upload may still be saving the row.</summary>
    public TimeSpan EvidenceOrphanAge { get; set; } = TimeSpan.FromHours(1);
}
