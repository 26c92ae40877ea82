namespace Emulation.Domain.Common;

/// <summary>An expected failure caused by user input, with a stable code the UI can translate.</summary>
public sealed record DomainError(string Code, string Message, string? Item = null)
{
    public override string ToString() => Item is null ? $"{Code}: {Message}" : $"{Code} [{Item}]: {Message}";
}
