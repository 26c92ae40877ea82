using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Startup;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Api;

/// <summary>
/// An API route that fails unexpectedly answers a 500 problem in the caller's language, without the exception's
/// message or stack, never the HTML error page.
/// </summary>
public sealed class ApiExceptionHandlerTests : IAsyncLifetime
{
    private readonly EmulationAppFactory _app = new((ApiRegistration.BootstrapTokenKey, ApiFixture.BootstrapToken));
    private readonly BrokenUnitsTable _broken = new();
    private WebApplicationFactory<Program> _failing = null!;

    public ValueTask InitializeAsync()
    {
        _failing = _app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IInterceptor>(_broken)));
        _ = _failing.Services;
        _broken.Enabled = true;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _failing.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task UnexpectedFailureOnApiRoute_Is500ProblemDetailsWithoutTheException()
    {
        using var client = _failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiFixture.BootstrapToken);

        var response = await client.GetAsync("/api/v1/units");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(500, (int?)problem["status"]);
        Assert.Equal("Lỗi máy chủ.", (string?)problem["title"]);
        Assert.DoesNotContain(BrokenUnitsTable.Message, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BrokenUnitsTable), body, StringComparison.Ordinal);
    }

    /// <summary>Fails every read of the units table once enabled (after the app has seeded its database).</summary>
    private sealed class BrokenUnitsTable : DbCommandInterceptor
    {
        public const string Message = "the units table is broken for this test";

        public volatile bool Enabled;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Enabled && command.CommandText.Contains("\"Units\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Message);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
