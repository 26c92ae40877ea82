namespace Emulation.Domain.Scoring;

public enum LineStatus
{
    /// <summary>Scored from the reported value.</summary>
    Scored,

    /// <summary>Scored, and the raw points were cut to the criterion's maximum or cap.</summary>
    Capped,

    /// <summary>No value reported for a scored criterion: no points, and never treated as a silent zero.</summary>
    Missing,

    /// <summary>No value reported for a bonus or penalty line: it scores 0 and the results stay complete.</summary>
    NotReported,
}
