namespace Emulation.Domain.Common;

/// <summary>Thrown when code tries a state change that a named business rule forbids.</summary>
public sealed class BusinessRuleViolationException(string rule, string message) : InvalidOperationException(message)
{
    /// <summary>The rule's name, e.g. <c>CampaignCannotBeLaunchedWithoutCriteria</c>.</summary>
    public string Rule { get; } = rule;

    public static void ThrowIf(bool broken, string rule, string message)
    {
        if (broken)
        {
            throw new BusinessRuleViolationException(rule, message);
        }
    }
}
