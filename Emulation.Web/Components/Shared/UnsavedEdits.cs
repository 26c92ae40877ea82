using System.Text.Json;
using Microsoft.JSInterop;

namespace Emulation.Web.Components.Shared;

/// <summary>
/// Values typed into an island's fields and not saved yet, as the browser tab keeps them (<c>wwwroot/js/unsaved-edits.js</c>,
/// docs/decisions/0011): a field named <c>name="{field}"</c> inside an element marked
/// <c>data-unsaved-scope="{scope}"</c> is remembered as <c>{scope}/{field}</c> at each key press, whether or not the
/// circuit is connected. When its circuit starts (after a reload, a server restart or a resumed
/// pause) the island reads its scope back into its fields and says which values were not saved; it forgets them once
/// saved.
/// </summary>
public sealed class UnsavedEdits(IJSRuntime js, string scope) : IAsyncDisposable
{
    private const string ModulePath = "./js/unsaved-edits.js";

    private IJSObjectReference? _module;

    /// <summary>The scope of a unit's figures in a campaign: its pledge's targets and its results' values.</summary>
    public static string UnitScope(int campaignId, int unitId) => $"unit:{campaignId}:{unitId}";

    /// <summary>The scope of a unit's staff ratings for a year.</summary>
    public static string StaffScope(int unitId, int year) => $"staff:{unitId}:{year}";

    /// <summary>What the island edits: the <c>data-unsaved-scope</c> of the element around its fields.</summary>
    public string Scope { get; } = scope;

    /// <summary>The key of <paramref name="field"/> in <paramref name="scope"/>; with a field's prefix, the start of their keys.</summary>
    public static string KeyOf(string scope, string field) => $"{scope}/{field}";

    /// <summary>What was typed in this scope and not saved, by field; empty when the browser kept nothing.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync()
    {
        try
        {
            // One JSON string parsed here with the process's shared options: a Dictionary crossing interop would add
            // its type metadata (and its interfaces') to the circuit's own JSON options, in every idle circuit.
            var module = await ModuleAsync();
            var json = module is null ? null : await module.InvokeAsync<string?>("read", Scope);
            return string.IsNullOrEmpty(json) ? new Dictionary<string, string>()
                : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (Exception ex) when (ex is JSDisconnectedException or JsonException)
        {
            // A closed tab, or storage that something else wrote: nothing to put back.
            return new Dictionary<string, string>();
        }
    }

    /// <summary>Forgets the given fields (just saved), or every field of the scope when <paramref name="fields"/> is null.</summary>
    public async Task ForgetAsync(IEnumerable<string>? fields = null)
    {
        try
        {
            if (await ModuleAsync() is { } module)
            {
                await module.InvokeVoidAsync("forget", Scope, fields?.ToArray());
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab went away: it took what it kept with it.
        }
    }

    private async Task<IJSObjectReference?> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference?>("import", ModulePath);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // Nothing left to release in a closed tab.
        }
    }
}
