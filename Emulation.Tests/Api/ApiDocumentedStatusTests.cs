using System.Text.Json.Nodes;
using Emulation.Web.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Api;

/// <summary>
/// The OpenAPI document says what each endpoint can answer: 428 (<c>If-Match</c> missing) is listed on exactly the
/// writes that require <c>If-Match</c>, and every write listing 428 also lists 412. The answers themselves are tried in
/// <see cref="ApiPreconditionTests"/> (pledge, results), <see cref="ApiCouncilLifecycleTests"/> (attendance) and
/// <see cref="ApiDossierTests"/> (a dossier changed without <c>If-Match</c> lands; a stale one is 412).
/// </summary>
public sealed class ApiDocumentedStatusTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task OpenApiDocument_Lists428_ExactlyOnTheWritesThatRequireIfMatch()
    {
        var operations = await OperationsAsync();

        var documented = operations.Where(o => o["responses"]!.AsObject().ContainsKey("428"))
            .Select(o => (string)o["operationId"]!).Order(StringComparer.Ordinal).ToList();
        var enforced = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IfMatchRequired>() is not null)
            .Select(e => e.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName)
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["ClearUnitProceedings", "PutPledge", "PutResults", "PutUnit", "PutUnitProceedings", "SetCouncilAttendance"], documented);
        Assert.Equal(documented, enforced);
        Assert.All(operations.Where(o => o["responses"]!.AsObject().ContainsKey("428")),
            o => Assert.True(o["responses"]!.AsObject().ContainsKey("412"), (string?)o["operationId"]));
    }

    [Theory]
    [InlineData("ResendDossier")]
    [InlineData("RecordDossierReturn")]
    [InlineData("WithdrawFromDossier")]
    [InlineData("AddToDossier")]
    [InlineData("RecordDossierOutcome")]
    public async Task ADossierWrite_Lists404_409_412_AndNot428(string operationId)
    {
        var operation = (await OperationsAsync()).Single(o => (string?)o["operationId"] == operationId);
        var statuses = operation["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["200", "400", "404", "409", "412"], statuses);
    }

    /// <summary>Every operation of the OpenAPI document, whatever its path and method.</summary>
    private async Task<List<JsonObject>> OperationsAsync()
    {
        using var client = fixture.App.Bootstrap();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        return [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(o => o.Value!.AsObject()))];
    }
}
