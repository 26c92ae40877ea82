using System.Globalization;
using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Shared;
using Emulation.Web.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

/// <summary>The explanation component words a stored explanation in the reader's language, naming people and units.</summary>
[Trait("Category", "Fast")]
public sealed class ExplanationTextTests : BunitContext
{
    public ExplanationTextTests() => Services.AddLocalization();

    [Theory]
    [InlineData("vi-VN", "Lao động tiên tiến — Nguyễn Văn A (Phòng Tổng hợp): ĐỀ NGHỊ", "Xếp loại chất lượng: Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("en-US", "Advanced Worker — Nguyễn Văn A (Phòng Tổng hợp): RECOMMENDED", "Quality rating: Excellent")]
    public void ExplanationText_WordsTheStoredExplanation_InTheReadersLanguage(string culture, string heading, string condition)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var cut = Render<ExplanationText>(p => p
            .Add(c => c.Explanation, TestExplanations.For(Title.AdvancedWorker))
            .Add(c => c.Subject, new ExplainedSubject("Nguyễn Văn A", "Phòng Tổng hợp", false)));

        var text = cut.Find("[data-testid=reason]").TextContent;
        Assert.StartsWith(heading, text, StringComparison.Ordinal);
        Assert.Contains(condition, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplanationText_WithoutAnExplanation_ShowsTheReasonGiven()
    {
        var cut = Render<ExplanationText>(p => p
            .Add(c => c.Subject, new ExplainedSubject("A", "B", false))
            .Add(c => c.Fallback, "Thành tích đột xuất"));

        Assert.Equal("Thành tích đột xuất", cut.Find("[data-testid=reason]").TextContent);
    }
}
