namespace Emulation.Domain.Rules;

/// <summary>
/// Art. 74 of Law 06/2022 lists "2 consecutive CSTĐCS titles or 2 consecutive excellent years, with 2 grassroots
/// initiatives in that time"; the text does not settle whether the initiative clause binds both branches.
/// </summary>
public enum MeritInitiativeClause
{
    /// <summary>The initiatives are required on both branches (stricter reading).</summary>
    BindsBothBranches,

    /// <summary>The initiatives are required only with the excellent-years branch.</summary>
    BindsExcellentYearsOnly,
}
