using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Web.Components.Pages.Evaluation;
using Emulation.Web.Components.Shared;
using Emulation.Web.Resources;
using Emulation.Web.Services.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Components;

/// <summary>The review charts built as shared markup: encoded names, culture-formatted figures, one copy for all.</summary>
[Trait("Category", "Fast")]
public sealed class ReviewChartMarkupTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static ReviewChartMarkup Charts()
    {
        CultureInfo.CurrentUICulture = Vietnamese;
        var localizer = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();
        return new ReviewChartMarkup(localizer, Vietnamese);
    }

    [Fact]
    public void ScoresByBloc_EncodesTheNames_AndFormatsFiguresInVietnamese()
    {
        var markup = Charts().ScoresByBloc([new BlocScore(1, "<b>Khối</b> & \"A\"", 3, 87.5m, 95.25m, 70m)]);

        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Kh", markup, StringComparison.Ordinal);
        Assert.Contains("87,50", markup, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markup, "<rect "));
    }

    [Fact]
    public void VerdictsByTitle_StacksOneSegmentPerNonZeroStatus()
    {
        var markup = Charts().VerdictsByTitle([new TitleTally(Title.AdvancedWorker, 40, 5, 3, 0)]);

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(markup, "<rect ").Count);
        Assert.Contains("review-bar-recommended", markup, StringComparison.Ordinal);
        Assert.Contains("review-bar-over-quota", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<rect class=\"review-bar review-bar-deferred\"", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_ShowsSubmittedOfUnits_AndBarWidths()
    {
        var markup = Charts().Progress([new BlocProgress(1, "Khối 1", 1200, 1200, 600, 300)]);

        Assert.Contains("600 / 1.200", markup, StringComparison.Ordinal);
        Assert.Contains("width: 50%", markup, StringComparison.Ordinal);
        Assert.Contains("width: 25%", markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(87.5, 100)]
    [InlineData(101, 200)]
    [InlineData(3, 4)]
    [InlineData(1234, 2000)]
    public void NiceMaximum_RoundsUpToAGridFriendlyTop(double largest, double top) =>
        Assert.Equal(top, ReviewChartMarkup.NiceMaximum(largest), 6);

    [Fact]
    public void SharedMarkup_GivesEqualTextsOneInstance()
    {
        var shared = new SharedMarkup();
        var first = shared.Share(string.Concat("<svg>", "1</svg>"));
        var second = shared.Share(string.Concat("<svg>", "1</svg>"));

        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public void SharedMarkup_MadeFrom_DrawsEachSourceOncePerKindAndCulture()
    {
        var shared = new SharedMarkup();
        var drawn = 0;
        string Draw(IReadOnlyList<BlocScore> blocs) => $"<p>{++drawn} {CultureInfo.CurrentCulture.Name} {blocs.Count}</p>";
        IReadOnlyList<BlocScore> kept = [new BlocScore(1, "A", 3, 80m, 90m, 70m)];
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Vietnamese;
        try
        {

            var first = shared.MadeFrom(kept, "scores", Draw);
            Assert.Equal(first.Value, shared.MadeFrom(kept, "scores", Draw).Value);
            Assert.Equal(1, drawn);

            // Another drawing of the same source, another culture, another source (a new evaluation's list): each drawn anew.
            Assert.Equal("<p>2 vi-VN 1</p>", shared.MadeFrom(kept, "other", Draw).Value);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("<p>3 en-US 1</p>", shared.MadeFrom(kept, "scores", Draw).Value);
            Assert.Equal("<p>4 en-US 2</p>", shared.MadeFrom<IReadOnlyList<BlocScore>>([.. kept, .. kept], "scores", Draw).Value);
            Assert.Equal("<p>1 vi-VN 1</p>", first.Value);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
