using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Scoring;
using Emulation.Tests.Domain.Builders;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Resources;

namespace Emulation.Tests.Components;

/// <summary>An explanation kept as data is worded at the edge, from the resources, in the reader's language.</summary>
[Trait("Category", "Fast")]
public sealed class WordingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("97.0", "97", "97")]
    [InlineData("0.3", "0,3", "0.3")]
    [InlineData("2020-01-01", "01/01/2020", "01/01/2020")]
    [InlineData("Excellent", "Hoàn thành xuất sắc nhiệm vụ", "Excellent")]
    [InlineData("Title.AdvancedWorker", "Lao động tiên tiến", "Advanced Worker")]
    public void Fact_IsShownInTheReadersNumberAndDateFormat(string invariant, string vietnamese, string english)
    {
        Assert.Equal(vietnamese, Wording.Fact(Wording.Vietnamese, Wording.VietnameseCulture, invariant));
        Assert.Equal(english, Wording.Fact(Wording.In(English), English, invariant));
    }

    [Fact]
    public void ScoreLine_SaysHowItsPointsWereReached_InTheReadersLanguageAndNumbers()
    {
        var line = new InputBuilder().Unit(new UnitBuilder(1).Value("KQ1", 80m)).Evaluate().UnitScores.Single().LineFor("KQ1")!;
        var missing = CriterionScorer.Score(Criterion.Scored("A", "A", "G", 20m, "x"), null, 100m);
        var band = CriterionScorer.Score(Criterion.Scored("B", "B", "G", 20m, "x", ScoringMethod.Bands,
            bands: [new ScoreBand(0.5m, 1m)]), 75m, 100m);

        Assert.Equal("KQ1: tối đa 60 × kết quả 80 / chỉ tiêu 100 = 48 / 60", Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, line));
        Assert.Equal("KQ1: max 60 × value 80 / target 100 = 48 / 60", Wording.ScoreLine(Wording.In(English), English, line));
        Assert.Contains("thiếu", Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, missing), StringComparison.Ordinal);
        Assert.Contains("missing", Wording.ScoreLine(Wording.In(English), English, missing), StringComparison.Ordinal);
        Assert.Contains("theo khung, tỷ lệ đạt 0,75", Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, band), StringComparison.Ordinal);
        Assert.Contains("by band, achievement ratio 0.75", Wording.ScoreLine(Wording.In(English), English, band), StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_NamesThePersonAndUnit_InVietnameseAndEnglish()
    {
        var explanation = TestExplanations.For(Title.AdvancedWorker);
        var subject = new ExplainedSubject("Nguyễn Văn A", "Phòng Tổng hợp", Collective: false);

        var vi = Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, explanation, subject);
        var en = Wording.Explain(Wording.In(English), English, explanation, subject);

        Assert.StartsWith("Lao động tiên tiến — Nguyễn Văn A (Phòng Tổng hợp): ĐỀ NGHỊ", vi, StringComparison.Ordinal);
        Assert.Contains("Xếp loại chất lượng: Hoàn thành xuất sắc nhiệm vụ; yêu cầu: Hoàn thành tốt nhiệm vụ", vi, StringComparison.Ordinal);
        Assert.Contains("bộ quy tắc VN-ND152-2025, phiên bản 1", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("mã ", vi, StringComparison.Ordinal);
        Assert.StartsWith("Advanced Worker — Nguyễn Văn A (Phòng Tổng hợp): RECOMMENDED", en, StringComparison.Ordinal);
        Assert.Contains("Quality rating: Excellent; required: Good", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_RoundTripsThroughItsStoredForm()
    {
        var explanation = TestExplanations.For(Title.AdvancedWorker) with
        {
            Quota = new QuotaArithmetic(Title.AdvancedWorker, 15m, Emulation.Domain.Rules.QuotaBase.Headcount, 10,
                Emulation.Domain.Rules.RoundingMode.Down, 1, 2, Emulation.Domain.Rules.QuotaScope.PerUnit, 3, "KH"),
        };
        var converter = Emulation.Web.Data.Configurations.JsonColumn.Converter<Explanation>();

        var read = (Explanation)converter.ConvertFromProvider(converter.ConvertToProvider(explanation))!;

        var subject = new ExplainedSubject("A", "Phòng B", false);
        Assert.Equal(Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, explanation, subject),
            Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, read, subject));
        Assert.Contains("Hạn mức (đơn vị Phòng B): 15 % × 10", Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, read, subject),
            StringComparison.Ordinal);
    }
}
