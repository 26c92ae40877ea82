using System.Collections;

using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Every recommendation of one evaluation: individuals by person then title, then collectives by unit then title.
/// </summary>
/// <remarks>
/// A recommendation is only (subject, title), and its subject keeps its status, so the list is a view over the
/// people and units rather than an array of hundreds of thousands of copies. <c>foreach</c> over it uses a struct
/// enumerator that steps subject by subject, title by title.
/// </remarks>
public sealed class RecommendationList : IReadOnlyList<Recommendation>
{
    private readonly RecommendationSubject[] _people;
    private readonly Title[] _individualTitles;
    private readonly RecommendationSubject[] _units;
    private readonly Title[] _collectiveTitles;
    private readonly int _individualCount;

    internal RecommendationList(RecommendationSubject[] people, Title[] individualTitles, RecommendationSubject[] units,
        Title[] collectiveTitles)
    {
        _people = people;
        _individualTitles = individualTitles;
        _units = units;
        _collectiveTitles = collectiveTitles;
        _individualCount = people.Length * individualTitles.Length;
        Count = _individualCount + (units.Length * collectiveTitles.Length);
    }

    public int Count { get; }

    public Recommendation this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "No recommendation at this position.");
            }

            if (index < _individualCount)
            {
                (int person, int title) = Math.DivRem(index, _individualTitles.Length);
                return new Recommendation(_people[person], _individualTitles[title]);
            }

            (int unit, int collective) = Math.DivRem(index - _individualCount, _collectiveTitles.Length);
            return new Recommendation(_units[unit], _collectiveTitles[collective]);
        }
    }

    /// <summary>
    /// The positions whose verdict may differ from <paramref name="last"/>'s verdict at the same position, ascending: those
    /// of the subjects that are not <paramref name="last"/>'s own records (decided again, <see cref="CampaignEvaluator.Reevaluate"/>).
    /// Every other position holds the same subject, title and status as in <paramref name="last"/>. Null when the two
    /// lists are not laid out alike (other people or units, in another order, or other titles), so that a position
    /// would name another verdict.
    /// </summary>
    public int[]? PositionsChangedSince(RecommendationList last)
    {
        ArgumentNullException.ThrowIfNull(last);
        if (_people.Length != last._people.Length || _units.Length != last._units.Length ||
            !_individualTitles.AsSpan().SequenceEqual(last._individualTitles) ||
            !_collectiveTitles.AsSpan().SequenceEqual(last._collectiveTitles))
        {
            return null;
        }

        var changed = new List<int>();
        return ChangedSubjects(_people, last._people, _individualTitles.Length, 0, changed) &&
            ChangedSubjects(_units, last._units, _collectiveTitles.Length, _individualCount, changed)
            ? [.. changed]
            : null;
    }

    /// <summary>
    /// Adds the positions of every title of the subjects that are not the last list's own; false when one of them is about
    /// another person or unit than the last list's at its place.
    /// </summary>
    private static bool ChangedSubjects(RecommendationSubject[] subjects, RecommendationSubject[] last, int titles, int start,
        List<int> changed)
    {
        for (int i = 0; i < subjects.Length; i++)
        {
            var (now, before) = (subjects[i], last[i]);
            if (ReferenceEquals(now, before))
            {
                continue;
            }

            if (now.PersonId != before.PersonId || now.UnitId != before.UnitId)
            {
                return false;
            }

            for (int title = 0; title < titles; title++)
            {
                changed.Add(start + (i * titles) + title);
            }
        }

        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Recommendation> IEnumerable<Recommendation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the people then the units, each through its titles, without dividing positions.</summary>
    public struct Enumerator : IEnumerator<Recommendation>
    {
        private readonly RecommendationList _list;
        private RecommendationSubject[] _subjects;
        private Title[] _titles;
        private bool _onUnits;
        private int _subject;
        private int _title;

        internal Enumerator(RecommendationList list)
        {
            _list = list;
            _subjects = list._people;
            _titles = list._individualTitles;
            _onUnits = false;
            _subject = 0;
            _title = -1;
        }

        public Recommendation Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (true)
            {
                if (_subject < _subjects.Length)
                {
                    if (++_title < _titles.Length)
                    {
                        Current = new Recommendation(_subjects[_subject], _titles[_title]);
                        return true;
                    }

                    _title = -1;
                    _subject++;
                    continue;
                }

                if (_onUnits)
                {
                    return false;
                }

                _onUnits = true;
                _subjects = _list._units;
                _titles = _list._collectiveTitles;
                _subject = 0;
            }
        }

        public void Reset() => this = new Enumerator(_list);

        public readonly void Dispose()
        {
        }
    }
}
