namespace Emulation.Web.Data.Seed;

internal static class DemoAccountsPrinter
{
    /// <summary>
    /// More accounts of one role than this (the scale seed's head of every unit) print as the first few and a count;
    /// the demo office's eleven heads all print.
    /// </summary>
    private const int ListedPerRole = 20;

    private const int ShownOfALongList = 6;

    public static void Print(IReadOnlyList<DemoAccount> accounts, ILogger logger)
    {
        var lines = new List<string> { "", "Demo accounts (Development only) — tài khoản dùng thử:" };
        foreach (var role in accounts.GroupBy(a => a.Role))
        {
            var shown = role.Count() > ListedPerRole ? ShownOfALongList : ListedPerRole;
            lines.AddRange(role.Take(shown).Select(a =>
                $"  {a.Role,-18} {a.UserName,-18} {a.Password,-11} {a.FullName}{(a.UnitName is null ? "" : " — " + a.UnitName)}"));
            if (role.Count() > shown)
            {
                lines.Add($"  {role.Key,-18} … {role.Count() - shown} more, the last {role.Last().UserName}");
            }
        }

        lines.Add("");
        var text = string.Join(Environment.NewLine, lines);
        Console.WriteLine(text);
        logger.LogDebug("{DemoAccounts}", text);
    }
}
