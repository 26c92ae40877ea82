namespace Emulation.Web.Components.Pages.Units;

/// <summary>Which number a department head types into a criterion table: the pledged target or the achieved value.</summary>
public enum EntryColumn
{
    Target,
    Value,
}
