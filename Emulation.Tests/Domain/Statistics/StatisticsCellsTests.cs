using Emulation.Domain.Awards;
using Emulation.Domain.Rules;
using Emulation.Domain.Statistics;

namespace Emulation.Tests.Domain.Statistics;

/// <summary>
/// Where an award counts in the year-end reports: the granting level read from the issuer (or the title's rule), the
/// cells of form 0603.N/BNV-TĐKT and of the province's summary, and a revoked award counted only among the excluded.
/// </summary>
[Trait("Category", "Fast")]
public sealed class StatisticsCellsTests
{
    private static readonly GrantingRules Rules = new();

    [Theory]
    [InlineData("Chủ tịch UBND tỉnh Lâm Đồng", Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", Title.ProvincialEmulationFlag, AwardingLevel.ProvincialChairman)]
    [InlineData("Thủ tướng Chính phủ", Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister)]
    [InlineData("Chủ tịch nước", Title.LabourOrderThirdClass, AwardingLevel.StatePresident)]
    [InlineData("Chánh Văn phòng UBND tỉnh", Title.CertificateOfCommendation, AwardingLevel.HeadOfAgency)]
    [InlineData("Ghi nhận qua API (chưa có số quyết định)", Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman)]
    [InlineData("Ghi nhận qua API (chưa có số quyết định)", Title.AdvancedWorker, AwardingLevel.HeadOfAgency)]
    public void IssuingLevel_IsTheNamedAuthority_ElseTheTitlesRule(string issuer, Title title, AwardingLevel expected) =>
        Assert.Equal(expected, IssuingLevels.Of(issuer, title, Rules));

    [Fact]
    public void Form0603_CountsAProvincialCollectiveThematicMeritCertificate_InItsThreeRowsAndTwoColumns()
    {
        var award = new CountedAward(1, Title.CollectiveProvincialCertificateOfMerit, AwardKind.Thematic, true,
            AwardingLevel.ProvincialChairman, 7, false);

        var cells = HomeAffairsForm0603.CellsOf(award).ToHashSet();

        Assert.Equal(
            new HashSet<StatCell> { new("01", "1"), new("01", "2"), new("02", "1"), new("02", "2"), new("12", "1"), new("12", "2") },
            cells);
    }

    [Fact]
    public void AResistanceAward_CountsInTheResistanceRowOfBothForms()
    {
        var provincial = new CountedAward(1, Title.ProvincialCertificateOfMerit, AwardKind.Resistance, false,
            AwardingLevel.ProvincialChairman, 7, false);
        var state = provincial with { Title = Title.LabourOrderThirdClass, Level = AwardingLevel.StatePresident };

        Assert.Contains(new StatCell("17", HomeAffairsForm0603.MeritColumn), HomeAffairsForm0603.CellsOf(provincial));
        Assert.Contains(new StatCell("21", "2b"), HomeAffairsForm0602.CellsOf(state));
        Assert.Equal(RowStyle.Item, HomeAffairsForm0603.Rows.Single(r => r.Code == "17").Style);
        Assert.Equal(RowStyle.Item, HomeAffairsForm0602.Rows.Single(r => r.Code == "21").Style);
    }

    [Theory]
    [InlineData(Title.ProvincialCertificateOfMerit, AwardingLevel.HeadOfAgency)]
    [InlineData(Title.ExcellentLabourCollective, AwardingLevel.ProvincialChairman)]
    [InlineData(Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister)]
    [InlineData(Title.AdvancedWorker, AwardingLevel.HeadOfAgency)]
    public void Form0603_LeavesOutWhatTheProvinceDidNotGrantOrTheFormDoesNotAsk(Title title, AwardingLevel level) =>
        Assert.Empty(HomeAffairsForm0603.CellsOf(new CountedAward(1, title, AwardKind.Merit, false, level, 7, false)));

    [Fact]
    public void ARevokedAward_CountsOnlyAmongTheExcluded_InBothReports()
    {
        var award = new CountedAward(1, Title.ProvincialEmulationFighter, AwardKind.Merit, false, AwardingLevel.ProvincialChairman, 7, true);

        Assert.Equal([StatCell.RevokedExcluded], HomeAffairsForm0603.CellsOf(award));
        Assert.Equal([StatCell.RevokedExcluded], ProvinceSummary.CellsOf(award));
        Assert.Empty(HomeAffairsForm0603.CellsOf(award with { Title = Title.AdvancedWorker, Level = AwardingLevel.HeadOfAgency }));
    }

    [Fact]
    public void Summary_CountsAnAwardOnceInEachBreakdown_UnderItsTitleAndTheTotal()
    {
        var awards = new[]
        {
            new CountedAward(1, Title.AdvancedWorker, AwardKind.Merit, false, AwardingLevel.HeadOfAgency, 7, false),
            new CountedAward(2, Title.AdvancedWorker, AwardKind.Merit, false, AwardingLevel.HeadOfAgency, 8, false),
            new CountedAward(3, Title.ProvincialEmulationFlag, AwardKind.Thematic, true, AwardingLevel.ProvincialChairman, 8, false),
        };

        var counts = StatCounts.Count(awards, ProvinceSummary.CellsOf);

        Assert.Equal(3, counts[new(ProvinceSummary.Total, ProvinceSummary.Total)]);
        Assert.Equal(2, counts[new(ProvinceSummary.UnitRow(8), ProvinceSummary.Total)]);
        Assert.Equal(2, counts[new(ProvinceSummary.AgencyLevel, ProvinceSummary.TitleColumn(Title.AdvancedWorker))]);
        Assert.Equal(1, counts[new(ProvinceSummary.KindRow(AwardKind.Thematic), ProvinceSummary.TitleColumn(Title.ProvincialEmulationFlag))]);
        Assert.Equal(1, counts[new(ProvinceSummary.Collective, ProvinceSummary.Total)]);
        Assert.False(counts.ContainsKey(StatCell.RevokedExcluded));
    }
}
