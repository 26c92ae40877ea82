using Microsoft.AspNetCore.Components.Web;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// What a click on a button that creates something tells about the person's intent. The circuit handles a double
/// click's second click after the first one's save has finished and the form has been emptied or left: the button
/// the first click disabled was still enabled in the browser when the second was sent. Such a button ignores the
/// repeat rather than creating a second campaign or replacing an account's one-time password with "enter a name".
/// </summary>
public static class Clicks
{
    /// <summary>The second (or third) click of a double click: the browser counts them in <see cref="MouseEventArgs.Detail"/>.
    /// A click from the keyboard counts 0.</summary>
    public static bool IsRepeat(MouseEventArgs click) => click.Detail > 1;
}
