namespace Emulation.Domain.Rules;

/// <summary>Whether a recused council member still counts in the vote's denominator.</summary>
public enum RecusalDenominator
{
    /// <summary>The strict reading of Art. 30(7): the denominator is every member of the council.</summary>
    AllMembers,

    /// <summary>A provincial choice: recused members leave the denominator.</summary>
    AllMembersExceptRecused,
}
