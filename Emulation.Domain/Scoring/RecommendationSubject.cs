using Emulation.Domain.Awards;

namespace Emulation.Domain.Scoring;

/// <summary>
/// Who a recommendation is about (a person, or a unit for collective titles), shared by all of its titles.
/// Rebuilds a title's conditions with their facts on demand: decisions are taken without allocating facts, and
/// the explanation is produced only when read, from the same code path and the same (final) state.
/// </summary>
internal abstract class RecommendationSubject(TitleTermsTable terms)
{
    /// <summary>The person, or null for a unit.</summary>
    public abstract int? PersonId { get; }

    public abstract int UnitId { get; }
    public abstract string Name { get; }

    /// <summary>The article, rule set and cash multiple of each title, shared by the whole evaluation.</summary>
    public TitleTermsTable Terms { get; } = terms;

    /// <summary>Four bits per title (by its enum value): the status of the subject's recommendation for it.</summary>
    private ulong _statuses;

    private Details? _details;

    public abstract Condition[] ConditionsFor(Title title);

    /// <summary>The title's conditions, built on first read and then kept.</summary>
    public Condition[] ReadConditions(Title title)
    {
        var details = GetDetails();
        return details.Conditions[(int)title] ??= ConditionsFor(title);
    }

    public RecommendationStatus StatusOf(Title title) => (RecommendationStatus)((_statuses >> StatusShift(title)) & 0xF);

    /// <summary>Set while the evaluation runs (one thread); read-only once it has returned.</summary>
    public void SetStatus(Title title, RecommendationStatus status)
    {
        int shift = StatusShift(title);
        _statuses = (_statuses & ~(0xFUL << shift)) | ((ulong)status << shift);
    }

    public QuotaArithmetic? QuotaOf(Title title) => _details?.Quotas[(int)title];

    public void SetQuota(Title title, QuotaArithmetic quota) => GetDetails().Quotas[(int)title] = quota;

    private static int StatusShift(Title title) => 4 * (int)title;

    private Details GetDetails() =>
        _details ?? Interlocked.CompareExchange(ref _details, new Details(Terms.Count), null) ?? _details;

    /// <summary>By title: what only some recommendations carry.</summary>
    private sealed class Details(int titles)
    {
        public Condition[]?[] Conditions { get; } = new Condition[]?[titles];
        public QuotaArithmetic?[] Quotas { get; } = new QuotaArithmetic?[titles];
    }
}
