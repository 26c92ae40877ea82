namespace Emulation.Domain.Awards;

/// <summary>A title or commendation a person or unit received: the history streak rules read.</summary>
public sealed class Award
{
    public const int DecisionNumberMaxLength = 50;
    public const int IssuerMaxLength = 200;
    public const int UnitNameMaxLength = 200;

    private Award(int? personId, int unitId, string unitNameAtDecision, int year, Title title, AwardKind kind,
        string decisionNumber, DateOnly decisionDate, string issuerName)
    {
        PersonId = personId;
        UnitId = unitId;
        UnitNameAtDecision = unitNameAtDecision;
        Year = year;
        Title = title;
        Kind = kind;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        IssuerName = issuerName;
    }

    public int Id { get; private set; }

    /// <summary>The person awarded; null for an award to the unit itself.</summary>
    public int? PersonId { get; private set; }

    public int UnitId { get; private set; }
    public string UnitNameAtDecision { get; private set; }
    public int Year { get; private set; }
    public Title Title { get; private set; }
    public AwardKind Kind { get; private set; }
    public string DecisionNumber { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    public string IssuerName { get; private set; }
    public int? NominationId { get; private set; }

    public static Award Grant(int? personId, int unitId, string unitNameAtDecision, int year, Title title,
        AwardKind kind, string decisionNumber, DateOnly decisionDate, string issuerName, int? nominationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerName);
        return new Award(personId, unitId, unitNameAtDecision, year, title, kind, decisionNumber.Trim(), decisionDate,
            issuerName.Trim()) { NominationId = nominationId };
    }
}
