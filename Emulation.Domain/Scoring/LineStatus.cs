namespace Emulation.Domain.Scoring;

public enum LineStatus
{
    /// <summary>Scored from the reported value.</summary>
    Scored,

    /// <summary>Scored, and the raw points were cut to the criterion's maximum or cap.</summary>
    Capped,

    /// <summary>No value reported: no points, and never treated as a silent zero.</summary>
    Missing,
}
