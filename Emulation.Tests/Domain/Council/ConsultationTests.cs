using Emulation.Domain.Consultations;
using Emulation.Domain.Rules;

namespace Emulation.Tests.Domain.Council;

/// <summary>Public consultation before the council: the window, the comments, their moderation and the council's gate.</summary>
[Trait("Category", "Fast")]
public sealed class ConsultationTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly HashSet<DateOnly> NoDaysOff = [];

    private static Consultation Published(DateOnly? on = null, params int[] nominations) =>
        Consultation.Publish(5, nominations.Length == 0 ? [11, 12] : nominations, on ?? Today, Today, 10, "Điều 60 khoản 3",
            NoDaysOff, "congdoan", At).Value;

    [Fact]
    public void Publish_CountsTenWorkingDaysFromTheNextDay()
    {
        var consultation = Published();

        // Thursday 03/12/2026: 04, 07–11, 14–17/12.
        Assert.Equal((new DateOnly(2026, 12, 17), 10, "congdoan"), (consultation.LastDay, consultation.WorkingDays, consultation.PublishedBy));
        Assert.Equal([11, 12], consultation.Nominees.Select(n => n.NominationId));
    }

    [Fact]
    public void Publish_TakesTheRoundAfterItsOwnersEarlierLists()
    {
        Assert.Equal(1, Published().Round);
        Assert.Equal(3, Consultation.Publish(5, [11], Today, Today, 10, "", NoDaysOff, "bantdkt", At, proposalId: 9, earlierLists: 2).Value.Round);
    }

    [Fact]
    public void Publish_NothingOrOnAPastDay_IsRefused()
    {
        var nothing = Consultation.Publish(5, [], Today, Today, 10, "", NoDaysOff, "congdoan", At);
        var past = Consultation.Publish(5, [11], Today.AddDays(-1), Today, 10, "", NoDaysOff, "congdoan", At);

        Assert.Equal("consultation.nothing_to_publish", Assert.Single(nothing.Errors).Code);
        Assert.Equal(("consultation.published_in_past", "03/12/2026"), (Assert.Single(past.Errors).Code, past.Errors[0].Item));
    }

    [Fact]
    public void Council_OnTheLastDay_IsRefusedWithIt_AndTheDayAfter_MayMeet()
    {
        var consultation = Published();

        var onLastDay = Consultation.CouncilMayMeet([consultation], [12, 99], consultation.LastDay, Name);

        // The refusal names the window's last day and the agenda's nominees on the list, not those off it.
        var error = Assert.Single(onLastDay.Errors);
        Assert.Equal(("consultation.still_open", "17/12/2026"), (error.Code, error.Item));
        Assert.Equal("Người 12", Assert.Single(error.Facts).Value);
        Assert.True(Consultation.CouncilMayMeet([consultation], [12], consultation.LastDay.AddDays(1), Name).IsSuccess);
        Assert.True(Consultation.CouncilMayMeet([consultation], [99], Today, Name).IsSuccess); // not on this list
    }

    private static string Name(int nominationId) => "Người " + nominationId;

    [Fact]
    public void OnADossier_OnlyTheBoardsListPublishedSinceItWasLastSent_Stands()
    {
        // Dossier 40 was sent again at 10:00; lists published at 09:59, 10:00 and later, on another dossier, and the agency's.
        var sentAgain = At.AddHours(1);
        static Consultation Board(int proposal, DateTimeOffset at) =>
            Consultation.Publish(5, [11], Today, Today, 10, "", NoDaysOff, "bantdkt", at, proposal).Value;

        Assert.False(Board(40, sentAgain.AddMinutes(-1)).StandsOnDossier(40, sentAgain));
        Assert.True(Board(40, sentAgain).StandsOnDossier(40, sentAgain));
        Assert.True(Board(40, sentAgain.AddDays(3)).StandsOnDossier(40, sentAgain));
        Assert.False(Board(41, sentAgain.AddDays(3)).StandsOnDossier(40, sentAgain));
        Assert.False(Published().StandsOnDossier(40, At.AddDays(-30)));
    }

    [Fact]
    public void Comment_IsCleanedAndPending()
    {
        var comment = ConsultationComment.Submit(Published(), 12, "  Nguyễn Văn A ", " 0912 345 678 ", " Đề nghị xem lại.\nCảm ơn. ",
            Today, At).Value;

        Assert.Equal(("Nguyễn Văn A", "0912 345 678", "Đề nghị xem lại.\nCảm ơn.", CommentStatus.Pending, 12),
            (comment.AuthorName, comment.Contact, comment.Text, comment.Status, comment.NominationId));
        Assert.Null(comment.ModeratedBy);
    }

    [Fact]
    public void Comment_WithoutNameContactOrText_TooLong_OrWithControlCharacters_IsRefused()
    {
        var consultation = Published();

        var empty = ConsultationComment.Submit(consultation, null, " ", "", null, Today, At);
        var tooLong = ConsultationComment.Submit(consultation, null, "A", "B", new string('x', ConsultationComment.TextMaxLength + 1), Today, At);
        var control = ConsultationComment.Submit(consultation, null, "A\u202Eb", "B", "text", Today, At);
        var elsewhere = ConsultationComment.Submit(consultation, 99, "A", "B", "text", Today, At);

        Assert.Equal(["consultation.name_required", "consultation.contact_required", "consultation.text_required"],
            empty.Errors.Select(e => e.Code));
        Assert.Equal(("consultation.text_too_long", "2000"), (Assert.Single(tooLong.Errors).Code, tooLong.Errors[0].Item));
        Assert.Equal("text.bidi_control", Assert.Single(control.Errors).Code);
        Assert.Equal("consultation.nominee_not_listed", Assert.Single(elsewhere.Errors).Code);
    }

    [Fact]
    public void Comment_BeforeThePublicationOrAfterTheLastDay_IsRefused()
    {
        var consultation = Published(Today.AddDays(1));

        var early = ConsultationComment.Submit(consultation, null, "A", "B", "text", Today, At);
        var late = ConsultationComment.Submit(consultation, null, "A", "B", "text", consultation.LastDay.AddDays(1), At);

        Assert.Equal("consultation.closed", Assert.Single(early.Errors).Code);
        Assert.Equal("consultation.closed", Assert.Single(late.Errors).Code);
        Assert.True(ConsultationComment.Submit(consultation, null, "A", "B", "text", consultation.LastDay, At).IsSuccess);
    }

    [Fact]
    public void Moderate_KeepsWhoAndWhen_AndTheSameStatusTwice_IsRefused()
    {
        var comment = ConsultationComment.Submit(Published(), null, "A", "B", "text", Today, At).Value;

        Assert.True(comment.Moderate(accept: true, "congdoan", At.AddHours(1)).IsSuccess);
        var again = comment.Moderate(accept: true, "congdoan", At.AddHours(2));
        Assert.True(comment.Moderate(accept: false, "congdoan2", At.AddHours(3)).IsSuccess);

        Assert.Equal("consultation.already_moderated", Assert.Single(again.Errors).Code);
        Assert.Equal((CommentStatus.Hidden, "congdoan2", At.AddHours(3)), (comment.Status, comment.ModeratedBy, comment.ModeratedAt));
    }

    [Fact]
    public void PublicHoliday_NeedsACleanNameWithinItsLength()
    {
        Assert.Equal("Quốc khánh", PublicHoliday.Create(new DateOnly(2026, 9, 2), " Quốc khánh ").Value.Name);
        Assert.Equal("holiday.name_required", Assert.Single(PublicHoliday.Create(new DateOnly(2026, 9, 2), " ").Errors).Code);
        Assert.Equal("holiday.name_too_long",
            Assert.Single(PublicHoliday.Create(new DateOnly(2026, 9, 2), new string('x', PublicHoliday.NameMaxLength + 1)).Errors).Code);
        Assert.Equal("text.control_character", Assert.Single(PublicHoliday.Create(new DateOnly(2026, 9, 2), "a\u0001").Errors).Code);
    }

    [Fact]
    public void ConsultationWindows_AreWorkingDaysInTheRuleSet_WithTheirArticle()
    {
        var council = RuleSetCatalog.Decree152.Council;

        Assert.Equal(10, council.ConsultationDaysFor(Emulation.Domain.Awards.Title.ProvincialEmulationFighter));
        Assert.Contains("Điều 60 khoản 3", council.ConsultationArticle, StringComparison.Ordinal);
        Assert.Contains("chưa xác nhận", council.ConsultationArticle, StringComparison.Ordinal);
    }
}
