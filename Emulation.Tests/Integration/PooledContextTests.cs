using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Integration;

/// <summary>
/// The app's contexts come from EF Core's pool, and a context handed out again names no author: what the next user
/// saves is never audited under the name of the one before.
/// </summary>
public sealed class PooledContextTests(AppFixture fixture) : SharedAppTests(fixture)
{
    [Fact]
    public void TheAppsContexts_ComeFromThePool()
    {
        Assert.IsType<PooledDbContextFactory<SqliteEmulationDbContext>>(
            App.Services.GetRequiredService<IDbContextFactory<SqliteEmulationDbContext>>());
    }

    [Fact]
    public async Task AContextHandedOutAgain_NamesNoAuthor()
    {
        using var file = new SqliteFileDatabase("pooled-author");
        var options = new DbContextOptionsBuilder<SqliteEmulationDbContext>().UseSqlite($"Data Source={file.Path};Pooling=False")
            .Options;
        var factory = new ProviderDbContextFactory<SqliteEmulationDbContext>(
            new PooledDbContextFactory<SqliteEmulationDbContext>(options));

        EmulationDbContext first;
        await using (var db = await factory.CreateDbContextAsync(TestActors.Leader))
        {
            first = db;
            Assert.Equal(TestActors.Leader.UserName, db.Author?.UserName);
        }

        await using var again = await factory.CreateDbContextAsync();
        Assert.Same(first, again);
        Assert.Null(again.Author);
    }
}
