using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Domain.Scoring;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Proposals;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Proposals;

/// <summary>
/// Documents that leave the agency (the achievement report of a proposal dossier, the council minutes in it) quote the law
/// only: our notes in brackets on how far a clause is confirmed ("…; điều, khoản chưa xác nhận") stay on the screens.
/// </summary>
public sealed class IssuedDocumentCitationTests
{
    [Theory]
    [InlineData(LegalArticles.AwardPeriodNotRestarted, "Nghị định 98/2023/NĐ-CP; Luật TĐKT 06/2022/QH15 Điều 5")]
    [InlineData(LegalArticles.CashRoundingDecree152, "Nghị định 98/2023/NĐ-CP Điều 53 khoản 2")]
    [InlineData(LegalArticles.FormerUnitOpinion, "Thông tư 01/2024/TT-BNV")]
    [InlineData(LongServiceRules.DefaultArticle, "Luật TĐKT 06/2022/QH15 Điều 75; Nghị định 98/2023/NĐ-CP")]
    [InlineData("Nghị định 98/2023/NĐ-CP Điều 30 khoản 7 (áp dụng tiếp; chưa xác nhận theo Nghị định 152/2025/NĐ-CP)", "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7")]
    [InlineData("Luật TĐKT 06/2022/QH15 Điều 74", "Luật TĐKT 06/2022/QH15 Điều 74")]
    public void ACitation_KeepsEveryArticleItNames_AndDropsEveryNote(string article, string quoted)
    {
        Assert.Equal(quoted, LegalArticles.CitationOf(article));
    }

    [Fact]
    public void TheAchievementReport_QuotesTheTitlesArticle_AndLeavesOutTheRuleSetsOwnReadings()
    {
        var explanation = new Explanation(Title.ProvincialCertificateOfMerit, RecommendationStatus.Recommended, "VN-ND98-2023", 1,
            "Luật TĐKT 06/2022/QH15 Điều 74 (đoạn thử; điều, khoản chưa xác nhận)",
            [
                new Condition("award.period_counted_again", true, LegalArticles.AwardPeriodNotRestarted,
                    [new Fact("title", "Title.ProvincialCertificateOfMerit"), new Fact("year", "2023"), new Fact("decision", "12/QĐ-UBND")]),
                new Condition("aw.rating", true, LegalArticles.For(Title.AdvancedWorker), [new Fact("rating", "Excellent"), new Fact("required", "Good / Excellent")]),
            ],
            null);
        var facts = new NomineeFacts
        {
            NominationId = 1, Title = Title.ProvincialCertificateOfMerit, Year = 2024, CampaignName = "Phong trào thi đua năm 2024",
            UnitName = "Phòng Tổng hợp", AgencyName = "Văn phòng UBND tỉnh", Explanation = explanation,
        };

        var text = new AchievementReportBuilder(Options.Create(new DocumentOptions())).DefaultAchievements(facts);

        Assert.Contains("(Luật TĐKT 06/2022/QH15 Điều 74):", text, StringComparison.Ordinal);
        Assert.Contains("Xếp loại chất lượng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xác nhận", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tính lại", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCouncilMinutes_QuoteTheVotingArticle_WithoutOurNote()
    {
        var minutes = new CouncilMinutes
        {
            AgencyName = "Văn phòng UBND tỉnh", Place = "Quảng Trị", HeldOn = new DateOnly(2025, 12, 10), CampaignName = "Phong trào 2025",
            ChairName = "Chủ tịch", SecretaryName = "Thư ký", Members = [], RequiredPresent = 0, QuorumShare = "2/3",
            RuleSetName = "VN-ND152-2025 v1", Article = RuleSetCatalog.Decree152.Council.Article, Rows = [],
        };

        Assert.Contains("(Nghị định 98/2023/NĐ-CP Điều 30 khoản 7)", minutes.VoteRule, StringComparison.Ordinal);
        Assert.DoesNotContain("xác nhận", minutes.VoteRule, StringComparison.Ordinal);
    }
}
