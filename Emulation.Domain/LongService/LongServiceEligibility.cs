using Emulation.Domain.Common;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;

namespace Emulation.Domain.LongService;

/// <summary>
/// Who meets the long-service conditions of the rule set in force (khen thưởng quá trình cống hiến), from the positions
/// held. A pure function of its inputs: the reference day comes in as a parameter. Tenures in counted positions are
/// joined where they overlap or touch (a day is never counted twice), cut at the reference day (an open tenure counts up
/// to it), and each joined period counts its whole terms plus one more when what remains reaches the rule's share of a
/// term; months are whole months with both end days included, as the recruitment months are counted.
/// </summary>
public static class LongServiceEligibility
{
    /// <summary>The people of <paramref name="histories"/> who meet a rule of <paramref name="ruleSet"/>, one entry per rule met.</summary>
    public static IReadOnlyList<LongServiceAssessment> Candidates(IEnumerable<ServiceHistory> histories, RuleSet ruleSet,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. histories.SelectMany(h => ruleSet.LongService.Rules.Select(r => Assess(h, r, ruleSet, asOf)))
            .Where(a => a.IsEligible)];
    }

    /// <summary>One person against one rule, with the explanation whatever the outcome.</summary>
    public static LongServiceAssessment Assess(ServiceHistory history, LongServiceRule rule, RuleSet ruleSet, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(ruleSet);
        BusinessRuleViolationException.ThrowIf(rule.TermMonths <= 0, "LongServiceTermHasMonths",
            $"A term of {rule.TermMonths} months cannot be counted.");
        var periods = Join(history.Positions.Where(p => Counts(p.Position, rule.Positions)), asOf)
            .Select(p => Count(p, rule)).ToList();
        int required = rule.RequiredTermsFor(history.Gender);
        var article = required != rule.RequiredTerms && rule.WomenArticle.Length > 0 ? $"{rule.Article}; {rule.WomenArticle}" : rule.Article;
        var explanation = new LongServiceExplanation(rule.Title, ruleSet.Id, ruleSet.Version, article, periods,
            periods.Sum(p => p.Months), periods.Sum(p => p.Terms), required, rule.TermMonths,
            rule.MinShareOfTerm, asOf);
        bool ended = history.LeftOn is { } left && left <= asOf;
        bool retired = ended && history.LeaveReason == LeaveReason.Retired;

        // Someone who died is listed when the rule lists the dead (by default as retirees are); the award is then given
        // posthumously, which the explanation says with its article.
        bool deceased = ended && history.LeaveReason == LeaveReason.Deceased;
        bool serving = !ended;
        var bar = history.LongServiceAwards.Contains(rule.Title) ? LongServiceBar.AlreadyAwarded
            : serving || (retired && rule.IncludesRetired) || (deceased && rule.ListsDeceased) ? LongServiceBar.None
            : LongServiceBar.NoLongerServing;
        if (deceased)
        {
            explanation = explanation with { DiedOn = history.LeftOn, PosthumousArticle = Awards.Posthumous.Article };
        }

        return new LongServiceAssessment(history.PersonId, history.UnitId, retired, bar, explanation) { Deceased = deceased };
    }

    /// <summary>Whether <paramref name="position"/> is one of <paramref name="counted"/> or begins with one and a space.</summary>
    public static bool Counts(string position, IEnumerable<string> counted)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var held = Spaced(position ?? "");
        return counted.Select(Spaced).Any(c => c.Length > 0 &&
            (string.Equals(held, c, StringComparison.OrdinalIgnoreCase) ||
             held.StartsWith(c + " ", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>In NFC, trimmed, runs of spaces as one: "Trưởng   phòng" is "Trưởng phòng".</summary>
    private static string Spaced(string text) =>
        string.Join(' ', CleanText.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Span(DateOnly From, DateOnly To, bool StillHeld, List<string> Positions);

    private static List<Span> Join(IEnumerable<HeldPosition> held, DateOnly asOf)
    {
        var spans = new List<Span>();
        foreach (var p in held.Where(p => p.From <= asOf).OrderBy(p => p.From))
        {
            var to = p.To is { } end && end < asOf ? end : asOf;
            var open = p.To is null || p.To > asOf;
            var last = spans.Count > 0 ? spans[^1] : null;
            if (last is not null && p.From <= last.To.AddDays(1))
            {
                var joined = last with { To = to > last.To ? to : last.To, StillHeld = last.StillHeld || open };
                if (!joined.Positions.Contains(p.Position, StringComparer.OrdinalIgnoreCase))
                {
                    joined.Positions.Add(p.Position);
                }

                spans[^1] = joined;
            }
            else
            {
                spans.Add(new Span(p.From, to, open, [p.Position]));
            }
        }

        return spans;
    }

    private static CountedPeriod Count(Span span, LongServiceRule rule)
    {
        int months = IndividualEligibility.MonthsInclusive(span.From, span.To);
        int whole = months / rule.TermMonths;
        int remainder = months % rule.TermMonths;
        int terms = whole + (remainder > 0 && rule.MinShareOfTerm.IsReachedBy(remainder, rule.TermMonths) ? 1 : 0);
        return new CountedPeriod(span.From, span.To, span.Positions, months, terms, span.StillHeld);
    }
}
