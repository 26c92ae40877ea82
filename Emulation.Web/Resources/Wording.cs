using System.Globalization;
using System.Resources;
using System.Text;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Resources;

/// <summary>Who an explanation is about, by name: the person (or the collective) and their unit.</summary>
public sealed record ExplainedSubject(string SubjectName, string UnitName, bool Collective);

/// <summary>
/// Words what the domain keeps as codes and facts (titles, conditions, explanations, quota arithmetic) from the shared
/// resources, in the localizer's language: numbers and dates in <c>culture</c>'s format, people and units by name.
/// Pages pass their own localizer and the current culture; documents pass <see cref="Vietnamese"/>.
/// </summary>
public static class Wording
{
    private static readonly ResourceManager s_resources =
        new("Emulation.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The Vietnamese culture documents are written in.</summary>
    public static CultureInfo VietnameseCulture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The shared resources in Vietnamese, whoever reads: for official documents and stored texts.</summary>
    public static IStringLocalizer Vietnamese { get; } = In(VietnameseCulture);

    /// <summary>The shared resources in one fixed culture, whatever the current one.</summary>
    public static IStringLocalizer In(CultureInfo culture) => new FixedCultureLocalizer(s_resources, culture);

    /// <summary>The label of an enum value, e.g. <c>Enum.CampaignStatus.Draft</c>; the value's name when none exists.</summary>
    public static string Label<TEnum>(IStringLocalizer localizer, TEnum value) where TEnum : struct, Enum =>
        Text(localizer, $"Enum.{typeof(TEnum).Name}.{value}", value.ToString());

    /// <summary>
    /// A recorded amendment (<see cref="Emulation.Domain.Campaigns.CampaignChange.Describe"/>) in the reader's words:
    /// "A: điểm tối đa 60 → 55", "Bổ sung SK Sáng kiến (Điểm thưởng, tối đa 10 điểm)", "Khối thi đua: KT → …". A text
    /// recorded before changes were kept as data is shown as it was.
    /// </summary>
    public static string Amendment(IStringLocalizer localizer, CultureInfo culture, string change)
    {
        ArgumentNullException.ThrowIfNull(change);
        const string blocs = "blocs: ";
        if (change.StartsWith(blocs, StringComparison.Ordinal))
        {
            return Format(localizer, culture, "Amendment.Blocs", change[blocs.Length..]);
        }

        var parts = change.Split(Emulation.Domain.Campaigns.CampaignChange.Separator, 5);
        static decimal? Number(string text) =>
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
        return parts switch
        {
            ["max", var code, var old, var now] when Number(old) is { } o && Number(now) is { } n =>
                Format(localizer, culture, "Amendment.MaxPoints", code, o, n),
            ["add", var code, var kind, var max, var name] when Number(max) is { } m &&
                Enum.TryParse<Emulation.Domain.Campaigns.CriterionKind>(kind, out var k) =>
                Format(localizer, culture, "Amendment.AddCriterion", code, name, Label(localizer, k), m),
            _ => change,
        };
    }

    /// <summary>The title's name, e.g. "Lao động tiên tiến".</summary>
    public static string TitleName(IStringLocalizer localizer, Title title) => Label(localizer, title);

    /// <summary>A whole explanation: heading, basis, each condition with its article, and the quota line.</summary>
    public static string Explain(IStringLocalizer localizer, CultureInfo culture, Explanation explanation, ExplainedSubject subject)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(subject);
        var who = subject.Collective
            ? Format(localizer, culture, "Explain.Collective", subject.UnitName)
            : Format(localizer, culture, "Explain.Person", subject.SubjectName, subject.UnitName);
        var text = new StringBuilder()
            .AppendLine(Format(localizer, culture, "Explain.Heading", TitleName(localizer, explanation.Title), who,
                Text(localizer, $"Explain.Status.{explanation.Status}", explanation.Status.ToString())));
        AppendBasisAndConditions(text, localizer, culture, explanation);
        if (explanation.Quota is { } quota)
        {
            text.Append("  ").AppendLine(Quota(localizer, culture, quota, subject.UnitName));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// An explanation where the record, not the person, is named (the audit trail): the title and status, the basis and
    /// each condition; the quota line needs the unit's name and is left out.
    /// </summary>
    public static string ExplainRecorded(IStringLocalizer localizer, CultureInfo culture, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder()
            .Append(TitleName(localizer, explanation.Title)).Append(": ")
            .AppendLine(Text(localizer, $"Explain.Status.{explanation.Status}", explanation.Status.ToString()));
        AppendBasisAndConditions(text, localizer, culture, explanation);
        return text.ToString().TrimEnd();
    }

    private static void AppendBasisAndConditions(StringBuilder text, IStringLocalizer localizer, CultureInfo culture,
        Explanation explanation)
    {
        text.AppendLine(Format(localizer, culture, "Explain.Basis", explanation.Article, explanation.RuleSetId,
            explanation.RuleSetVersion.ToString(culture)));
        foreach (var condition in explanation.Conditions)
        {
            text.Append(condition.Passed ? "  [✓] " : "  [✗] ").Append(Condition(localizer, culture, condition))
                .Append(" (").Append(condition.Article).AppendLine(")");
        }
    }

    /// <summary>
    /// A long-service explanation in sentences: each counted period (days, positions, months, terms), that broken
    /// periods were counted apart when there are several, then the total against the condition with the rule set, its
    /// version and the article.
    /// </summary>
    public static string LongService(IStringLocalizer localizer, CultureInfo culture,
        Emulation.Domain.LongService.LongServiceExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder();
        foreach (var period in explanation.Periods)
        {
            var to = period.StillHeld ? localizer["LongService.StillHeld"].Value : period.To.ToString("d", culture);
            text.AppendLine(Format(localizer, culture, "LongService.Period", period.From.ToString("d", culture), to,
                string.Join(", ", period.Positions), period.Months, period.Terms));
        }

        if (explanation.PeriodsCountedSeparately)
        {
            text.AppendLine(Format(localizer, culture, "LongService.Separately", explanation.Periods.Count, explanation.Article));
        }

        text.Append(Format(localizer, culture, "LongService.Total", explanation.TotalMonths, explanation.CountedTerms,
            explanation.RequiredTerms, explanation.TermMonths, explanation.MinShareOfTerm.ToString(),
            explanation.RuleSetId, explanation.RuleSetVersion, explanation.Article));
        if (explanation.DiedOn is { } died)
        {
            text.AppendLine().Append(Format(localizer, culture, "LongService.Posthumous", died.ToString("d", culture),
                explanation.PosthumousArticle ?? ""));
        }

        return text.ToString();
    }

    /// <summary>
    /// How one criterion's points were reached, e.g. "KQ1: tối đa 60 × kết quả 80 / chỉ tiêu 100 = 48 / 60"; a value not
    /// reported says so rather than counting as zero.
    /// </summary>
    public static string ScoreLine(IStringLocalizer localizer, CultureInfo culture, ScoreLine line)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(line);
        string N(decimal? number) => number?.ToString("0.####", culture) ?? "";
        var criterion = line.Criterion;
        if (line.Status is LineStatus.Missing or LineStatus.NotReported)
        {
            return Format(localizer, culture, $"ScoreLine.{line.Status}", line.Code, N(line.MaxPoints));
        }

        var how = line.Method switch
        {
            ScoringMethod.ProportionalToTarget when criterion.Direction == CriterionDirection.LowerIsBetter =>
                Format(localizer, culture, "ScoreLine.LowerIsBetter", N(criterion.MaxPoints), N(line.Target), N(line.Value)),
            ScoringMethod.ProportionalToTarget =>
                Format(localizer, culture, "ScoreLine.Proportional", N(criterion.MaxPoints), N(line.Value), N(line.Target)),
            ScoringMethod.Bands => Format(localizer, culture, "ScoreLine.Bands", N(line.AchievementRatio)),
            ScoringMethod.YesNo => localizer[line.Value == 1m ? "ScoreLine.Yes" : "ScoreLine.No"].Value,
            ScoringMethod.CouncilPoints => Format(localizer, culture, "ScoreLine.CouncilPoints", N(line.Value)),
            _ => Format(localizer, culture, "ScoreLine.PerUnit", N(line.Value), N(criterion.PointsPerUnit), N(criterion.MaxPoints)),
        };
        if (criterion.Weight != 1m)
        {
            how += " " + Format(localizer, culture, "ScoreLine.Weight", N(criterion.Weight));
        }

        var text = Format(localizer, culture, "ScoreLine.Points", line.Code, how, N(line.Points), N(line.MaxPoints));
        return line.Status == LineStatus.Capped ? text + " " + localizer["ScoreLine.Capped"].Value : text;
    }

    /// <summary>
    /// How ties on a unit's total were settled, one sentence per tied neighbour, e.g. "Bằng tổng điểm 85,5 với đơn vị
    /// Phòng Tổng hợp; xếp trên theo điểm tiêu chí KQ1."; null when the unit shares its total with neither neighbour.
    /// <paramref name="unitName"/> names the other unit (by name on pages, by code in the API).
    /// </summary>
    public static string? TieBreaks(IStringLocalizer localizer, CultureInfo culture, IReadOnlyList<TieBreak> ties,
        Func<int, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(ties);
        return ties.Count == 0 ? null : string.Join(" ", ties.Select(t => TieBreak(localizer, culture, t, unitName(t.OtherUnitId))));
    }

    /// <summary>
    /// What a unit's ranking lacks, e.g. "Thiếu số liệu: chưa gửi kết quả" or "Thiếu số liệu: Văn bản đến, Hội nghị";
    /// <paramref name="criterionName"/> names a criterion by its code.
    /// </summary>
    public static string MissingFigures(IStringLocalizer localizer, CultureInfo culture, MissingFigures missing,
        Func<string, string> criterionName)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(missing);
        return missing.ResultsNotSubmitted || missing.CriterionCodes.Count == 0
            ? localizer["Evaluation.MissingNotSubmitted"].Value
            : Format(localizer, culture, "Evaluation.MissingCriteria", string.Join(", ", missing.CriterionCodes.Select(criterionName)));
    }

    /// <summary>How one tie was settled: the total, the other unit, above or below, and the rule that decided.</summary>
    public static string TieBreak(IStringLocalizer localizer, CultureInfo culture, TieBreak tie, string otherUnit)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(tie);
        var by = tie.DecidedBy switch
        {
            null => localizer["TieBreak.LowerUnitId"].Value,
            { Kind: TieBreakKind.WomenRule } => Format(localizer, culture, "TieBreak.WomenRule",
                tie.WomenShare is { } share ? Percent(share, culture) : ""),
            { } step => Format(localizer, culture, "TieBreak.CriterionPoints", step.CriterionCode ?? ""),
        };
        return Format(localizer, culture, tie.Ahead ? "TieBreak.Above" : "TieBreak.Below",
            tie.Total.ToString("0.####", culture), otherUnit, by);
    }

    /// <summary>
    /// A council vote's outcome in sentences, after the title's name: passed or not, attendance against the quorum, the
    /// "yes" votes against the threshold and its denominator (all members, or all but the recused when the rule set says
    /// so), the written ballots of absent members when any were counted, the article and the rule set.
    /// </summary>
    public static string Vote(IStringLocalizer localizer, CultureInfo culture, VoteOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(outcome);
        var denominator = outcome.RecusedLeaveDenominator
            ? Format(localizer, culture, "Vote.DenominatorLessRecused", outcome.CouncilMembers, outcome.Recused)
            : Format(localizer, culture, "Vote.DenominatorAllMembers", outcome.CouncilMembers, outcome.Present);
        if (!outcome.RecusedLeaveDenominator && outcome.Recused > 0)
        {
            denominator += "; " + Format(localizer, culture, "Vote.RecusedStillCounted", outcome.Recused);
        }

        var written = outcome.Written > 0
            ? " " + Format(localizer, culture, "Vote.Written", outcome.Written, outcome.WrittenBallotsArticle)
            : "";
        return Format(localizer, culture, "Vote.Outcome", TitleName(localizer, outcome.Title),
            localizer[outcome.Passed ? "Vote.Passed" : "Vote.Failed"].Value, outcome.Present, outcome.CouncilMembers,
            outcome.RequiredPresent, outcome.Quorum.ToString(), localizer[outcome.QuorumMet ? "Vote.QuorumMet" : "Vote.QuorumNotMet"].Value,
            outcome.Yes, localizer[outcome.Strict ? "Vote.MoreThan" : "Vote.AtLeast"].Value, outcome.Share.ToString(),
            outcome.RequiredYes, denominator, written, outcome.Article, outcome.RuleSetId, outcome.RuleSetVersion);
    }

    /// <summary>
    /// A recorded ballot as its readers see it: the outcome worded (<see cref="Vote"/>), or the text kept from before
    /// outcomes were data; null when no ballot was recorded.
    /// </summary>
    public static string? Ballot(IStringLocalizer localizer, CultureInfo culture, VoteOutcome? outcome, string? legacyText) =>
        outcome is null ? legacyText : Vote(localizer, culture, outcome);

    /// <summary>
    /// Empty facts given after a condition's own, so an explanation stored before a fact was added to its condition (the
    /// comparison of <c>coll.advanced_share</c>) still words, without that fact, instead of failing.
    /// </summary>
    private const int FactsAddedSince = 2;

    /// <summary>One condition in a sentence, its facts displayed in <paramref name="culture"/>.</summary>
    public static string Condition(IStringLocalizer localizer, CultureInfo culture, Condition condition)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(condition);
        var facts = condition.Facts.Select(f => (object)Fact(localizer, culture, f.Value)).ToArray();
        var template = localizer[$"Condition.{condition.Code}"];
        return template.ResourceNotFound
            ? condition.Code + ": " + string.Join(", ", condition.Facts.Select((f, i) => $"{f.Name}={facts[i]}"))
            : string.Format(culture, template.Value, [.. facts, .. Enumerable.Repeat((object)"", FactsAddedSince)]).Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A fact's invariant value as a reader sees it: words for codes ("yes", ratings, levels, titles), numbers and dates
    /// in <paramref name="culture"/>'s format (97; 0,3; 01/01/2020), anything else as it is.
    /// </summary>
    public static string Fact(IStringLocalizer localizer, CultureInfo culture, string value)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains(" / ", StringComparison.Ordinal))
        {
            return string.Join(" / ", value.Split(" / ").Select(v => Fact(localizer, culture, v)));
        }

        if (value.StartsWith("Title.", StringComparison.Ordinal) && Enum.TryParse<Title>(value["Title.".Length..], out var title))
        {
            return TitleName(localizer, title);
        }

        var word = localizer[$"Fact.{value}"];
        if (!word.ResourceNotFound)
        {
            return word.Value;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("dd/MM/yyyy", culture);
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var number)
            ? number.ToString("0.####", culture)
            : value;
    }

    /// <summary>The quota's arithmetic in one line, e.g. "Hạn mức: 15 % × 10 Lao động tiên tiến = 1,5 → 1 (làm tròn xuống); …".</summary>
    public static string Quota(IStringLocalizer localizer, CultureInfo culture, QuotaArithmetic quota, string unitName)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(quota);
        var scope = quota.ScopeBlocId is not null ? Format(localizer, culture, "Explain.QuotaBloc", unitName)
            : quota.ScopeUnitId is null ? "" : Format(localizer, culture, "Explain.QuotaUnit", unitName);
        var rounding = quota.Rounding switch
        {
            RoundingMode.Up => "Explain.Rounding.Up",
            RoundingMode.Nearest => "Explain.Rounding.Nearest",
            _ => "Explain.Rounding.Down",
        };
        return Format(localizer, culture, "Explain.Quota", scope, quota.CapPercent.ToString("0.##", culture),
            quota.BaseCount.ToString(culture), Text(localizer, $"Explain.QuotaBase.{quota.Base}", quota.Base.ToString()),
            (quota.BaseCount * quota.CapPercent / 100m).ToString("0.##", culture), quota.Allowed.ToString(culture),
            localizer[rounding].Value, quota.Position.ToString(culture),
            localizer[quota.Within ? "Explain.Quota.Within" : "Explain.Quota.Over"].Value);
    }

    /// <summary>A share as a percent, e.g. "70%" for 7/10, "66,67%" for 2/3 in vi-VN.</summary>
    private static string Percent(Fraction share, CultureInfo culture) =>
        (100m * share.Numerator / share.Denominator).ToString("0.##", culture) + "%";

    private static string Text(IStringLocalizer localizer, string key, string fallback)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    private static string Format(IStringLocalizer localizer, CultureInfo culture, string key, params object[] args) =>
        string.Format(culture, localizer[key].Value, args);

    /// <summary>The shared resources read in one culture (with the usual fallback to the neutral Vietnamese file).</summary>
    private sealed class FixedCultureLocalizer(ResourceManager resources, CultureInfo culture) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                var value = resources.GetString(name, culture);
                return new LocalizedString(name, value ?? name, value is null);
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var text = this[name];
                return new LocalizedString(name, string.Format(culture, text.Value, arguments), text.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            resources.GetResourceSet(culture, true, includeParentCultures) is { } set
                ? set.Cast<System.Collections.DictionaryEntry>().Select(e => new LocalizedString((string)e.Key, e.Value as string ?? ""))
                : [];
    }
}
