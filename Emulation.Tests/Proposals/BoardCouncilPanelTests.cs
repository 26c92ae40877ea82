using Bunit;
using Emulation.Domain.Awards;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Board;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Resources;
using Emulation.Web.Services.Council;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Emulation.Tests.Proposals;

/// <summary>
/// The board's council panel on a dossier offers no step that would be refused: while its nominee's consultation is not
/// over it says why, in the words the refusal itself gives, and offers to open a session again once it may.
/// </summary>
public sealed class BoardCouncilPanelTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task WhileTheConsultationIsNotOver_ThePanelSaysWhyInsteadOfOfferingTheSession_AndOffersItOnceItMayOpen()
    {
        var (proposal, nomination, board) = await BoardScenario.SentAsync(App, "701/TTr-VP", Title.ProvincialEmulationFighter);
        var refusal = await App.Service<CouncilSessionService>().OpenOnProposalAsync(TestActors.AppraiserOf(board), proposal,
            new OpenSessionInput { ChairUserName = DemoDataSeeder.BoardCouncilUserName(1) });
        Assert.Equal("consultation.not_published", Assert.Single(refusal.Errors).Code);
        var words = Services.GetRequiredService<IStringLocalizer<SharedResource>>().Describe(refusal.Errors[0]);

        SignInAs(DemoDataSeeder.BoardUserName, Roles.Appraiser, board);
        var panel = Render<BoardCouncilPanel>(p => p.Add(x => x.ProposalId, proposal));
        panel.WaitForAssertion(() => Assert.Contains(words, panel.Find("[data-testid=board-open-refused]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Chưa thể mở phiên họp", panel.Find("[data-testid=board-open-refused]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=board-open-session]"));

        // The board's list on the dossier has closed: the step is offered again, and nothing says it would be refused.
        await BoardScenario.ClosedListAsync(App, proposal, nomination);
        await DisposeComponentsAsync();
        var again = Render<BoardCouncilPanel>(p => p.Add(x => x.ProposalId, proposal));
        again.WaitForAssertion(() => Assert.NotNull(again.Find("button[data-testid=board-open-session]")));
        Assert.Empty(again.FindAll("[data-testid=board-open-refused]"));
    }

    [Fact]
    public async Task ThePanelsRead_AsksWhetherASessionMayOpen_WithoutReadingTheDossiersNomineesAgain()
    {
        var (proposal, nomination, board) = await BoardScenario.SentAsync(App, "702/TTr-VP", Title.ProvincialEmulationFighter);

        var queries = App.Queries.Begin();
        var panel = await App.Service<CouncilSessionService>().DossierCouncilAsync(TestActors.AppraiserOf(board), proposal);

        Assert.Equal([nomination], panel!.Undecided);
        Assert.Equal("consultation.not_published", Assert.Single(panel.OpenRefusal).Code);
        // The nominees still with the board are read once, for both the panel's lists and the rule that offers the session;
        // the consultation's rule asks its own question (which of them, for a title put to consultation, no standing list carries).
        var reads = queries.Commands.Where(c => c.Contains("'SentUp'", StringComparison.Ordinal) &&
            !c.Contains("\"Title\" IN", StringComparison.Ordinal)).ToList();
        Assert.True(reads.Count == 1, string.Join("\n---\n", reads));
    }
}
