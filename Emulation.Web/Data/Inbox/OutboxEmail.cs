namespace Emulation.Web.Data.Inbox;

/// <summary>
/// An e-mail waiting to be sent, written in the same save as its notification; the outbox worker sends it and, when the
/// server refuses or cannot be reached, tries again later with a growing pause, up to <see cref="MaxAttempts"/>.
/// Times are UTC <see cref="DateTime"/>s, which both providers compare in SQL.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 10;
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 400;
    public const int ErrorMaxLength = 1000;

    private OutboxEmail()
    {
    }

    public long Id { get; private set; }
    public string To { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }

    /// <summary>Set once <see cref="MaxAttempts"/> failed: nobody tries again.</summary>
    public DateTime? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxEmail Create(string to, string toName, string subject, string body, DateTime at) => new()
    {
        To = to,
        ToName = toName,
        Subject = subject.Length <= SubjectMaxLength ? subject : subject[..SubjectMaxLength],
        Body = body,
        CreatedAt = at,
        NextAttemptAt = at,
    };

    public void Sent(DateTime at)
    {
        Attempts++;
        SentAt = at;
        LastError = null;
    }

    /// <summary>Waits 30 seconds after the first failure, doubling each time up to an hour.</summary>
    public void Failed(DateTime at, string error)
    {
        Attempts++;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        if (Attempts >= MaxAttempts)
        {
            GaveUpAt = at;
            return;
        }

        NextAttemptAt = at + RetryDelay(Attempts);
    }

    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, attempts - 1), TimeSpan.FromHours(1).TotalSeconds));
}
