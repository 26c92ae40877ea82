using System.Globalization;
using Emulation.Domain.Awards;
using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Domain.Rules;
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
    public void RuleSetErrors_AnAdministratorCanMeet_AreWordedInVietnamese_NotTheDomainsEnglish()
    {
        var noneInForce = Assert.Single(RuleSetCatalog.InForce(new DateOnly(2023, 12, 31)).Errors);
        Assert.Equal("Không có bộ quy tắc xét khen thưởng nào có hiệu lực cho phạm vi 'VN' vào thời điểm này; quản trị viên cần tạo hoặc gia hạn bộ quy tắc.",
            Wording.Vietnamese.Describe(noneInForce));
        Assert.Equal("Bộ quy tắc 'QT-1' có ngày hết hiệu lực trước ngày bắt đầu hiệu lực.", Wording.Vietnamese.Describe(RuleSetErrors.InvalidPeriod("QT-1")));
        Assert.Equal("Giá trị 'X' phải từ 0 trở lên.", Wording.Vietnamese.Describe(RuleSetErrors.InvalidCount("X")));
        Assert.Contains("từ 0 đến 1", Wording.Vietnamese.Describe(RuleSetErrors.InvalidShare("X")), StringComparison.Ordinal);
        Assert.Contains("Lao động tiên tiến", Wording.Vietnamese.Describe(RuleSetErrors.InvalidLongService(nameof(Title.AdvancedWorker))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomainError_NamingADay_WritesItAsThePagesWriteDays_NotTheDomainsIsoForm()
    {
        var transfer = OrganizationErrors.TransferBeforeRecruitment(new DateOnly(2010, 1, 1), new DateOnly(2013, 2, 1));

        var text = await Cultures.ReadInAsync("vi-VN", () => Task.FromResult(Wording.Vietnamese.Describe(transfer)));

        Assert.Equal("Ngày điều chuyển trước ngày tuyển dụng (01/02/2013).", text);
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
    public void ScoreLine_AYesNoCriterionWithNoValue_IsMissing_NotNo()
    {
        var score = new InputBuilder().Unit(new UnitBuilder(1).NoValue("CN")).Evaluate().UnitScores.Single();
        var answeredNo = new InputBuilder().Unit(new UnitBuilder(1).Value("CN", 0m)).Evaluate().UnitScores.Single().LineFor("CN")!;

        var line = score.LineFor("CN")!;
        Assert.Equal((LineStatus.Missing, (decimal?)null), (line.Status, line.Value));
        Assert.True(score.HasMissing);
        Assert.Equal("CN: chưa có số liệu (thiếu), 0/10 điểm, không coi là 0.", Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, line));
        Assert.Equal("CN: không: 0 điểm = 0 / 10", Wording.ScoreLine(Wording.Vietnamese, Wording.VietnameseCulture, answeredNo));
    }

    [Fact]
    public void LongService_ABrokenTenure_SaysItsPeriodsWereCountedApart_WithTheArticle()
    {
        var rules = RuleSetCatalog.Decree152;
        var broken = Emulation.Domain.LongService.LongServiceEligibility.Assess(new Emulation.Domain.LongService.ServiceHistory(1, 1,
            [new("Trưởng phòng", new DateOnly(2016, 1, 1), new DateOnly(2019, 4, 30)), new("Trưởng phòng", new DateOnly(2021, 1, 1), new DateOnly(2024, 4, 30))],
            null, null, []), rules.LongService.Rules[0], rules, new DateOnly(2025, 12, 31));
        var unbroken = Emulation.Domain.LongService.LongServiceEligibility.Assess(new Emulation.Domain.LongService.ServiceHistory(1, 1,
            [new("Trưởng phòng", new DateOnly(2016, 1, 1), new DateOnly(2024, 4, 30))], null, null, []), rules.LongService.Rules[0], rules,
            new DateOnly(2025, 12, 31));

        var text = Wording.LongService(Wording.Vietnamese, Wording.VietnameseCulture, broken.Explanation);

        Assert.Contains("Thời gian giữ chức vụ bị gián đoạn: 2 giai đoạn được tính riêng", text, StringComparison.Ordinal);
        Assert.Contains($"(căn cứ {LongServiceRules.DefaultArticle}; luật chưa quy định cách tính khi gián đoạn)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gián đoạn", Wording.LongService(Wording.Vietnamese, Wording.VietnameseCulture, unbroken.Explanation),
            StringComparison.Ordinal);
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
            Quota = new QuotaArithmetic(Title.AdvancedWorker, 15m, QuotaBase.Headcount, 10,
                RoundingMode.Down, 1, 2, QuotaScope.PerUnit, 3, "KH"),
        };
        var converter = Emulation.Web.Data.Configurations.JsonColumn.Converter<Explanation>();

        var read = (Explanation)converter.ConvertFromProvider(converter.ConvertToProvider(explanation))!;

        var subject = new ExplainedSubject("A", "Phòng B", false);
        Assert.Equal(Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, explanation, subject),
            Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, read, subject));
        Assert.Contains("Hạn mức (đơn vị Phòng B): 15 % × 10", Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, read, subject),
            StringComparison.Ordinal);
    }

    [Fact]
    public void TieBreak_SaysWithWhomAndByWhichRule_InTheReadersLanguageAndNumbers()
    {
        var byPoints = new TieBreak(7, 85.5m, Ahead: true, TieBreakStep.PointsOn("KQ1"));
        var byWomen = new TieBreak(7, 90m, Ahead: false, TieBreakStep.WomenRule) { WomenShare = new Fraction(7, 10) };
        var byUnitId = new TieBreak(7, 90m, Ahead: true, DecidedBy: null);

        Assert.Equal("Bằng tổng điểm 85,5 với đơn vị Phòng Kế toán; xếp trên theo điểm tiêu chí KQ1.",
            Wording.TieBreak(Wording.Vietnamese, Wording.VietnameseCulture, byPoints, "Phòng Kế toán"));
        Assert.Equal("Tied on total 85.5 with unit Phòng Kế toán; ranked above by points on criterion KQ1.",
            Wording.TieBreak(Wording.In(English), English, byPoints, "Phòng Kế toán"));
        Assert.Equal("Bằng tổng điểm 90 với đơn vị KT; xếp dưới theo ưu tiên tập thể có từ 70% nữ trở lên.",
            Wording.TieBreak(Wording.Vietnamese, Wording.VietnameseCulture, byWomen, "KT"));
        Assert.Equal("Tied on total 90 with unit KT; ranked below by the women rule (collective with ≥ 70% women).",
            Wording.TieBreak(Wording.In(English), English, byWomen, "KT"));
        Assert.Equal("Bằng tổng điểm 90 với đơn vị KT; xếp trên theo mã đơn vị nhỏ hơn (quy tắc cố định cuối cùng).",
            Wording.TieBreak(Wording.Vietnamese, Wording.VietnameseCulture, byUnitId, "KT"));
        Assert.Equal("Tied on total 90 with unit KT; ranked above by lower unit id (final deterministic rule).",
            Wording.TieBreak(Wording.In(English), English, byUnitId, "KT"));
    }

    [Fact]
    public void TieBreaks_OfARankedUnit_NameTheOtherUnits_OneSentenceEach_AndNothingWithoutATie()
    {
        var eval = new InputBuilder().Unit(new UnitBuilder(1)).Unit(new UnitBuilder(2)).Unit(new UnitBuilder(3)).Evaluate();
        static string Name(int id) => $"Phòng {id}";

        var middle = eval.Rankings.Single(r => r.UnitId == 2);
        var text = Wording.TieBreaks(Wording.Vietnamese, Wording.VietnameseCulture, middle.TieBreaks, Name);

        var total = middle.Total.ToString("0.####", Wording.VietnameseCulture);
        Assert.Equal($"Bằng tổng điểm {total} với đơn vị Phòng 1; xếp dưới theo mã đơn vị nhỏ hơn (quy tắc cố định cuối cùng). " +
            $"Bằng tổng điểm {total} với đơn vị Phòng 3; xếp trên theo mã đơn vị nhỏ hơn (quy tắc cố định cuối cùng).", text);
        Assert.Null(Wording.TieBreaks(Wording.Vietnamese, Wording.VietnameseCulture, [], Name));
    }

    [Fact]
    public void Vote_SpellsOutTheArithmetic_InVietnameseAndEnglish()
    {
        var rules = InputBuilder.Rules;
        var basis = $"{rules.Council.Article}; bộ quy tắc {rules.Id} phiên bản {rules.Version}.";
        var basisEn = $"{rules.Council.Article}; rule set {rules.Id} version {rules.Version}.";
        var recused = CouncilVote.Decide(new BallotTally(10, 8, 7, 1, 0), Title.GrassrootsEmulationFighter, rules, [BallotChoice.Yes]).Value;

        Assert.Equal("Chiến sĩ thi đua cơ sở: KHÔNG ĐẠT. Có mặt 8/10 (cần 7, tỷ lệ 2/3): đủ túc số. Đồng ý 6; cần ít nhất 4/5 (8) — " +
            "mẫu số là TỔNG SỐ 10 thành viên Hội đồng, không phải số có mặt (8); 1 thành viên không tham gia biểu quyết vẫn được " +
            "tính vào mẫu số. Căn cứ " + basis, Wording.Vote(Wording.Vietnamese, Wording.VietnameseCulture, recused));
        Assert.Equal("Grassroots Emulation Fighter: FAILED. Present 8/10 (quorum 7, share 2/3): quorum met. Yes 6; needs at least 4/5 (8) — " +
            "the denominator is ALL 10 council members, not those present (8); 1 recused member(s) still count in it. Basis " + basisEn,
            Wording.Vote(Wording.In(English), English, recused));
    }

    [Fact]
    public void Vote_WithRecusedLeavingTheDenominator_AndWrittenBallots_SaysSo()
    {
        var rules = InputBuilder.Rules with
        {
            Council = InputBuilder.Rules.Council with
            {
                Recusal = RecusalDenominator.AllMembersExceptRecused,
                WrittenBallotsOfAbsentMembers = true,
            },
        };
        var outcome = CouncilVote.Decide(new BallotTally(5, 4, 4, 0, 0) { Written = 1 }, Title.AdvancedWorker, rules, [BallotChoice.Yes]).Value;

        var vi = Wording.Vote(Wording.Vietnamese, Wording.VietnameseCulture, outcome);
        var en = Wording.Vote(Wording.In(English), English, outcome);

        Assert.Contains("Lao động tiên tiến: ĐẠT. Có mặt 4/5 (cần 4, tỷ lệ 2/3): đủ túc số. Đồng ý 3; cần trên 1/2 (3) — mẫu số là tổng số " +
            "5 thành viên Hội đồng trừ 1 thành viên không tham gia biểu quyết (quy định của bộ quy tắc). Trong số phiếu có 1 phiếu " +
            "bằng văn bản của thành viên vắng mặt (căn cứ Nghị định 91/2017/NĐ-CP Điều 45 khoản 8, theo bộ quy tắc). Căn cứ ", vi,
            StringComparison.Ordinal);
        Assert.Contains("Advanced Worker: PASSED. Present 4/5 (quorum 4, share 2/3): quorum met. Yes 3; needs more than 1/2 (3) — the " +
            "denominator is all 5 council members less 1 recused (rule-set setting). Of the ballots, 1 were cast in writing by absent " +
            "members (Nghị định 91/2017/NĐ-CP Điều 45 khoản 8, per the rule set). Basis ", en, StringComparison.Ordinal);
    }

    [Fact]
    public void VoteOutcome_RoundTripsThroughItsStoredForm()
    {
        var outcome = CouncilVote.Decide(new BallotTally(7, 6, 5, 1, 0), Title.AdvancedWorker, InputBuilder.Rules).Value;
        var converter = Emulation.Web.Data.Configurations.JsonColumn.Converter<VoteOutcome>();

        var read = (VoteOutcome)converter.ConvertFromProvider(converter.ConvertToProvider(outcome))!;

        Assert.Equal(outcome, read);
        Assert.Equal("(biên bản cũ)", Wording.Ballot(Wording.Vietnamese, Wording.VietnameseCulture, null, "(biên bản cũ)"));
        Assert.Equal(Wording.Vote(Wording.Vietnamese, Wording.VietnameseCulture, read),
            Wording.Ballot(Wording.Vietnamese, Wording.VietnameseCulture, read, null));
    }
}
