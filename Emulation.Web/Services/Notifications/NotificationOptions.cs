namespace Emulation.Web.Services.Notifications;

/// <summary>The <c>Notifications</c> configuration section: how instances of the app tell each other about changes.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary><c>Database</c> (default), <c>Redis</c> or <c>InProcess</c> (one instance only).</summary>
    public string Provider { get; set; } = NotificationProviders.Database;

    /// <summary>How often each instance reads the database for other instances' changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a change stays in the database before it is pruned.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Redis server (<c>host:port</c> or a StackExchange.Redis configuration string) when the provider is Redis.</summary>
    public string? Redis { get; set; }
}

public static class NotificationProviders
{
    public const string Database = "Database";
    public const string Redis = "Redis";
    public const string InProcess = "InProcess";
}
