using Emulation.Domain.Common;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// The <see cref="NumberField"/>s of one form: each reports whether its text was read, so the form can refuse to save
/// while one of them shows an error (saving then would keep the field's last good value, a silent change).
/// </summary>
public sealed class TypedNumberFields
{
    private readonly HashSet<object> _unread = [];

    public bool AllRead => _unread.Count == 0;

    /// <summary>The refusal to show when a field still holds text it could not read; null when all were read.</summary>
    public DomainError? Refusal => AllRead ? null
        : new DomainError("number.fix_before_saving", "Some fields do not hold a number that can be read: correct them first.");

    internal void Report(object field, bool read)
    {
        if (read)
        {
            _unread.Remove(field);
        }
        else
        {
            _unread.Add(field);
        }
    }
}
