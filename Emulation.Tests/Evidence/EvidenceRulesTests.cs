using Emulation.Domain.Campaigns;
using Emulation.Tests.Infrastructure;
using Emulation.Domain.Results;
using Emulation.Web.Services.EvidenceFiles;
using EvidenceEntity = Emulation.Domain.Results.Evidence;

namespace Emulation.Tests.Evidence;

/// <summary>The domain's checks on an attached file, and the content sniffing that feeds them.</summary>
public sealed class EvidenceRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private const string Key = "0123456789abcdef0123456789abcdef";

    private static Campaign Launched()
    {
        var campaign = Campaign.Draft("Thi đua năm 2026", 2026, CampaignKind.Yearly).Value;
        campaign.AddCriterion(Criterion.Scored("VB", "Văn bản", "I", 100, "văn bản"));
        Assert.True(campaign.ReadyToLaunch().Launch("congdoan", At, TestCampaigns.Field).IsSuccess);
        return campaign;
    }

    private static Emulation.Domain.Common.Result<EvidenceEntity> Attach(Campaign campaign, string? name = "bao-cao.pdf",
        EvidenceKind? kind = EvidenceKind.Pdf, long size = 1000, UnitResult? results = null, string? criterion = null) =>
        EvidenceEntity.Attach(campaign, 0, results, criterion, name, kind, size, EvidenceEntity.DefaultMaxBytes, Key,
            "tp.th", At);

    [Theory]
    [InlineData("C:\\Users\\an\\Desktop\\bao-cao.pdf", "bao-cao.pdf")]
    [InlineData("../../etc/bao-cao.pdf", "bao-cao.pdf")]
    [InlineData("  Biên bản họp.pdf ", "Biên bản họp.pdf")]
    public void Attach_KeepsOnlyTheLastSegmentOfTheName(string given, string kept)
    {
        var attached = Attach(Launched(), given);

        Assert.Equal(kept, attached.Value.FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("folder/")]
    [InlineData("..")]
    [InlineData("bao\u0000cao.pdf")]
    public void Attach_WithANameThatIsNotSane_Fails(string name)
    {
        Assert.Equal("evidence.name_invalid", Assert.Single(Attach(Launched(), name).Errors).Code);
    }

    [Fact]
    public void Attach_WithANameTooLong_Fails()
    {
        var name = new string('a', EvidenceEntity.FileNameMaxLength) + ".pdf";

        Assert.Equal("evidence.name_invalid", Assert.Single(Attach(Launched(), name).Errors).Code);
    }

    [Fact]
    public void Attach_OfAnUnrecognisedKind_Fails()
    {
        Assert.Equal("evidence.type_not_allowed", Assert.Single(Attach(Launched(), kind: null).Errors).Code);
    }

    [Fact]
    public void Attach_OverTheLimit_FailsWithTheLimitInMegabytes()
    {
        var error = Assert.Single(Attach(Launched(), size: EvidenceEntity.DefaultMaxBytes + 1).Errors);

        Assert.Equal("evidence.too_large", error.Code);
        Assert.Equal("10", error.Item);
    }

    [Fact]
    public void Attach_ToAnUnknownCriterion_Fails()
    {
        Assert.Equal("result.unknown_criterion", Assert.Single(Attach(Launched(), criterion: "KHONG_CO").Errors).Code);
    }

    [Fact]
    public void Attach_ToSubmittedResults_Fails()
    {
        var campaign = Launched();
        campaign.OpenResults("congdoan", At);
        var results = UnitResult.Start(campaign.Id, 0);
        results.Record(campaign.Criteria, new Dictionary<string, decimal?> { ["VB"] = 10 });
        Assert.True(results.Submit(campaign.Criteria, "tp.th", At).IsSuccess);

        Assert.Equal("evidence.not_editable", Assert.Single(Attach(campaign, results: results).Errors).Code);
    }

    [Theory]
    [InlineData(Emulation.Domain.Pledges.SubmissionStatus.Returned, true)]
    [InlineData(Emulation.Domain.Pledges.SubmissionStatus.Submitted, false)]
    [InlineData(Emulation.Domain.Pledges.SubmissionStatus.Accepted, false)]
    [InlineData(null, false)]
    public void InReview_OnlyAUnitWhoseResultsWereReturned_ChangesItsEvidence(Emulation.Domain.Pledges.SubmissionStatus? results, bool editable) =>
        Assert.Equal(editable, EvidenceEntity.CheckEditable(CampaignStatus.Review, results).IsSuccess);

    [Fact]
    public void Attach_AfterTheCampaignMovedToReview_Fails()
    {
        var campaign = Launched();
        campaign.OpenResults("congdoan", At);
        campaign.StartReview("congdoan", At);

        Assert.Equal("evidence.not_editable", Assert.Single(Attach(campaign).Errors).Code);
    }

    [Fact]
    public void Attach_ToACriterion_KeepsTheSniffedContentType()
    {
        var attached = Attach(Launched(), "anh-chup.png", EvidenceKind.Png, criterion: "VB").Value;

        Assert.Equal("VB", attached.CriterionCode);
        Assert.Equal("image/png", attached.ContentType);
        Assert.Equal(Key, attached.StorageKey);
    }

    [Fact]
    public void Sniffer_TellsTheAcceptedKindsFromTheirContent()
    {
        Assert.Equal(EvidenceKind.Pdf, EvidenceSniffer.Detect(SampleFiles.Pdf()));
        Assert.Equal(EvidenceKind.Png, EvidenceSniffer.Detect(SampleFiles.Png()));
        Assert.Equal(EvidenceKind.Jpeg, EvidenceSniffer.Detect(SampleFiles.Jpeg()));
        Assert.Equal(EvidenceKind.Docx, EvidenceSniffer.Detect(SampleFiles.Docx()));
    }

    [Fact]
    public void Sniffer_RefusesImpostors()
    {
        Assert.Null(EvidenceSniffer.Detect(SampleFiles.Executable()));
        Assert.Null(EvidenceSniffer.Detect(SampleFiles.Text()));
        Assert.Null(EvidenceSniffer.Detect(SampleFiles.PlainZip()));
        Assert.Null(EvidenceSniffer.Detect("PK\u0003\u0004 not really a zip"u8.ToArray()));
    }
}
