using Bunit;
using Emulation.Tests.Council;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Council;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Consultations;

namespace Emulation.Tests.Components;

/// <summary>The council page's panel of public comments: the accepted ones and how many were hidden, never a contact.</summary>
[Trait("Category", "Fast")]
public sealed class ConsultationCommentsPanelTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task Panel_ShowsNothingBeforePublication_ThenTheAcceptedCommentsAndTheHiddenCount()
    {
        var scenario = await CouncilScenario.SeedAsync(App);
        SignInAs("hoidong1", Roles.CouncilMember);
        var before = Render<ConsultationCommentsPanel>(p => p.Add(x => x.CampaignId, scenario.CampaignId));
        before.WaitForAssertion(() => Assert.Empty(before.FindAll("[data-testid=council-comments]")));

        var consultations = App.Service<ConsultationService>();
        var id = (await consultations.PublishAsync(TestActors.Officer, scenario.CampaignId, OfficeTime.Date(DateTimeOffset.UtcNow))).Value;
        foreach (var (name, text) in new[] { ("Trần Văn Thuận", "Tôi đồng ý với đề nghị."), ("Người ẩn danh", "Nội dung không phù hợp.") })
        {
            Assert.True((await consultations.SubmitCommentAsync(new PublicCommentInput
            {
                ConsultationId = id, NominationId = scenario.ProvincialFighter, AuthorName = name, Contact = "lienhe@example.vn", Text = text,
            })).IsSuccess);
        }

        var comments = (await consultations.GetPlanAsync(TestActors.Officer, scenario.CampaignId)).Comments;
        await consultations.ModerateAsync(TestActors.Officer, comments.Single(c => c.AuthorName == "Trần Văn Thuận").Id, accept: true);
        await consultations.ModerateAsync(TestActors.Officer, comments.Single(c => c.AuthorName == "Người ẩn danh").Id, accept: false);

        var panel = Render<ConsultationCommentsPanel>(p => p.Add(x => x.CampaignId, scenario.CampaignId));

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=council-comments]")));
        var shown = Assert.Single(panel.FindAll("[data-testid=council-comment]"));
        Assert.Contains("Trần Văn Thuận", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tôi đồng ý với đề nghị.", shown.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ý kiến được chấp nhận: 1; ý kiến đã ẩn: 1.", panel.Find("[data-testid=council-comment-counts]").TextContent.Trim());
        Assert.DoesNotContain("lienhe@example.vn", panel.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Người ẩn danh", panel.Markup, StringComparison.Ordinal);
    }
}
