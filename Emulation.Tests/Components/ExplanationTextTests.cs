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
    public ExplanationTextTests()
    {
        Services.AddLocalization();
        Services.AddSingleton<ExplanationWordings>();
    }

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

    [Fact]
    public void ExplanationText_KeptWording_IsThatOfTheReadersLanguageAndSubject()
    {
        // One explanation (as a kept evaluation shows it on every view), read in turn in two languages and for two people.
        var explanation = TestExplanations.For(Title.AdvancedWorker);
        string Read(string culture, string person)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Render<ExplanationText>(p => p
                .Add(c => c.Explanation, explanation)
                .Add(c => c.Subject, new ExplainedSubject(person, "Phòng Tổng hợp", false))).Find("[data-testid=reason]").TextContent;
        }

        Assert.StartsWith("Lao động tiên tiến — Nguyễn Văn A", Read("vi-VN", "Nguyễn Văn A"), StringComparison.Ordinal);
        Assert.StartsWith("Advanced Worker — Nguyễn Văn A", Read("en-US", "Nguyễn Văn A"), StringComparison.Ordinal);
        Assert.StartsWith("Lao động tiên tiến — Trần Thị B", Read("vi-VN", "Trần Thị B"), StringComparison.Ordinal);
        Assert.StartsWith("Lao động tiên tiến — Nguyễn Văn A", Read("vi-VN", "Nguyễn Văn A"), StringComparison.Ordinal);
    }
}
