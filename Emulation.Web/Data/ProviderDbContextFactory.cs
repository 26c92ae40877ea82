using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>
/// Hands out the configured provider's context as the provider-neutral <see cref="EmulationDbContext"/>. The contexts
/// come from EF Core's pool, which resets what EF Core tracks but not <see cref="EmulationDbContext.Author"/> or
/// <see cref="EmulationDbContext.CampaignAgency"/>: each one is handed out with neither, as a new context would be, so a
/// write is never audited under the previous user's name and a read never filtered by the previous user's agency.
/// </summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<EmulationDbContext>
    where TContext : EmulationDbContext
{
    public EmulationDbContext CreateDbContext() => WithoutAuthor(inner.CreateDbContext());

    public async Task<EmulationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        WithoutAuthor(await inner.CreateDbContextAsync(cancellationToken));

    private static EmulationDbContext WithoutAuthor(EmulationDbContext db)
    {
        db.Author = null;
        db.CampaignAgency = null;
        return db;
    }
}
