namespace Emulation.Web.Startup;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Used by SQL Server; for SQLite it overrides <see cref="SqlitePath"/> when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "emulation.db");

    /// <summary>Apply pending migrations at start-up. Always on for SQLite; opt-in for SQL Server.</summary>
    public bool MigrateOnStart { get; set; }

    public bool IsSqlServer => string.Equals(Provider, "SqlServer", StringComparison.OrdinalIgnoreCase);
}
