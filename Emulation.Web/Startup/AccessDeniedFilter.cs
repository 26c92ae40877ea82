using Emulation.Web.Services;

namespace Emulation.Web.Startup;

/// <summary>
/// Turns a service's refusal into 403 problem details for every endpoint it is added to, so no endpoint has to
/// remember its own try/catch (and a redirect to the access-denied page never replaces the status code).
/// </summary>
internal sealed class AccessDeniedFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AccessDeniedException)
        {
            return Api.ApiProblems.Status(StatusCodes.Status403Forbidden, "Api.Detail.Forbidden");
        }
    }
}
