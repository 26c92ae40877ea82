using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>
/// A title whose nominees are put to public consultation (lấy ý kiến công khai) for <paramref name="Days"/> calendar days
/// after the council passes them; leadership cannot approve until the window has ended.
/// </summary>
public sealed record ConsultationRule(Title Title, int Days);
