using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Common;
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
    private readonly TitleTermsTable _terms;

    private EvaluationRun(EvaluationInput input, RuleSet rules)
    {
        _input = input;
        _rules = rules;
        _terms = new TitleTermsTable(rules);
    }

    /// <summary>
    /// Evaluates input whose rule set, criteria, tie-breaks and units are valid. The people are validated here, as
    /// they are read: their errors go to <paramref name="errors"/> and the result is then null.
    /// </summary>
    public static CampaignEvaluation? Run(EvaluationInput input, RuleSet rules, List<DomainError> errors) =>
        new EvaluationRun(input, rules).Run(errors);

    internal static UnitScore ScoreUnit(UnitInput unit, ScoringTable table)
    {
        var criteria = table.Criteria;
        var figures = new LineFigures[criteria.Length];
        decimal? lowest = null;
        for (int i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            decimal? value = unit.Values.TryGetValue(c.Code, out decimal v) ? v : null;
            decimal? target = c.NeedsTarget && unit.Targets.TryGetValue(c.Code, out decimal t) ? t : null;
            figures[i] = CriterionScorer.Figures(c, value, target, out decimal? ratio);
            if (c.Kind == CriterionKind.Scored && c.NeedsTarget)
            {
                decimal r = ratio ?? 0m;
                lowest = lowest is null ? r : Math.Min(lowest.Value, r);
            }
        }

        return new UnitScore(unit, table, figures, lowest);
    }

    private CampaignEvaluation? Run(List<DomainError> errors)
    {
        ReadOnlySpan<UnitInput> units = ById(_input.Units, static u => u.UnitId);
        var table = Table();
        var scores = new UnitScore[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            scores[i] = ScoreUnit(units[i], table);
        }

        var rankings = Ranker.Rank(scores, _input.TieBreaks, _rules);
        var (unitFacts, facts) = Facts(scores, rankings);
        if (Records(facts, errors) is not { } people)
        {
            return null;
        }

        EvaluateIndividuals(people);
        CountMembers(people);
        EvaluateCollectives(unitFacts);
        return Evaluation(scores, rankings, people, unitFacts);
    }

    /// <summary>
    /// Evaluates input that differs from <paramref name="basis"/>'s only in some units' figures
    /// (<see cref="EvaluationBasis.DiffersOnlyInUnits"/>, units validated), with the answer a whole run would give: only
    /// the changed units are scored and their blocs ranked again; only their people (and, under a quota per bloc, their
    /// blocs' people) are decided again, everyone else's record and verdicts are kept; the collective titles are decided
    /// again for every unit, from the kept member counts of the units whose people were kept. Null when a quota on an
    /// individual title counts over the whole campaign: a changed unit's people then move everyone's place in it.
    /// </summary>
    public static CampaignEvaluation? Rerun(EvaluationBasis basis, EvaluationInput input, RuleSet rules) =>
        new EvaluationRun(input, rules).Rerun(basis);

    private CampaignEvaluation? Rerun(EvaluationBasis basis)
    {
        var kept = basis.Units;
        var position = new Dictionary<int, int>(kept.Length);
        var scores = new UnitScore[kept.Length];
        for (int i = 0; i < kept.Length; i++)
        {
            position.Add(kept[i].UnitId, i);
            scores[i] = kept[i].Score;
        }

        var redo = new bool[kept.Length];
        var blocs = new HashSet<int?>();
        ScoringTable? table = null;
        for (int i = 0; i < _input.Units.Count; i++)
        {
            var unit = _input.Units[i];
            if (!ReferenceEquals(unit, basis.Input.Units[i]))
            {
                int at = position[unit.UnitId];
                scores[at] = ScoreUnit(unit, table ??= Table());
                redo[at] = true;
                blocs.Add(unit.BlocId);
            }
        }

        var scopes = IndividualTitles.Select(QuotaFor).OfType<QuotaRule>().Select(q => q.Scope).ToHashSet();
        if (blocs.Count > 0 && scopes.Contains(QuotaScope.Campaign))
        {
            return null;
        }

        if (scopes.Contains(QuotaScope.PerBloc))
        {
            // Everyone in the quota's group of a changed unit's people may take another place in it.
            for (int i = 0; i < kept.Length; i++)
            {
                redo[i] |= blocs.Contains(kept[i].Score.BlocId);
            }
        }

        var rankings = Ranker.Rerank(basis.Rankings, scores, blocs, _input.TieBreaks, _rules);
        var (unitFacts, facts) = Facts(scores, rankings);
        var people = (PersonRecord[])basis.People.Clone();
        var redone = new List<PersonRecord>();
        var rules = new PersonRules(_rules, _input.EffectiveReferenceDate);
        for (int i = 0; i < people.Length; i++)
        {
            int unitId = people[i].UnitId;
            if (redo[position[unitId]])
            {
                people[i] = new PersonRecord(people[i].Person, _input.Year, rules, _terms, facts[unitId]);
                redone.Add(people[i]);
            }
        }

        EvaluateIndividuals([.. redone]);
        CountMembers([.. redone]);
        for (int i = 0; i < kept.Length; i++)
        {
            if (!redo[i])
            {
                unitFacts[i].CountMembersAs(kept[i]);
            }
        }

        EvaluateCollectives(unitFacts);
        return Evaluation(scores, rankings, people, unitFacts);
    }

    /// <summary>The campaign's criteria in code order, with their maxima.</summary>
    private ScoringTable Table() => new(SortedBy(_input.Criteria, static c => c.Code, StringComparer.Ordinal));

    /// <summary>Each unit's facts, in the order of <paramref name="scores"/>, and by unit id.</summary>
    private (UnitFacts[] Ordered, Dictionary<int, UnitFacts> ById) Facts(UnitScore[] scores, List<RankedUnit> rankings)
    {
        var rankByUnit = rankings.ToDictionary(r => r.UnitId);
        var unitFacts = new UnitFacts[scores.Length];
        var facts = new Dictionary<int, UnitFacts>(scores.Length);
        for (int i = 0; i < scores.Length; i++)
        {
            unitFacts[i] = new UnitFacts(scores[i], rankByUnit[scores[i].UnitId], _input.Year, _rules, _terms)
            {
                ThematicCampaignYears = _input.ThematicCampaignYears,
            };
            facts.Add(scores[i].UnitId, unitFacts[i]);
        }

        return (unitFacts, facts);
    }

    private CampaignEvaluation Evaluation(UnitScore[] scores, List<RankedUnit> rankings, PersonRecord[] people, UnitFacts[] unitFacts)
    {
        var recommendations = new RecommendationList(people, Given(IndividualTitles), unitFacts, Given(CollectiveTitles));
        return new CampaignEvaluation(_input.Year, _rules.Id, _rules.Version, scores, rankings, recommendations)
        {
            Basis = new EvaluationBasis(_input, _rules, people, unitFacts, rankings),
        };
    }

    /// <summary>The titles of <paramref name="titles"/> the campaign may give, in their order.</summary>
    private Title[] Given(Title[] titles) =>
        _input.Titles is { } given ? Array.FindAll(titles, given.Contains) : titles;

    /// <summary>
    /// The items ordered by a unique id, read during this run only: an array or list already in order (the usual case)
    /// is read in place, anything else is copied and sorted.
    /// </summary>
    private static ReadOnlySpan<T> ById<T>(IReadOnlyList<T> items, Func<T, int> id)
    {
        var span = ReadOnlyLists.AsSpan(items);
        for (int i = 1; i < span.Length; i++)
        {
            if (id(span[i - 1]) >= id(span[i]))
            {
                return SortedBy(items, id, Comparer<int>.Default);
            }
        }

        return span;
    }

    /// <summary>The items ordered by a unique key, in an array of their own; already ordered input is only copied.</summary>
    private static T[] SortedBy<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, IComparer<TKey> comparer)
    {
        var array = new T[items.Count];
        bool ordered = true;
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
            ordered &= i == 0 || comparer.Compare(key(array[i - 1]), key(array[i])) < 0;
        }

        if (!ordered)
        {
            var keys = new TKey[array.Length];
            for (int i = 0; i < array.Length; i++)
            {
                keys[i] = key(array[i]);
            }

            Array.Sort(keys, array, comparer);
        }

        return array;
    }

    /// <summary>
    /// Validates every person (errors exactly as <see cref="InputValidator"/> reports them) and reads each valid one
    /// into a record, in person id order; null when any person is invalid. People already in id order (the usual
    /// case) are checked and read in one pass.
    /// </summary>
    private PersonRecord[]? Records(Dictionary<int, UnitFacts> facts, List<DomainError> errors)
    {
        var rules = new PersonRules(_rules, _input.EffectiveReferenceDate);
        int year = _input.Year;
        var inputs = ReadOnlyLists.AsSpan(_input.People);
        var people = new PersonRecord[inputs.Length];
        int before = errors.Count;
        for (int i = 0; i < inputs.Length; i++)
        {
            var person = inputs[i];
            if (i > 0 && person.PersonId <= inputs[i - 1].PersonId)
            {
                // Out of order, or a repeat: check everyone in input order, then read them sorted.
                errors.RemoveRange(before, errors.Count - before);
                InputValidator.ValidatePeople(_input, facts.ContainsKey, errors);
                return errors.Count > before ? null : SortedRecords(facts, rules);
            }

            bool known = facts.TryGetValue(person.UnitId, out var unit);
            InputValidator.ValidatePerson(person, year, known, errors);
            if (errors.Count == before)
            {
                people[i] = new PersonRecord(person, year, rules, _terms, unit!);
            }
        }

        return errors.Count > before ? null : people;
    }

    private PersonRecord[] SortedRecords(Dictionary<int, UnitFacts> facts, PersonRules rules)
    {
        PersonInput[] inputs = SortedBy(_input.People, static p => p.PersonId, Comparer<int>.Default);
        var people = new PersonRecord[inputs.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            people[i] = new PersonRecord(inputs[i], _input.Year, rules, _terms, facts[inputs[i].UnitId]);
        }

        return people;
    }

    /// <summary>
    /// Decides the individual titles (person by person, titles in order; each person keeps their statuses). Titles run in
    /// stretches that end at a title with a quota: within a stretch each person is decided title after title; the
    /// quota is then applied to everyone before the next stretch, whose titles depend on its outcome.
    /// </summary>
    private void EvaluateIndividuals(PersonRecord[] people)
    {
        int titles = IndividualTitles.Length;
        var quotas = new QuotaRule?[titles];
        for (int t = 0; t < titles; t++)
        {
            quotas[t] = QuotaFor(IndividualTitles[t]);
        }

        int first = 0;
        for (int last = 0; last < titles; last++)
        {
            if (quotas[last] is null && last < titles - 1)
            {
                continue;
            }

            for (int i = 0; i < people.Length; i++)
            {
                var p = people[i];
                bool pending = p.Waits;
                for (int t = first; t <= last; t++)
                {
                    Title title = IndividualTitles[t];
                    var status = Recommendation.StatusOf(p.Decide(title, null), pending);
                    p.SetStatus(title, status);
                    NoteThisYearsTitle(p, title, status);
                }
            }

            if (quotas[last] is { } rule)
            {
                Title title = IndividualTitles[last];
                ApplyQuota(rule, title, people);
                for (int i = 0; i < people.Length; i++)
                {
                    NoteThisYearsTitle(people[i], title, people[i].StatusOf(title));
                }
            }

            first = last + 1;
        }
    }

    /// <summary>Counts each person's titles and ratings into their unit's facts, which the collective titles read.</summary>
    private void CountMembers(PersonRecord[] people)
    {
        foreach (var p in people)
        {
            var u = p.Unit;
            u.ListedMembers++;
            u.AdvancedWorkers += p.StatusOf(Title.AdvancedWorker) == RecommendationStatus.Recommended ? 1 : 0;
            u.Fighters += p.StatusOf(Title.GrassrootsEmulationFighter) == RecommendationStatus.Recommended ? 1 : 0;
            u.DeferredAdvancedWorkers += p.StatusOf(Title.AdvancedWorker) == RecommendationStatus.Deferred ? 1 : 0;
            u.DeferredFighters += p.StatusOf(Title.GrassrootsEmulationFighter) == RecommendationStatus.Deferred ? 1 : 0;
            if (p.Current is { } y)
            {
                u.BarredByDiscipline += y.Discipline >= _rules.Collectives.BarringDiscipline ? 1 : 0;
                // Disciplined in the year means "not completed" (Decree 90/2020), whatever rating was entered (e.g. none).
                bool disciplinedOtherwiseRated = y.Discipline != Results.DisciplineLevel.None && y.Rating != Results.QualityRating.NotCompleted;
                u.NotCompleted += y.Rating == Results.QualityRating.NotCompleted || disciplinedOtherwiseRated ? 1 : 0;
                u.DisciplinedNotCompleted += disciplinedOtherwiseRated ? 1 : 0;
            }

            u.NotRated += p.Current is not { } rated || rated.Rating == Results.QualityRating.NotRated ? 1 : 0;
        }
    }

    /// <summary>A title the engine recommends (or defers) counts as this year's title for the titles decided after it.</summary>
    private static void NoteThisYearsTitle(PersonRecord p, Title title, RecommendationStatus status)
    {
        bool holds = status is RecommendationStatus.Recommended or RecommendationStatus.Deferred;
        if (title == Title.AdvancedWorker)
        {
            p.AdvancedWorkerThisYear = holds;
        }
        else if (title == Title.GrassrootsEmulationFighter)
        {
            p.FighterThisYear = holds;
        }
    }

    /// <summary>The emulation bloc of a participating unit, or null when it is in none (a quota per bloc counts it alone).</summary>
    private int? BlocOf(int unitId)
    {
        _blocs ??= _input.Units.ToDictionary(u => u.UnitId, u => u.BlocId);
        return _blocs.GetValueOrDefault(unitId);
    }

    private Dictionary<int, int?>? _blocs;

    private QuotaRule? QuotaFor(Title title)
    {
        foreach (var rule in _rules.Quotas)
        {
            if (rule.Title == title)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Every subject's recommendation for <paramref name="title"/>, in subject order.</summary>
    private static IEnumerable<Recommendation> Column(RecommendationSubject[] subjects, Title title)
    {
        for (int i = 0; i < subjects.Length; i++)
        {
            yield return new Recommendation(subjects[i], title);
        }
    }

    private void ApplyQuota(QuotaRule rule, Title title, PersonRecord[] people)
    {
        bool women = _rules.Ranking.WomenRuleEnabled;
        int Order(Recommendation a, Recommendation b)
        {
            var pa = (PersonRecord)a.Subject;
            var pb = (PersonRecord)b.Subject;
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

        int BaseCount(QuotaGroup group, QuotaBase kind)
        {
            int count = 0;
            for (int i = 0; i < people.Length; i++)
            {
                int unitId = people[i].Person.UnitId;
                if (!group.Holds(unitId, BlocOf(unitId)))
                {
                    continue;
                }

                count += kind == QuotaBase.Headcount || people[i].StatusOf(Title.AdvancedWorker) == RecommendationStatus.Recommended ? 1 : 0;
            }

            return count;
        }

        QuotaApplier.Apply(Column(people, title), rule, Order, BlocOf, BaseCount);
    }

    private void EvaluateCollectives(UnitFacts[] units)
    {
        foreach (Title title in CollectiveTitles)
        {
            for (int i = 0; i < units.Length; i++)
            {
                bool eligible = units[i].Decide(title, null, out bool waits);
                units[i].SetStatus(title, Recommendation.StatusOf(eligible, waits));
            }

            if (QuotaFor(title) is { } rule)
            {
                // Within a quota, units go in the order of the bloc ranking: total, then the campaign's own tie-breaks.
                int Order(Recommendation a, Recommendation b) =>
                    Ranker.Compare(((UnitFacts)a.Subject).Score, ((UnitFacts)b.Subject).Score, _input.TieBreaks, _rules).Result;
                int BaseCount(QuotaGroup group, QuotaBase kind) =>
                    units.Count(u => group.Holds(u.Score.UnitId, BlocOf(u.Score.UnitId)));
                QuotaApplier.Apply(Column(units, title), rule, Order, BlocOf, BaseCount);
            }

            if (title == Title.ExcellentLabourCollective)
            {
                for (int i = 0; i < units.Length; i++)
                {
                    // A deferred title counts as this year's, as for people, so the titles that build on it are deferred too.
                    units[i].ExcellentCollectiveThisYear =
                        units[i].StatusOf(title) is RecommendationStatus.Recommended or RecommendationStatus.Deferred;
                    units[i].ExcellentCollectiveDeferred = units[i].StatusOf(title) == RecommendationStatus.Deferred;
                }
            }
        }
    }
}
