namespace Emulation.Domain.Results;

/// <summary>The highest level at which a person's initiative (sáng kiến) was recognised that year.</summary>
public enum InitiativeLevel
{
    None,
    Grassroots,
    Provincial,
    National,
}
