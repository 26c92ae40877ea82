using System.Text.Json.Nodes;
using CircuitLoad;

namespace Emulation.Tests.Bench;

/// <summary>Taking the server component markers and persisted state from a prerendered page, as blazor.web.js does.</summary>
public sealed class PrerenderedPageTests
{
    private const string Html = """
        <head><!--Blazor:{"type":"server","prerenderId":"b","key":{"locationHash":"H2","formattedComponentKey":""},"sequence":1,"descriptor":"D2"}--><title>x</title><!--Blazor:{"prerenderId":"b"}--></head>
        <body><!--Blazor:{"type":"server","prerenderId":"a","key":{"locationHash":"H1","formattedComponentKey":""},"sequence":0,"descriptor":"D\u002B1"}--><div>page</div><!--Blazor:{"prerenderId":"a"}-->
        <!--Blazor-Server-Component-State:QUJD+/=-->
        <!--Blazor:{"type":"webassembly","prerenderId":"w","assembly":"X","typeName":"Y"}--></body>
        """;

    [Fact]
    public void Parse_KeepsServerStartMarkersInSequenceOrder_AndTheState()
    {
        var page = PrerenderedPage.Parse(Html);

        Assert.Equal(["D+1", "D2"], page.ServerMarkers.Select(m => m["descriptor"]!.GetValue<string>()));
        Assert.Equal("QUJD+/=", page.ApplicationState);
    }

    [Fact]
    public void AddOperations_AddEachMarkerAsARootComponent_NumberedFromOne()
    {
        var batch = JsonNode.Parse(PrerenderedPage.Parse(Html).AddOperationsJson())!;

        Assert.Equal(1, batch["batchId"]!.GetValue<int>());
        var operations = batch["operations"]!.AsArray();
        Assert.Equal(2, operations.Count);
        Assert.All(operations, o => Assert.Equal("add", o!["type"]!.GetValue<string>()));
        Assert.Equal([1, 2], operations.Select(o => o!["ssrComponentId"]!.GetValue<int>()));
        Assert.Equal("a", operations[0]!["marker"]!["prerenderId"]!.GetValue<string>());
        Assert.Equal("H1", operations[0]!["marker"]!["key"]!["locationHash"]!.GetValue<string>());
    }
}
