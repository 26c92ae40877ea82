using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>
/// Who decides <paramref name="Title"/> and who proposes it to them, with the article that says so. A title the agency's
/// head does not decide leaves the agency as a proposal dossier (hồ sơ đề nghị), never under the agency's own decision.
/// </summary>
public sealed record GrantingRule(Title Title, AwardingLevel DecidedBy, AwardingLevel ProposedBy, string Article);
