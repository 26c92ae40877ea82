using Emulation.Domain.Awards;

namespace Emulation.Domain.Decisions;

/// <summary>
/// A title or form of commendation whose awards are published on the agency's public pages with the decision that
/// granted them. The office's administrator chooses the list; nothing is published until they do.
/// </summary>
public sealed class PublishedTitle
{
    private PublishedTitle(Title title) => Title = title;

    public Title Title { get; private set; }

    public static PublishedTitle Of(Title title) => new(title);
}
