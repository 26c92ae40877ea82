using System.Globalization;
using System.Text;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// The column names of a table shown as cards on phones (<c>app-cards app-cards-columns</c>), given once as CSS custom
/// properties <c>--app-col-1</c>… on the table rather than as a <c>data-label</c> on every cell.
/// </summary>
public static class CardColumns
{
    public static string Style(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var style = new StringBuilder();
        for (var i = 0; i < labels.Count; i++)
        {
            var quoted = labels[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            style.Append(CultureInfo.InvariantCulture, $"--app-col-{i + 1}:\"{quoted}\";");
        }

        return style.ToString();
    }
}
