using Emulation.Domain.Consultations;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Consultations;
using Emulation.Web.Services.Council;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Consultations;

/// <summary>
/// Public consultation through the real services on a migrated SQLite file, on a clock the test moves: publish, comment,
/// moderate, the council's gate and the days off; every call by the wrong user.
/// </summary>
/// <remarks>The app starts on Thursday 3 December 2026, 09:00 in Hà Nội: ten working days end on Thursday 17 December.</remarks>
public sealed class ConsultationServiceTests() : FreshAppTests(SettableClock.OnOfficeDay(new DateOnly(2026, 12, 3)))
{
    private CouncilScenario _scenario = null!;

    private ConsultationService Consultations => App.Service<ConsultationService>();
    private CouncilSessionService Sessions => App.Service<CouncilSessionService>();
    private WorkingCalendarService Calendar => App.Service<WorkingCalendarService>();

    public override async ValueTask InitializeAsync() => _scenario = await CouncilScenario.SeedAsync(App);

    private static OpenSessionInput Input(DateTime? heldOn = null) => new() { ChairUserName = "hoidong1", HeldOn = heldOn };

    [Fact]
    public async Task Publish_ListsOnlyTheTitlesThatNeedIt_AndTheCouncilOpensOnlyAfterTheLastDay()
    {
        var published = await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3));

        Assert.True(published.IsSuccess, string.Join("; ", published.Errors));
        var plan = await Consultations.GetPlanAsync(TestActors.Officer, _scenario.CampaignId);
        var list = Assert.Single(plan.Consultations);
        Assert.Equal((new DateOnly(2026, 12, 17), 10), (list.LastDay, list.WorkingDays));
        Assert.Equal([_scenario.ProvincialFighter], list.Nominees.Select(n => n.NominationId));
        Assert.Contains("chưa xác nhận", list.Article, StringComparison.Ordinal);
        Assert.Empty(plan.AwaitingPublication);

        Clock.Advance(TimeSpan.FromDays(14)); // Thursday 17/12, the last day
        var early = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input(new DateTime(2026, 12, 18)));
        var error = Assert.Single(early.Errors);
        Assert.Equal(("consultation.still_open", "17/12/2026"), (error.Code, error.Item));
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.CouncilSessions.AnyAsync(s => s.CampaignId == _scenario.CampaignId));
        }

        Clock.Advance(TimeSpan.FromDays(1));
        var backdated = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input(new DateTime(2026, 12, 17)));
        Assert.Equal("consultation.still_open", Assert.Single(backdated.Errors).Code);
        Assert.True((await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input())).IsSuccess);
    }

    [Fact]
    public async Task APublish_LeavesTheCampaignsVersion_SoItsEditorOpenedBeforeStillSaves_AndAStaleOneIsStillRefused()
    {
        var campaigns = App.Service<CampaignService>();
        var opened = (await campaigns.GetAsync(TestActors.Officer, _scenario.CampaignId))!;
        var criterion = opened.Criteria[0];

        Assert.True((await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3))).IsSuccess);

        Assert.Equal(opened.Version, (await campaigns.GetAsync(TestActors.Officer, _scenario.CampaignId))!.Version);
        var saved = await campaigns.AmendMaxPointsAsync(TestActors.Officer, _scenario.CampaignId, criterion.Code, criterion.MaxPoints + 5,
            "Điều chỉnh thang điểm theo hướng dẫn mới.", opened.Version);
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        var stale = await campaigns.AmendMaxPointsAsync(TestActors.Officer, _scenario.CampaignId, criterion.Code, criterion.MaxPoints,
            "Trả lại thang điểm cũ.", opened.Version);
        Assert.Equal(ConcurrencyErrors.Code, Assert.Single(stale.Errors).Code);
    }

    [Fact]
    public async Task ANomineeNeverPublished_KeepsTheCouncilFromOpening_AndIsNamed_UntilPublishedAndTheWindowHasClosed()
    {
        string fighter;
        await using (var db = await App.DbAsync())
        {
            fighter = await db.Nominations.Where(n => n.Id == _scenario.ProvincialFighter)
                .Join(db.People, n => n.PersonId, p => p.Id, (_, p) => p.FullName).SingleAsync();
        }

        var unpublished = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input(new DateTime(2026, 12, 10)));

        // Only the title put to consultation is named: the Lao động tiên tiến and the collective need none.
        var error = Assert.Single(unpublished.Errors);
        Assert.Equal(("consultation.not_published", $"{fighter} (Chiến sĩ thi đua cấp tỉnh)"), (error.Code, error.Item));
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.CouncilSessions.AnyAsync(s => s.CampaignId == _scenario.CampaignId));
            var logged = await db.Refusals.Where(r => r.Area == "council" && r.Action == "open").Select(r => r.ErrorsJson).SingleAsync();
            Assert.Equal(error, Assert.Single(Emulation.Web.Data.Auditing.Refusal.ReadErrors(logged)));
        }

        // Published today, the nominee is no longer unpublished: the window that runs now refuses instead.
        Assert.True((await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3))).IsSuccess);
        var running = await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input(new DateTime(2026, 12, 10)));
        Assert.Equal("consultation.still_open", Assert.Single(running.Errors).Code);

        Clock.Advance(TimeSpan.FromDays(15)); // Friday 18/12, the day after the last
        Assert.True((await Sessions.OpenAsync(TestActors.Officer, _scenario.CampaignId, Input())).IsSuccess);
    }

    [Fact]
    public async Task TheCouncilApi_RefusesANomineeNeverPublished_As409_NamingThemInVietnamese()
    {
        var problem = await ConsultationDriver.OpeningRefusedByTheApiAsync(App, _scenario.CampaignId);

        var reason = Assert.Single(problem["reasons"]!.AsArray())!;
        Assert.Equal("consultation.not_published", (string?)reason["code"]);
        Assert.EndsWith(" (Chiến sĩ thi đua cấp tỉnh)", (string?)reason["item"], StringComparison.Ordinal);
        Assert.StartsWith($"Đề nghị khen thưởng {(string?)reason["item"]} chưa được công khai để lấy ý kiến",
            (string?)problem["detail"], StringComparison.Ordinal);
        await using var db = await App.DbAsync();
        Assert.False(await db.CouncilSessions.AnyAsync());
    }

    [Fact]
    public async Task Publish_Again_WithNothingNew_IsRefused_AndOnAPastDay_IsRefused()
    {
        var past = await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 2));
        Assert.True((await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 4))).IsSuccess);
        var again = await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 4));

        Assert.Equal("consultation.published_in_past", Assert.Single(past.Errors).Code);
        Assert.Equal("consultation.nothing_to_publish", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public async Task ADayOffInTheWindow_LengthensIt()
    {
        Assert.True((await Calendar.AddAsync(TestActors.Admin, new DateOnly(2026, 12, 8), "Ngày nghỉ bù thử")).IsSuccess);
        var duplicate = await Calendar.AddAsync(TestActors.Admin, new DateOnly(2026, 12, 8), "Lần nữa");

        await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3));

        Assert.Equal(("holiday.already_listed", "08/12/2026"), (Assert.Single(duplicate.Errors).Code, duplicate.Errors[0].Item));
        var list = Assert.Single((await Consultations.GetPlanAsync(TestActors.Officer, _scenario.CampaignId)).Consultations);
        Assert.Equal(new DateOnly(2026, 12, 18), list.LastDay);
        Assert.Contains(await Calendar.ListAsync(TestActors.Admin, 2026), h => h.Date == new DateOnly(2026, 12, 8));
        Assert.True((await Calendar.RemoveAsync(TestActors.Admin, new DateOnly(2026, 12, 8))).IsSuccess);
        Assert.Equal("holiday.not_found", Assert.Single((await Calendar.RemoveAsync(TestActors.Admin, new DateOnly(2026, 12, 8))).Errors).Code);
    }

    [Fact]
    public async Task TheSeededCalendar_Knows2026And2027()
    {
        var days2026 = await Calendar.ListAsync(TestActors.Admin, 2026);
        var days2027 = await Calendar.ListAsync(TestActors.Admin, 2027);

        Assert.Contains(days2026, h => h.Date == new DateOnly(2026, 2, 17) && h.Name.Contains("Tết Nguyên đán", StringComparison.Ordinal));
        Assert.Contains(days2026, h => h.Date == new DateOnly(2026, 4, 27) && h.Name.Contains("Giỗ Tổ", StringComparison.Ordinal));
        Assert.Contains(days2026, h => h.Date == new DateOnly(2026, 9, 2));
        Assert.Contains(days2027, h => h.Date == new DateOnly(2027, 4, 16) && h.Name.Contains("Giỗ Tổ", StringComparison.Ordinal));
        Assert.Contains(days2027, h => h.Date == new DateOnly(2027, 2, 5));
    }

    [Fact]
    public async Task Comments_WaitForTheOfficer_AndTheCouncilReadsTheAcceptedOnes_WithTheHiddenCounted()
    {
        var id = (await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3))).Value;
        var list = Assert.Single(await Consultations.OpenForPublicAsync());
        Assert.Equal(id, list.Id);

        Assert.True((await Consultations.SubmitCommentAsync(new PublicCommentInput
        {
            ConsultationId = id, NominationId = _scenario.ProvincialFighter, AuthorName = "Trần Thị B", Contact = "b@example.vn",
            Text = "Đồng chí có sáng kiến được áp dụng toàn tỉnh.",
        })).IsSuccess);
        Assert.True((await Consultations.SubmitCommentAsync(new PublicCommentInput
        {
            ConsultationId = id, AuthorName = "Lê C", Contact = "0900000000", Text = "Nội dung không liên quan.",
        })).IsSuccess);
        var refused = await Consultations.SubmitCommentAsync(new PublicCommentInput
        {
            ConsultationId = id, NominationId = _scenario.Worker, AuthorName = "", Contact = "x", Text = "y",
        });
        Assert.Equal(["consultation.nominee_not_listed", "consultation.name_required"], refused.Errors.Select(e => e.Code));

        var pending = await Consultations.GetPlanAsync(TestActors.Officer, _scenario.CampaignId);
        Assert.Equal(2, pending.PendingCount);
        var first = pending.Comments.Single(c => c.AuthorName == "Trần Thị B");
        var second = pending.Comments.Single(c => c.AuthorName == "Lê C");
        Assert.Equal("b@example.vn", first.Contact);
        Assert.Empty((await Consultations.GetPlanAsync(TestActors.Council, _scenario.CampaignId)).Comments);

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await Consultations.ModerateAsync(TestActors.Officer, first.Id, accept: true)).IsSuccess);
        Assert.True((await Consultations.ModerateAsync(TestActors.Officer, second.Id, accept: false)).IsSuccess);
        Assert.Equal("consultation.already_moderated",
            Assert.Single((await Consultations.ModerateAsync(TestActors.Officer, second.Id, accept: false)).Errors).Code);

        foreach (var reader in new[] { TestActors.Council, TestActors.Leader })
        {
            var plan = await Consultations.GetPlanAsync(reader, _scenario.CampaignId);
            var shown = Assert.Single(plan.Comments);
            Assert.Equal(("Trần Thị B", null, CommentStatus.Accepted, 1), (shown.AuthorName, shown.Contact, shown.Status, plan.HiddenCount));
            Assert.False(plan.CanModerate);
        }

        await using var db = await App.DbAsync();
        var stored = await db.ConsultationComments.SingleAsync(c => c.Id == first.Id);
        Assert.Equal(("congdoan", Clock.GetUtcNow()), (stored.ModeratedBy, stored.ModeratedAt));
    }

    [Fact]
    public async Task AComment_AfterTheLastDay_IsRefused_AndTheListLeavesThePublicPage()
    {
        var id = (await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3))).Value;
        Clock.Advance(TimeSpan.FromDays(15)); // Friday 18/12

        var late = await Consultations.SubmitCommentAsync(new PublicCommentInput
        {
            ConsultationId = id, AuthorName = "A", Contact = "B", Text = "C",
        });

        Assert.Equal(("consultation.closed", "17/12/2026"), (Assert.Single(late.Errors).Code, late.Errors[0].Item));
        Assert.Empty(await Consultations.OpenForPublicAsync());
    }

    [Fact]
    public async Task WrongUsers_AreRefused()
    {
        var id = (await Consultations.PublishAsync(TestActors.Officer, _scenario.CampaignId, new DateOnly(2026, 12, 3))).Value;
        await Consultations.SubmitCommentAsync(new PublicCommentInput { ConsultationId = id, AuthorName = "A", Contact = "B", Text = "C" });
        int commentId;
        await using (var db = await App.DbAsync())
        {
            commentId = await db.ConsultationComments.Select(c => c.Id).SingleAsync();
        }

        var head = TestActors.HeadOf(await App.UnitIdAsync("KT"));
        foreach (var wrong in new[] { TestActors.Council, TestActors.Leader, TestActors.Admin, head })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.PublishAsync(wrong, _scenario.CampaignId, new DateOnly(2026, 12, 4)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.ModerateAsync(wrong, commentId, accept: true));
        }

        foreach (var wrong in new[] { TestActors.Admin, head })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Consultations.GetPlanAsync(wrong, _scenario.CampaignId));
        }

        foreach (var wrong in new[] { TestActors.Officer, TestActors.Council, TestActors.Leader, head })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Calendar.ListAsync(wrong, 2026));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Calendar.YearsAsync(wrong, 2026));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Calendar.AddAsync(wrong, new DateOnly(2026, 12, 8), "x"));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Calendar.RemoveAsync(wrong, new DateOnly(2026, 9, 2)));
        }
    }
}
