using Emulation.Domain.Common;

namespace Emulation.Web.Components.Pages.Council;

/// <summary>A step taken on a council session from one of its panels: the refusals (none when done) and the message key.</summary>
public sealed record CouncilStep(IReadOnlyList<DomainError> Errors, string DoneKey);
