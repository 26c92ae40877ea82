using Emulation.Domain.Results;

namespace Emulation.Domain.Rules;

/// <summary>
/// Settings of the collective titles (Art. 26–28, 74, 75). Several are marked partly unconfirmed in the domain
/// notes, so every threshold is data. "Tasks done well / excellently" are read from the unit's score as a share
/// of its scored maximum; "targets exceeded" from each target's achievement ratio.
/// </summary>
public sealed record CollectiveRules
{
    /// <summary>Art. 28 "tasks done well": total as a percentage of the scored maximum.</summary>
    public decimal AdvancedMinScorePercent { get; init; } = 80m;

    /// <summary>Art. 27 "tasks done excellently".</summary>
    public decimal ExcellentMinScorePercent { get; init; } = 90m;

    /// <summary>
    /// Art. 28 (Tập thể lao động tiên tiến): share of members who are Advanced Workers this year. Partly unconfirmed, so a
    /// setting of its own: the domain notes read 70%, as Art. 27 does, but a province may read it otherwise.
    /// </summary>
    public Fraction AdvancedWorkerShare { get; init; } = new(7, 10);

    /// <summary>
    /// Whether Art. 28's share must be exceeded rather than reached: a province reading "trên 50%" (more than half) sets
    /// <see cref="AdvancedWorkerShare"/> to 1/2 and this on, so five of ten are not enough. Off by default: the domain notes
    /// read "at least 70%".
    /// </summary>
    public bool AdvancedWorkerShareStrictlyAbove { get; init; }

    /// <summary>Art. 27(c) (Tập thể lao động xuất sắc): "ít nhất 70%" of the members are Advanced Workers this year.</summary>
    public Fraction ExcellentAdvancedWorkerShare { get; init; } = new(7, 10);

    /// <summary>
    /// Art. 27–28 "70% of the individuals in the collective": whether members not rated this year (under six months'
    /// working time: a recruit of the autumn, a long unpaid leave) are among those the share is taken of. The text names
    /// every individual, so by default they are; some provinces count only those rated (unconfirmed, so a setting).
    /// </summary>
    public bool AdvancedShareCountsMembersNotRated { get; init; } = true;

    /// <summary>Art. 28: nobody disciplined at this level or harsher (unconfirmed: "warning").</summary>
    public DisciplineLevel BarringDiscipline { get; init; } = DisciplineLevel.Warning;

    /// <summary>
    /// Whether Art. 28's discipline bar (<see cref="BarringDiscipline"/>) also applies to Tập thể lao động xuất sắc. The
    /// domain notes give Art. 27 no bar of its own, but its 100% completed already excludes anyone disciplined in the year
    /// (rated "not completed", Decree 90/2020); kept on, as before, and unconfirmed.
    /// </summary>
    public bool ExcellentAppliesDisciplineBar { get; init; } = true;

    /// <summary>
    /// Art. 27(c): every member completed the tasks; a member disciplined in the year counts as not completed whatever
    /// rating was entered (Decree 90/2020: disciplined in the year, rated "not completed").
    /// </summary>
    public bool ExcellentRequiresAllCompleted { get; init; } = true;

    /// <summary>Art. 27: CSTĐCS titles among members this year.</summary>
    public int ExcellentMinFighters { get; init; } = 1;

    /// <summary>Art. 26(1)(a): every pledged target reached this ratio (see <see cref="FlagTargetsStrictlyExceeded"/>).</summary>
    public decimal FlagMinTargetRatio { get; init; } = 1.0m;

    /// <summary>
    /// Art. 26(1)(a) "hoàn thành vượt mức": every target ratio strictly above <see cref="FlagMinTargetRatio"/>; false
    /// accepts a target met exactly.
    /// </summary>
    public bool FlagTargetsStrictlyExceeded { get; init; } = true;

    /// <summary>Art. 26(2): a thematic campaign offers the flag to its leading collectives when it ran this many years.</summary>
    public int ThematicFlagMinYears { get; init; } = 3;

    /// <summary>Art. 26: whether the flag also requires Tập thể lao động xuất sắc this year (unconfirmed).</summary>
    public bool FlagRequiresExcellentCollective { get; init; }

    /// <summary>Art. 74(2) (collective): consecutive years of Tập thể lao động xuất sắc, this year's included.</summary>
    public int MeritExcellentStreak { get; init; } = 2;

    /// <summary>Art. 74(2) (collective), a branch of its own: consecutive years the unit was rated excellent, this year's included.</summary>
    public int MeritExcellentRatingYears { get; init; } = 2;

    /// <summary>Art. 75 (collective Giấy khen): total as a percentage of the scored maximum.</summary>
    public decimal CommendationMinScorePercent { get; init; } = 80m;
}
