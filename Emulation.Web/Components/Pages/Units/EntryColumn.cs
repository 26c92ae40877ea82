namespace Emulation.Web.Components.Pages.Units;

/// <summary>Which number a department head types into a criterion table: the pledged target or the achieved value.</summary>
public enum EntryColumn
{
    Target,
    Value,
}

public static class EntryColumns
{
    /// <summary>How a field of the column is named (its test id, and its key among the unsaved edits) before the criterion's code.</summary>
    public static string FieldPrefix(this EntryColumn column) => column == EntryColumn.Target ? "target-" : "value-";
}
