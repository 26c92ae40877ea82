using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>
/// Hands out the configured provider's context as the provider-neutral <see cref="EmulationDbContext"/>. The contexts
/// come from EF Core's pool, which resets what EF Core tracks but not the actor a service opened it for: each one is
/// handed out with no author and no agency, as a new context would be, so a write is never audited under the previous
/// user's name and work done without an actor never reads through the previous user's agency
/// (<see cref="EmulationDbContext.ForgetActor"/>).
/// </summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<EmulationDbContext>
    where TContext : EmulationDbContext
{
    public EmulationDbContext CreateDbContext() => WithoutActor(inner.CreateDbContext());

    public async Task<EmulationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        WithoutActor(await inner.CreateDbContextAsync(cancellationToken));

    private static EmulationDbContext WithoutActor(EmulationDbContext db)
    {
        db.ForgetActor();
        return db;
    }
}
