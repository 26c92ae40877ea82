using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CircuitLoad.Rendering;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CircuitLoad;

/// <summary>
/// One Blazor Server circuit driven the way blazor.web.js drives it: GET the prerendered page, connect to
/// <c>/_blazor</c> with the blazorpack protocol, <c>StartCircuit</c>, then <c>UpdateRootComponents</c> with the
/// page's markers. Every render batch is decoded and acknowledged with <c>OnRenderCompleted</c>; every JavaScript
/// call is answered as a success with an empty result; events go through the renderer's interop object.
/// </summary>
public sealed class CircuitClient : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";
    private const int JsObjectReferenceResult = 1;

    private readonly HubConnection _connection;
    private readonly LoginSession _session;
    private readonly HttpClient _http;
    private string? _circuitId;
    private readonly RunCounters _counters;
    private readonly JsCallLog _jsCalls;
    private readonly Channel<RenderBatch> _batches =
        Channel.CreateUnbounded<RenderBatch>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _interopObjectId;
    private int _nextCallId;
    private int _nextJsObjectId;
    private volatile bool _alive;

    private CircuitClient(HubConnection connection, LoginSession session, HttpClient http, RunCounters counters, JsCallLog jsCalls)
    {
        _connection = connection;
        _session = session;
        _http = http;
        _counters = counters;
        _jsCalls = jsCalls;
    }

    /// <summary>Decoded batches in arrival order, for the scenario to read.</summary>
    public ChannelReader<RenderBatch> Batches => _batches.Reader;

    public bool IsAlive => _alive && _connection.State == HubConnectionState.Connected;

    /// <summary>From <c>StartCircuit</c> to the first render batch.</summary>
    public TimeSpan StartLatency { get; private set; }

    public static async Task<CircuitClient> OpenAsync(LoginSession session, Uri pageUrl, HttpClient http,
        RunCounters counters, JsCallLog jsCalls, CancellationToken cancellationToken)
    {
        var page = await LoadPageAsync(session, pageUrl, http, cancellationToken);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(session.BaseUrl, "_blazor"), options =>
            {
                options.Cookies = session.CopyCookies();
                options.Transports = HttpTransportType.WebSockets;
            })
            .WithServerTimeout(TimeSpan.FromSeconds(90))
            .WithKeepAliveInterval(TimeSpan.FromSeconds(15));
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var connection = builder.Build();
        var client = new CircuitClient(connection, session, http, counters, jsCalls);
        try
        {
            await client.StartAsync(session.BaseUrl, pageUrl, page, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a browser event to a handler, as the event delegator does (field value included for inputs).</summary>
    public Task DispatchEventAsync(EventHandlerTracker target, string eventName, string? fieldValue, JsonObject eventArgs,
        CancellationToken cancellationToken)
    {
        var descriptor = new JsonObject
        {
            ["eventHandlerId"] = target.HandlerId,
            ["eventName"] = eventName,
            ["eventFieldInfo"] = fieldValue is null
                ? null
                : new JsonObject { ["componentId"] = target.ComponentId, ["fieldValue"] = fieldValue },
        };
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        return _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync",
            Interlocked.Read(ref _interopObjectId), new JsonArray(descriptor, eventArgs).ToJsonString(), cancellationToken);
    }

    /// <summary>Closes the connection and, like a closing tab, tells the server to drop the circuit now.</summary>
    public async ValueTask DisposeAsync()
    {
        _alive = false;
        _batches.Writer.TryComplete();
        await _connection.DisposeAsync();
        if (_circuitId is null)
        {
            return;
        }

        var url = new Uri(_session.BaseUrl, "_blazor/disconnect");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new MultipartFormDataContent { { new StringContent(_circuitId), "circuitId" } },
        };
        _session.AddCookies(request);
        try
        {
            using var response = await _http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            // As with the browser's beacon, a lost disconnect only leaves the circuit to the server's retention period.
        }
    }

    private static async Task<PrerenderedPage> LoadPageAsync(LoginSession session, Uri pageUrl, HttpClient http,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pageUrl);
        session.AddCookies(request);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl.PathAndQuery} as {session.UserName} answered {(int)response.StatusCode}.");
        }

        var page = PrerenderedPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return page.ServerMarkers.Count > 0 ? page : throw new StaticPageException(pageUrl);
    }

    private async Task StartAsync(Uri baseUrl, Uri pageUrl, PrerenderedPage page, CancellationToken cancellationToken)
    {
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            args => OnBeginInvokeJsAsync(args));
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<string>("JS.Error", OnCircuitError);
        _connection.Closed += OnClosedAsync;

        await _connection.StartAsync(cancellationToken);
        _alive = true;
        var started = Stopwatch.StartNew();
        _circuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUrl.AbsoluteUri, pageUrl.AbsoluteUri, "[]",
            page.ApplicationState, cancellationToken);
        if (string.IsNullOrEmpty(_circuitId))
        {
            throw new InvalidOperationException("The server refused to start the circuit.");
        }

        await _connection.SendAsync("UpdateRootComponents", page.AddOperationsJson(), page.ApplicationState, cancellationToken);
        await _firstRender.Task.WaitAsync(StartTimeout, cancellationToken);
        StartLatency = started.Elapsed;
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        RenderBatch? batch = null;
        try
        {
            batch = RenderBatchReader.Read(data);
        }
        catch (InvalidDataException ex)
        {
            _counters.WrongRender($"batch {batchId} does not decode: {ex.Message}");
        }

        await _connection.SendAsync("OnRenderCompleted", batchId, null);
        if (batch is not null)
        {
            _batches.Writer.TryWrite(batch);
            _firstRender.TrySetResult();
        }
    }

    private async Task OnBeginInvokeJsAsync(object?[] args)
    {
        var asyncHandle = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
        var identifier = args[1] as string ?? "";
        _jsCalls.Record(identifier);
        if (identifier == AttachRendererInterop && args[2] is string argsJson
            && JsonNode.Parse(argsJson) is JsonArray { Count: > 1 } attachArgs
            && attachArgs[1]?["__dotNetObject"] is JsonValue objectId)
        {
            Interlocked.Exchange(ref _interopObjectId, objectId.GetValue<long>());
        }

        if (asyncHandle == 0)
        {
            return;
        }

        JsonNode? result = Convert.ToInt32(args[3], CultureInfo.InvariantCulture) == JsObjectReferenceResult
            ? new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJsObjectId) }
            : null;
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true,
            new JsonArray(asyncHandle, true, result).ToJsonString());
    }

    private void OnEndInvokeDotNet(string callId, bool succeeded, string resultOrError)
    {
        if (!succeeded)
        {
            _counters.Error($"event call {callId} failed: {resultOrError}");
        }
    }

    private void OnCircuitError(string error)
    {
        _counters.Error($"circuit error from the server: {error}");
        _alive = false;
    }

    private Task OnClosedAsync(Exception? error)
    {
        if (_alive && error is not null)
        {
            _counters.Error($"connection lost: {error.Message}");
        }

        _alive = false;
        _batches.Writer.TryComplete();
        return Task.CompletedTask;
    }
}

/// <summary>The page is rendered statically: a browser opens no circuit for it, and neither does the tool.</summary>
public sealed class StaticPageException(Uri pageUrl)
    : InvalidOperationException($"{pageUrl.PathAndQuery} has no interactive server components.");
