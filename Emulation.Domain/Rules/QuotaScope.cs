namespace Emulation.Domain.Rules;

/// <summary>Whether a quota is counted over the whole campaign or unit by unit.</summary>
public enum QuotaScope
{
    Campaign,
    PerUnit,
}
