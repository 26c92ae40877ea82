using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Hostile;

/// <summary>
/// Contexts come from EF Core's pool: one opened after an actor's forgets that actor's agency, as it forgets their name,
/// so an unscoped read (an evaluation, the inbox) is never filtered by whoever used the context before.
/// </summary>
public sealed class PooledContextTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly EmulationAppFactory _app = fixture.App;

    [Fact]
    public async Task AContextOpenedAfterAnActorsOne_CarriesNeitherTheirAgencyNorTheirName()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<EmulationDbContext>>();
        var head = TestActors.HeadOf(await _app.UnitIdAsync("TH"));

        for (var i = 0; i < 3; i++)
        {
            await using (var scoped = await factory.CreateDbContextAsync(head))
            {
                Assert.NotNull(scoped.CampaignAgency);
            }

            await using var plain = await factory.CreateDbContextAsync();
            Assert.Null(plain.CampaignAgency);
            Assert.Null(plain.Author);
        }
    }
}
