using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Emulation.Domain.Scoring;
using Emulation.Web.Services.Evaluation;
using Microsoft.Extensions.Localization;
using Emulation.Web.Components.Shared;
using Emulation.Web.Resources;

namespace Emulation.Web.Components.Pages.Evaluation;

/// <summary>
/// The review dashboard's charts and progress bars as one static piece of SVG and HTML. Every open dashboard of a
/// campaign shows the same picture, so it is built as text and shared (<see cref="Shared.SharedMarkup"/>): as
/// MudCharts with a handler per bar and a component per part it was ~300 KB of every idle dashboard. Names come
/// from users and are HTML-encoded here; numbers in attributes are invariant, numbers in text follow the culture.
/// </summary>
public sealed class ReviewChartMarkup(IStringLocalizer<SharedResource> l, CultureInfo culture)
{
    private const double Width = 400;
    private const double Height = 240;
    private const double Left = 44;
    private const double Right = 8;
    private const double Top = 10;
    private const double Bottom = 10;
    private const int GridLines = 4;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Average score per bloc, one bar each; the bar's tooltip names the bloc and its figures.</summary>
    public string ScoresByBloc(IReadOnlyList<BlocScore> blocs)
    {
        var svg = Open(l["Review.ScoresByBloc"]);
        var max = NiceMaximum(blocs.Count == 0 ? 0 : blocs.Max(b => (double)b.Average));
        Grid(svg, max);
        var slot = (Width - Left - Right) / Math.Max(1, blocs.Count);
        for (var i = 0; i < blocs.Count; i++)
        {
            var bloc = blocs[i];
            Bar(svg, "review-bar-average", Left + i * slot + slot * 0.15, slot * 0.7, 0, (double)bloc.Average, max,
                $"{bloc.BlocName}: {BlocFigures(bloc)}");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A bloc's average, highest and lowest score, as its bar and its chip show them.</summary>
    public string BlocFigures(BlocScore bloc) => string.Create(culture,
        $"{l["Review.Average"]} {bloc.Average:N2} · {l["Review.Highest"]} {bloc.Highest:N2} · {l["Review.Lowest"]} {bloc.Lowest:N2}");

    /// <summary>Per title, its verdicts stacked: recommended, over quota, deferred; with a legend.</summary>
    public string VerdictsByTitle(IReadOnlyList<TitleTally> titles)
    {
        var svg = Open(l["Review.VerdictsByTitle"]);
        var max = NiceMaximum(titles.Count == 0 ? 0 : titles.Max(t => (double)(t.Recommended + t.OverQuota + t.Deferred)));
        Grid(svg, max);
        var slot = (Width - Left - Right) / Math.Max(1, titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            var tally = titles[i];
            var x = Left + i * slot + slot * 0.15;
            var below = 0d;
            foreach (var (status, count) in Segments(tally))
            {
                var tooltip = string.Create(culture, $"{l.Label(tally.Title)} · {l.Label(status)}: {count:N0}");
                Bar(svg, $"review-bar-{StatusClass(status)}", x, slot * 0.7, below, count, max, tooltip);
                below += count;
            }
        }

        svg.Append("</svg><div class=\"review-progress-legend\">");
        foreach (var status in new[] { RecommendationStatus.Recommended, RecommendationStatus.OverQuota, RecommendationStatus.Deferred })
        {
            svg.Append("<span class=\"review-progress-key review-bar-").Append(StatusClass(status)).Append("\"></span>")
                .Append(Encoder.Encode(l.Label(status)));
        }

        return svg.Append("</div>").ToString();
    }

    /// <summary>A line per bloc: its name, results submitted of its units, and a bar of submitted and accepted.</summary>
    public string Progress(IReadOnlyList<BlocProgress> blocs)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"review-progress-legend\"><span class=\"review-progress-key review-progress-accepted\"></span>")
            .Append(Encoder.Encode(l["Review.ResultsAccepted"]))
            .Append("<span class=\"review-progress-key review-progress-submitted\"></span>")
            .Append(Encoder.Encode(l["Review.ResultsSubmitted"])).Append("</div>");
        foreach (var bloc in blocs)
        {
            var figures = string.Create(culture,
                $"{l["Review.ResultsSubmitted"]} {bloc.ResultsSubmitted:N0} · {l["Review.ResultsAccepted"]} {bloc.ResultsAccepted:N0} · {l["Review.Units"]} {bloc.Units:N0}");
            html.Append("<div class=\"review-progress\" data-testid=\"progress-line\"><div class=\"review-progress-label\"><span>")
                .Append(Encoder.Encode(bloc.BlocName)).Append("</span><span>")
                .Append(bloc.ResultsSubmitted.ToString("N0", culture)).Append(" / ").Append(bloc.Units.ToString("N0", culture))
                .Append("</span></div><div class=\"review-progress-track\" role=\"img\" aria-label=\"").Append(Encoder.Encode(figures))
                .Append("\"><div class=\"review-progress-submitted\" style=\"width: ").Append(Percent(bloc.ResultsSubmitted, bloc.Units))
                .Append("\"></div><div class=\"review-progress-accepted\" style=\"width: ").Append(Percent(bloc.ResultsAccepted, bloc.Units))
                .Append("\"></div></div></div>");
        }

        return html.ToString();
    }

    /// <summary>The axis top: the largest value rounded up to a multiple of the grid step (never zero).</summary>
    public static double NiceMaximum(double largest)
    {
        if (largest <= 0 || double.IsNaN(largest) || double.IsInfinity(largest))
        {
            return GridLines;
        }

        var rawStep = largest / GridLines;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rawStep)));
        var step = new[] { 1, 2, 2.5, 5, 10d }.Select(f => f * magnitude).First(s => s >= rawStep);
        return step * GridLines;
    }

    private static StringBuilder Open(string label) => new StringBuilder()
        .Append("<svg class=\"review-chart\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(Height))
        .Append("\" role=\"img\" aria-label=\"").Append(Encoder.Encode(label)).Append("\">");

    private void Grid(StringBuilder svg, double max)
    {
        for (var i = 0; i <= GridLines; i++)
        {
            var value = max * i / GridLines;
            var y = Y(value, max);
            svg.Append("<line class=\"review-grid\" x1=\"").Append(Number(Left)).Append("\" x2=\"").Append(Number(Width - Right))
                .Append("\" y1=\"").Append(Number(y)).Append("\" y2=\"").Append(Number(y)).Append("\"/>")
                .Append("<text class=\"review-axis\" x=\"").Append(Number(Left - 6)).Append("\" y=\"").Append(Number(y + 4))
                .Append("\" text-anchor=\"end\">").Append(Encoder.Encode(value.ToString("#,##0.##", culture))).Append("</text>");
        }
    }

    private static void Bar(StringBuilder svg, string cssClass, double x, double width, double from, double value, double max, string tooltip)
    {
        if (value <= 0)
        {
            return;
        }

        var top = Y(from + value, max);
        svg.Append("<rect class=\"review-bar ").Append(cssClass).Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(top))
            .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(Y(from, max) - top))
            .Append("\"><title>").Append(Encoder.Encode(tooltip)).Append("</title></rect>");
    }

    private static double Y(double value, double max) => Top + (1 - Math.Clamp(value / max, 0, 1)) * (Height - Top - Bottom);

    private static IEnumerable<(RecommendationStatus Status, int Count)> Segments(TitleTally tally) =>
    [
        (RecommendationStatus.Recommended, tally.Recommended),
        (RecommendationStatus.OverQuota, tally.OverQuota),
        (RecommendationStatus.Deferred, tally.Deferred),
    ];

    private static string StatusClass(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Recommended => "recommended",
        RecommendationStatus.OverQuota => "over-quota",
        _ => "deferred",
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) =>
        whole <= 0 ? "0%" : Math.Clamp(100.0 * part / whole, 0, 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
