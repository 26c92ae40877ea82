namespace Emulation.Web.Data.Seed;

public sealed record DemoAccount(string UserName, string Password, string Role, string FullName, string? UnitName);
