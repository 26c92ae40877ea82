using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="EmulationDbContext"/>.</summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<EmulationDbContext>
    where TContext : EmulationDbContext
{
    public EmulationDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<EmulationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
