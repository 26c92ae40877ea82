namespace Emulation.Web.Services.Evaluation;

/// <summary>The <c>Evaluation</c> configuration section: how long a reader waits for an evaluation of new figures.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>
    /// How long a look at a campaign whose figures changed waits for the new evaluation before it is shown the previous
    /// one (marked as being updated). An evaluation of an agency's campaign takes a few milliseconds, one of a province's
    /// (1,000 units, 100,000 people) about 15 seconds.
    /// </summary>
    public TimeSpan FreshWait { get; set; } = TimeSpan.FromMilliseconds(100);
}
