namespace Emulation.Web.Services.Inbox;

/// <summary>The <c>Email</c> configuration section: the SMTP server notifications are sent through; off without a host.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The SMTP server's host name; e-mail is off while it (or <see cref="Sender"/>) is unset.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The From address.</summary>
    public string? Sender { get; set; }

    public string SenderName { get; set; } = "Thi đua – Khen thưởng";

    /// <summary>Sign in to the server only when set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public EmailTls Tls { get; set; } = EmailTls.Auto;

    /// <summary>How often the outbox worker looks for e-mails due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Sender);
}

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum EmailTls
{
    /// <summary>TLS on port 465, STARTTLS where the server offers it elsewhere.</summary>
    Auto,

    /// <summary>Plain text (a relay on the same host or network).</summary>
    None,

    /// <summary>STARTTLS required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

/// <summary>The <c>Inbox</c> configuration section: deadline reminders.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>How many days before a deadline units that have not submitted are reminded.</summary>
    public int ReminderDays { get; set; } = 3;

    /// <summary>How often the reminder looks at the deadlines.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
}
