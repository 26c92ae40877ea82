namespace Emulation.Web.Data.Seed;

internal static class DemoAccountsPrinter
{
    public static void Print(IReadOnlyList<DemoAccount> accounts, ILogger logger)
    {
        var lines = new List<string> { "", "Demo accounts (Development only) — tài khoản dùng thử:" };
        lines.AddRange(accounts.Select(a =>
            $"  {a.Role,-18} {a.UserName,-18} {a.Password,-11} {a.FullName}{(a.UnitName is null ? "" : " — " + a.UnitName)}"));
        lines.Add("");
        var text = string.Join(Environment.NewLine, lines);
        Console.WriteLine(text);
        logger.LogDebug("{DemoAccounts}", text);
    }
}
