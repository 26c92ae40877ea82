namespace Emulation.Web.Services.Evaluation;

/// <summary>
/// The <c>Evaluation</c> configuration section: how long a reader waits for an evaluation of new figures, and how often
/// a stream of saves is evaluated again.
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>
    /// How long a look at a campaign whose figures changed waits for the new evaluation before it is shown the previous
    /// one (marked as being updated). An evaluation of an agency's campaign takes a few milliseconds, one of a province's
    /// (1,000 units, 100,000 people) about 15 seconds.
    /// </summary>
    public TimeSpan FreshWait { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The shortest pause between the end of one reading of changed units and the start of the next
    /// (<see cref="EvaluationSnapshots.UnitsReadSpacing"/> times what the last took, when longer). A reading evaluates the
    /// whole campaign however few units changed, so under a stream of saves at a province's size this sets how many
    /// readings a second the app pays for (the working-day mix made ~1.5 a second at 150 ms each without it); a save
    /// still shows on the dashboard within about this pause and one reading. Saves further apart than this are read at
    /// once.
    /// </summary>
    public TimeSpan ChangedUnitsPause { get; set; } = TimeSpan.FromSeconds(1);
}
