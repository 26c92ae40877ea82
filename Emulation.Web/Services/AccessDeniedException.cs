namespace Emulation.Web.Services;

/// <summary>A caller tried something their role or unit does not allow. Never caught to carry on.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
