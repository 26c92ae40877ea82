namespace Emulation.Domain.Rules;

/// <summary>Whether a quota is counted over the whole campaign (the agency), bloc by bloc, or unit by unit.</summary>
public enum QuotaScope
{
    Campaign,
    PerUnit,

    /// <summary>
    /// Within each emulation bloc (khối thi đua): the base and the cap are counted over the bloc's units; a unit in no bloc
    /// is counted alone.
    /// </summary>
    PerBloc,
}
