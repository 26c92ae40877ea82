using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>
/// A title whose nominees are put to public consultation (lấy ý kiến công khai) before the council meets: the list is
/// published for <paramref name="Days"/> working days (<see cref="WorkingDays"/>), and the council session on them cannot
/// open until the window has closed.
/// </summary>
public sealed record ConsultationRule(Title Title, int Days);
