using Emulation.Domain.Campaigns;
using Emulation.Domain.Pledges;

namespace Emulation.Tests.Domain.Entities;

[Trait("Category", "Fast")]
public sealed class SubmittableTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 31, 20, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<Criterion> Table = [Criterion.Scored("VB", "Văn bản", "I", 50, "văn bản")];

    private static Pledge Submitted()
    {
        var pledge = Pledge.Start(1, 1);
        pledge.SetTargets(Table, new Dictionary<string, decimal?> { ["VB"] = 100 });
        pledge.Submit("tp.th", At);
        return pledge;
    }

    [Fact]
    public void Return_WithoutAReason_Fails()
    {
        var pledge = Submitted();

        Assert.Equal("submission.reason_required", Assert.Single(pledge.Return("congdoan", At, " ").Errors).Code);
        Assert.Equal(SubmissionStatus.Submitted, pledge.Status);
    }

    [Fact]
    public void Returned_CanBeChangedAndResubmitted_WhichClearsTheReason()
    {
        var pledge = Submitted();
        pledge.Return("congdoan", At, "Chỉ tiêu văn bản thấp hơn năm trước");

        Assert.Equal("Chỉ tiêu văn bản thấp hơn năm trước", pledge.ReturnReason);
        Assert.True(pledge.SetTargets(Table, new Dictionary<string, decimal?> { ["VB"] = 120 }).IsSuccess);
        Assert.True(pledge.Submit("tp.th", At).IsSuccess);
        Assert.Null(pledge.ReturnReason);
        Assert.True(pledge.Accept("congdoan", At).IsSuccess);
        Assert.Equal(SubmissionStatus.Accepted, pledge.Status);
    }

    [Fact]
    public void Accept_BeforeSubmission_Fails() =>
        Assert.Equal("submission.not_awaiting_review", Assert.Single(Pledge.Start(1, 1).Accept("congdoan", At).Errors).Code);

    [Fact]
    public void Accept_Twice_Fails()
    {
        var pledge = Submitted();
        pledge.Accept("congdoan", At);

        Assert.False(pledge.Accept("congdoan", At).IsSuccess);
    }

    [Theory]
    [InlineData(2026, 3, 31, true)] // 20:00 UTC on 31 March is 03:00 on 1 April in Vietnam: a day late
    [InlineData(2026, 4, 1, false)]
    [InlineData(2026, 4, 2, false)]
    public void IsLate_ComparesTheDayInVietnam(int year, int month, int day, bool late)
    {
        var pledge = Submitted();

        Assert.Equal(late, pledge.IsLate(new DateOnly(year, month, day), TimeSpan.FromHours(7)));
    }
}
