using Emulation.Web.Services;

namespace Emulation.Web.Api;

/// <summary>
/// The one place where a write that lost a race becomes an answer: a row someone else created or changed in the
/// meantime (a unique key, a version) or a database still busy with another writer is 412 when the caller named
/// the version it read (<c>If-Match</c>), else 409, as problem details; never 500. Nothing of the request was
/// saved: every service writes in one transaction.
/// </summary>
internal sealed class LostRaceFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (ConcurrencyErrors.IsLostRace(e))
        {
            return ApiPreconditions.Conflict(context.HttpContext, ConcurrencyErrors.ChangedByOthers());
        }
    }
}
