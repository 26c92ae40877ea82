using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Emulation.Web.Data.Auditing;

/// <summary>
/// A save's changes to collections stored as one JSON column of their owner (<c>OwnsMany(...).ToJson</c>: a pledge's
/// targets, a result's values), as the audit records them: one property of the owner, its items' values before and
/// after. EF Core tracks each item as an entity keyed by its position, and a save that replaces the list deletes every
/// item and creates it again; recorded as such, a draft save of five targets would be ten entries, none of them saying
/// which target changed, and its "created" items would cost the audit a second save.
/// </summary>
internal sealed class JsonCollections
{
    private static readonly JsonCollections None = new([]);

    /// <summary>For each owner (by reference) whose items changed, those items, deleted ones included.</summary>
    private readonly Dictionary<object, List<EntityEntry>> _changedItems;

    private JsonCollections(Dictionary<object, List<EntityEntry>> changedItems) => _changedItems = changedItems;

    /// <summary>
    /// The collections of <paramref name="type"/> the audit records as its own properties: JSON-owned collections of a
    /// row of its own. A JSON-owned single item, or an item of an item, is recorded as an entity as before.
    /// </summary>
    public static IEnumerable<INavigation> Of(IEntityType type) =>
        type.IsMappedToJson() ? [] : type.GetNavigations().Where(n => n.IsCollection && n.ForeignKey.IsOwnership
            && !n.IsOnDependent && n.TargetEntityType.IsMappedToJson());

    /// <summary>An item of such a collection: recorded in its owner's entry, never as an entry of its own.</summary>
    public static bool IsItem(EntityEntry entry) =>
        entry.Metadata.FindOwnership() is { IsUnique: false } ownership && entry.Metadata.IsMappedToJson()
        && !ownership.PrincipalEntityType.IsMappedToJson();

    /// <summary>The owners of the items changed among <paramref name="entries"/> (every entry the context tracks).</summary>
    public static JsonCollections Changed(IReadOnlyList<EntityEntry> entries)
    {
        var items = entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsItem(e)).ToList();
        if (items.Count == 0)
        {
            return None;
        }

        // EF Core tracks an owned item only with its owner: each is found by the key its ownership holds.
        var ownerTypes = items.Select(i => i.Metadata.FindOwnership()!.PrincipalEntityType).ToHashSet();
        var owners = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var owner in entries.Where(e => ownerTypes.Contains(e.Metadata)))
        {
            owners.TryAdd((owner.Metadata, KeyText(owner, owner.Metadata.FindPrimaryKey()!.Properties)), owner);
        }

        var changed = new Dictionary<object, List<EntityEntry>>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            var ownership = item.Metadata.FindOwnership()!;
            if (owners.TryGetValue((ownership.PrincipalEntityType, KeyText(item, ownership.Properties)), out var owner))
            {
                if (!changed.TryGetValue(owner.Entity, out var ofOwner))
                {
                    changed[owner.Entity] = ofOwner = [];
                }

                ofOwner.Add(item);
            }
        }

        return new JsonCollections(changed);
    }

    /// <summary>Some item of the owner's collections was added, changed or removed (the owner itself may be unchanged).</summary>
    public bool HaveChanged(EntityEntry owner) => _changedItems.ContainsKey(owner.Entity);

    /// <summary>Every collection of the owner as it is now: for an owner the save creates (read after the save).</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Current(EntityEntry owner) =>
        Of(owner.Metadata).Select(n => KeyValuePair.Create(n.Name, (object?)After(owner, n)));

    /// <summary>Every collection of the owner as it was read: for an owner the save deletes.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Original(EntityEntry owner) =>
        Of(owner.Metadata).Select(n => KeyValuePair.Create(n.Name, (object?)Before(owner, n)));

    /// <summary>The collections of the owner whose items differ after the save from before it, before and after.</summary>
    public IEnumerable<(string Name, object Before, object After)> Differences(EntityEntry owner)
    {
        if (!_changedItems.TryGetValue(owner.Entity, out var items))
        {
            yield break;
        }

        foreach (var navigation in Of(owner.Metadata).Where(n => items.Any(i => i.Metadata.FindOwnership()!.PrincipalToDependent == n)))
        {
            var before = Before(owner, navigation);
            var after = After(owner, navigation);
            if (!Same(before, after))
            {
                yield return (navigation.Name, before, after);
            }
        }
    }

    /// <summary>The items in the collection now, in its order (the order it is stored in).</summary>
    private static List<Dictionary<string, object?>> After(EntityEntry owner, INavigation navigation) =>
        [.. InCollection(owner, navigation).Where(e => e.State is not EntityState.Deleted and not EntityState.Detached)
            .Select(e => Values(e, p => p.CurrentValue))];

    /// <summary>
    /// The items as they were read: those still in the collection and those removed from it (no longer there), in the
    /// order they were stored, with their original values.
    /// </summary>
    private List<Dictionary<string, object?>> Before(EntityEntry owner, INavigation navigation)
    {
        var removed = _changedItems.GetValueOrDefault(owner.Entity) ?? [];
        var position = navigation.TargetEntityType.FindPrimaryKey()!.Properties
            .Except(navigation.ForeignKey.Properties).First();
        return [.. InCollection(owner, navigation)
            .Concat(removed.Where(e => e.State == EntityState.Deleted && e.Metadata.FindOwnership()!.PrincipalToDependent == navigation))
            .Where(e => e.State is not EntityState.Added and not EntityState.Detached)
            .DistinctBy(e => e.Entity, ReferenceEqualityComparer.Instance)
            .OrderBy(e => e.Property(position.Name).OriginalValue)
            .Select(e => Values(e, p => p.OriginalValue))];
    }

    private static IEnumerable<EntityEntry> InCollection(EntityEntry owner, INavigation navigation) =>
        owner.Navigation(navigation.Name).CurrentValue is System.Collections.IEnumerable items
            ? items.Cast<object>().Select(owner.Context.Entry)
            : [];

    /// <summary>An item's own values: not its position nor its owner's key, which EF Core adds to it.</summary>
    private static Dictionary<string, object?> Values(EntityEntry item, Func<PropertyEntry, object?> value) =>
        item.Properties.Where(p => !p.Metadata.IsPrimaryKey()).ToDictionary(p => p.Metadata.Name, value);

    private static bool Same(List<Dictionary<string, object?>> before, List<Dictionary<string, object?>> after) =>
        before.Count == after.Count && before.Zip(after).All(pair =>
            pair.First.Count == pair.Second.Count && pair.First.All(v => pair.Second.TryGetValue(v.Key, out var other) && Equals(v.Value, other)));

    private static string KeyText(EntityEntry entry, IEnumerable<IProperty> properties) =>
        string.Join(",", properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
}
