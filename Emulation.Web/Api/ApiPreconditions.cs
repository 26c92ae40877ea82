using System.Globalization;
using Emulation.Domain.Common;
using Emulation.Web.Services;
using Microsoft.Net.Http.Headers;

namespace Emulation.Web.Api;

/// <summary>
/// Optimistic concurrency over HTTP. A resource with a version (the shadow <c>Version</c> token) is answered with an
/// <c>ETag</c> of that version; a write names the version it read in <c>If-Match</c>. A different version is 412,
/// so nobody's changes are silently overwritten. A PUT that replaces an existing resource must send <c>If-Match</c>
/// (428 without it; declared with <see cref="RequiresIfMatch"/>); a PUT that creates the resource, and the POSTs that
/// add to one or move it a step, may omit it (<see cref="ProducesWriteProblems"/>). The endpoint's declaration is what
/// <see cref="Check"/> enforces, so the OpenAPI document lists 428 exactly where it can be answered. An <c>If-Match</c>
/// that is no list of entity tags is bad input (400 naming the header), never taken for a stale version.
/// </summary>
internal static class ApiPreconditions
{
    /// <summary>The name a refused <c>If-Match</c> is reported under in a validation problem's <c>errors</c>.</summary>
    public const string IfMatchField = "If-Match";

    public static string ETagOf(Guid version) => $"\"{version.ToString("N", CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpContext context, Guid? version)
    {
        if (version is { } v)
        {
            context.Response.Headers.ETag = ETagOf(v);
        }
    }

    /// <summary>
    /// The version the write should be checked against: the one named in <c>If-Match</c>, or, without the header,
    /// the current one (last writer wins) unless the endpoint <see cref="RequiresIfMatch"/> and the resource exists (428).
    /// </summary>
    public static (Guid? Version, LocalizedProblem? Problem) Check(HttpContext context, Guid? current)
    {
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return context.GetEndpoint()?.Metadata.GetMetadata<IfMatchRequired>() is not null && current is not null
                ? (null, ApiProblems.Status(StatusCodes.Status428PreconditionRequired, "Api.Detail.PreconditionRequired"))
                : (current, null);
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            return (null, ApiJson.Invalid(IfMatchField, "Api.Header.IfMatchUnreadable"));
        }

        if (current is not { } version)
        {
            return (null, Failed());
        }

        var etag = ETagOf(version);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Equals(etag, StringComparison.Ordinal)))
            ? (version, null)
            : (null, Failed());
    }

    /// <summary>
    /// Declares what a write on a versioned resource may answer besides its success and 400: 404, 409 (someone saved
    /// first, or the state refuses it) and 412 (a stale <c>If-Match</c>). <c>If-Match</c> is optional.
    /// </summary>
    public static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>
    /// A write that replaces an existing resource: without <c>If-Match</c> it is 428 (<see cref="Check"/> reads this),
    /// besides what <see cref="ProducesWriteProblems"/> declares.
    /// </summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new IfMatchRequired()).ProducesWriteProblems()
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static bool SentIfMatch(HttpContext context) => context.Request.Headers.IfMatch.Count > 0;

    public static bool IsConcurrency(DomainError error) => error.Code == ConcurrencyErrors.ChangedByOthers().Code;

    /// <summary>Someone saved in between: 412 when the caller named a version, else 409.</summary>
    public static LocalizedProblem Conflict(HttpContext context, DomainError error) => SentIfMatch(context)
        ? Failed()
        : ApiProblems.Conflict(error);

    /// <summary>
    /// The API's one mapping of a refused change that is no fault of the request: someone saved in between (412 when the
    /// caller named a version, else 409, <see cref="Conflict"/>), or the state of things refuses it, one of
    /// <paramref name="stateCodes"/> (409 with the code); null when the refusal is about what was sent.
    /// </summary>
    public static LocalizedProblem? StateRefusal(HttpContext context, IReadOnlyList<DomainError> errors,
        params IReadOnlyCollection<string> stateCodes)
    {
        if (errors.FirstOrDefault(IsConcurrency) is { } concurrency)
        {
            return Conflict(context, concurrency);
        }

        return errors.FirstOrDefault(e => stateCodes.Contains(e.Code)) is { } state
            ? ApiProblems.Conflict(state)
            : null;
    }

    private static LocalizedProblem Failed() =>
        ApiProblems.Status(StatusCodes.Status412PreconditionFailed, "Api.Detail.PreconditionFailed");
}

/// <summary>Endpoint metadata: the write must name the version it read (<see cref="ApiPreconditions.RequiresIfMatch"/>).</summary>
internal sealed class IfMatchRequired;
