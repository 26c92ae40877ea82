using Emulation.Domain.Awards;

namespace Emulation.Domain.Council;

/// <summary>A nomination put to the session: who it is for (for recusal) and which title (for the threshold).</summary>
public sealed class CouncilAgendaItem
{
    private CouncilAgendaItem(int nominationId, int? personId, int unitId, Title title)
    {
        NominationId = nominationId;
        PersonId = personId;
        UnitId = unitId;
        Title = title;
    }

    public int NominationId { get; private set; }
    public int? PersonId { get; private set; }
    public int UnitId { get; private set; }
    public Title Title { get; private set; }

    public static CouncilAgendaItem For(Nomination nomination) =>
        new(nomination.Id, nomination.PersonId, nomination.UnitId, nomination.Title);

    public static CouncilAgendaItem Of(int nominationId, int? personId, int unitId, Title title) =>
        new(nominationId, personId, unitId, title);
}
