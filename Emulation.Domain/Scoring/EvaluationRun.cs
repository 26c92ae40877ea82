using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>One evaluation, stage by stage: score, rank, individual titles (with quotas), then collective titles.</summary>
internal sealed class EvaluationRun
{
    /// <summary>Individual titles in dependency order: a stage's final outcome feeds the next.</summary>
    internal static readonly Title[] IndividualTitles =
    [
        Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter, Title.CertificateOfCommendation,
        Title.ProvincialCertificateOfMerit, Title.PrimeMinisterCertificateOfMerit, Title.LabourOrderThirdClass,
    ];

    internal static readonly Title[] CollectiveTitles =
    [
        Title.AdvancedLabourCollective, Title.ExcellentLabourCollective, Title.ProvincialEmulationFlag,
        Title.CollectiveCertificateOfCommendation, Title.CollectiveProvincialCertificateOfMerit,
    ];

    private readonly EvaluationInput _input;
    private readonly RuleSet _rules;

    private EvaluationRun(EvaluationInput input, RuleSet rules)
    {
        _input = input;
        _rules = rules;
    }

    public static CampaignEvaluation Run(EvaluationInput input, RuleSet rules) => new EvaluationRun(input, rules).Run();

    internal static UnitScore ScoreUnit(UnitInput unit, Criterion[] criteria)
    {
        var lines = new ScoreLine[criteria.Length];
        for (int i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            decimal? value = unit.Values.TryGetValue(c.Code, out decimal v) ? v : null;
            decimal? target = c.NeedsTarget && unit.Targets.TryGetValue(c.Code, out decimal t) ? t : null;
            lines[i] = CriterionScorer.Score(c, value, target);
        }

        return new UnitScore(unit, lines);
    }

    private CampaignEvaluation Run()
    {
        Criterion[] criteria = [.. _input.Criteria.OrderBy(c => c.Code, StringComparer.Ordinal)];
        UnitInput[] units = [.. _input.Units.OrderBy(u => u.UnitId)];
        var scores = new UnitScore[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            scores[i] = ScoreUnit(units[i], criteria);
        }

        var rankings = Ranker.Rank(scores, _input.TieBreaks, _rules);
        var rankByUnit = rankings.ToDictionary(r => r.UnitId);
        var facts = scores.ToDictionary(s => s.UnitId, s => new UnitFacts(s, rankByUnit[s.UnitId], _input.Year, _rules));

        DateOnly reference = _input.EffectiveReferenceDate;
        PersonRecord[] people = [.. _input.People.OrderBy(p => p.PersonId).Select(p => new PersonRecord(p, _input.Year, _rules, reference))];
        foreach (var p in people)
        {
            p.UnitMetTargets = facts[p.Person.UnitId].MetTargets;
        }

        var individual = EvaluateIndividuals(people, facts);
        var collective = EvaluateCollectives(scores, facts);

        var all = new List<Recommendation>((people.Length * IndividualTitles.Length) + (scores.Length * CollectiveTitles.Length));
        foreach (var row in individual)
        {
            all.AddRange(row);
        }

        foreach (var row in collective)
        {
            all.AddRange(row);
        }

        return new CampaignEvaluation(_input.Year, _rules.Id, _rules.Version, scores, rankings, all);
    }

    private Recommendation[][] EvaluateIndividuals(PersonRecord[] people, Dictionary<int, UnitFacts> facts)
    {
        var rows = new Recommendation[people.Length][];
        for (int i = 0; i < people.Length; i++)
        {
            rows[i] = new Recommendation[IndividualTitles.Length];
        }

        for (int t = 0; t < IndividualTitles.Length; t++)
        {
            Title title = IndividualTitles[t];
            string article = LegalArticles.For(title);
            decimal? cash = _rules.Cash.MultiplierFor(title);
            for (int i = 0; i < people.Length; i++)
            {
                var p = people[i];
                rows[i][t] = new Recommendation(p.Person.PersonId, p.Person.UnitId, p.Person.FullName, title, p.Decide(title, null),
                    p.Current?.ProceedingsPending ?? false, p, _rules.Id, _rules.Version, article, cash);
            }

            ApplyQuota(title, rows, t, people, facts);
            for (int i = 0; i < people.Length; i++)
            {
                bool holds = rows[i][t].Status is RecommendationStatus.Recommended or RecommendationStatus.Deferred;
                if (title == Title.AdvancedWorker)
                {
                    people[i].AdvancedWorkerThisYear = holds;
                }
                else if (title == Title.GrassrootsEmulationFighter)
                {
                    people[i].FighterThisYear = holds;
                }
            }
        }

        for (int i = 0; i < people.Length; i++)
        {
            var p = people[i];
            var u = facts[p.Person.UnitId];
            u.ListedMembers++;
            u.AdvancedWorkers += rows[i][0].Status == RecommendationStatus.Recommended ? 1 : 0;
            u.Fighters += rows[i][1].Status == RecommendationStatus.Recommended ? 1 : 0;
            if (p.Current is { } y)
            {
                u.BarredByDiscipline += y.Discipline >= _rules.Collectives.BarringDiscipline ? 1 : 0;
                u.NotCompleted += y.Rating == Results.QualityRating.NotCompleted ? 1 : 0;
            }
        }

        return rows;
    }

    private void ApplyQuota(Title title, Recommendation[][] rows, int t, PersonRecord[] people, Dictionary<int, UnitFacts> facts)
    {
        var rule = _rules.Quotas.FirstOrDefault(q => q.Title == title);
        if (rule is null)
        {
            return;
        }

        var byPerson = new Dictionary<int, PersonRecord>(people.Length);
        foreach (var p in people)
        {
            byPerson[p.Person.PersonId] = p;
        }

        bool women = _rules.Ranking.WomenRuleEnabled;
        int Order(Recommendation a, Recommendation b)
        {
            var pa = byPerson[a.PersonId!.Value];
            var pb = byPerson[b.PersonId!.Value];
            int c = PersonRecord.RatingRank(pb.Current!.Rating).CompareTo(PersonRecord.RatingRank(pa.Current!.Rating));
            if (c == 0)
            {
                c = pb.Current.Initiative.CompareTo(pa.Current.Initiative);
            }

            if (c == 0 && women)
            {
                c = (pb.Person.Gender == Organization.Gender.Female).CompareTo(pa.Person.Gender == Organization.Gender.Female);
            }

            return c != 0 ? c : pa.Person.PersonId.CompareTo(pb.Person.PersonId);
        }

        int BaseCount(int? unitId, QuotaBase kind)
        {
            int count = 0;
            for (int i = 0; i < people.Length; i++)
            {
                if (unitId is { } u && people[i].Person.UnitId != u)
                {
                    continue;
                }

                count += kind == QuotaBase.Headcount || rows[i][0].Status == RecommendationStatus.Recommended ? 1 : 0;
            }

            return count;
        }

        QuotaApplier.Apply(rows.Select(r => r[t]), rule, Order, BaseCount);
    }

    private Recommendation[][] EvaluateCollectives(UnitScore[] scores, Dictionary<int, UnitFacts> facts)
    {
        var rows = new Recommendation[scores.Length][];
        for (int i = 0; i < scores.Length; i++)
        {
            rows[i] = new Recommendation[CollectiveTitles.Length];
        }

        for (int t = 0; t < CollectiveTitles.Length; t++)
        {
            Title title = CollectiveTitles[t];
            string article = LegalArticles.For(title);
            decimal? cash = _rules.Cash.MultiplierFor(title);
            for (int i = 0; i < scores.Length; i++)
            {
                var u = facts[scores[i].UnitId];
                rows[i][t] = new Recommendation(null, u.Score.UnitId, u.Score.UnitName, title, u.Decide(title, null), false, u,
                    _rules.Id, _rules.Version, article, cash);
            }

            var rule = _rules.Quotas.FirstOrDefault(q => q.Title == title);
            if (rule is not null)
            {
                int Order(Recommendation a, Recommendation b) =>
                    Ranker.Compare(facts[a.UnitId].Score, facts[b.UnitId].Score, [TieBreakStep.WomenRule], _rules).Result;
                int BaseCount(int? unitId, QuotaBase kind) => scores.Length;
                QuotaApplier.Apply(rows.Select(r => r[t]), rule, Order, BaseCount);
            }

            if (title == Title.ExcellentLabourCollective)
            {
                foreach (var row in rows)
                {
                    facts[row[t].UnitId].ExcellentCollectiveThisYear = row[t].Status == RecommendationStatus.Recommended;
                }
            }
        }

        return rows;
    }
}
