using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CircuitLoad.Rendering;

namespace CircuitLoad.Scenarios;

/// <summary>
/// Leadership on the evaluation page pages the recommendation grid: "next page" until the last, then "first page".
/// The render is right when the pager's "first–last / total" line shows the page asked for.
/// </summary>
public sealed partial class ReviewPagingScenario(string pagePath) : IScenario
{
    private readonly EventHandlerTracker _next = new("onclick", WithTestId("recommendation-pager-next"));
    private readonly EventHandlerTracker _first = new("onclick", WithTestId("recommendation-pager-first"));
    private int _firstItem;
    private int _lastItem;
    private int _total;
    private int _pageSize;

    public string PagePath { get; } = pagePath;

    public void Observe(RenderBatch batch)
    {
        _next.Observe(batch);
        _first.Observe(batch);
        foreach (var frame in batch.Frames.Where(f => f.Type == FrameType.Text && f.Value is not null))
        {
            var info = PageInfo().Match(frame.Value!);
            if (info.Success)
            {
                _firstItem = int.Parse(info.Groups["first"].Value, CultureInfo.InvariantCulture);
                _lastItem = int.Parse(info.Groups["last"].Value, CultureInfo.InvariantCulture);
                _total = int.Parse(info.Groups["total"].Value, CultureInfo.InvariantCulture);
                _pageSize = Math.Max(_pageSize, _lastItem - _firstItem + 1);
            }
        }
    }

    public PlannedInteraction? Next()
    {
        if (_total == 0 || !_next.Found || !_first.Found)
        {
            return null;
        }

        var click = new JsonObject { ["type"] = "click", ["detail"] = 1, ["button"] = 0, ["buttons"] = 0 };
        return _lastItem < _total
            ? new PlannedInteraction(_next, "click", null, click, $"{_lastItem + 1}–")
            : new PlannedInteraction(_first, "click", null, click, $"1–{Math.Min(_pageSize, _total)} /");
    }

    private static Func<IReadOnlyDictionary<string, string?>, bool> WithTestId(string testId) => attributes =>
        attributes.TryGetValue("data-testid", out var id) && id == testId;

    [GeneratedRegex(@"^\s*(?<first>\d+)–(?<last>\d+) \S+ (?<total>\d+)\s*$")]
    private static partial Regex PageInfo();
}
