using Emulation.Web.Data;
using Emulation.Web.Data.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Inbox;

/// <summary>
/// Sends the outbox's due e-mails every <see cref="EmailOptions.PollInterval"/>. A failed send is recorded on the
/// e-mail and tried again after a growing pause (<see cref="OutboxEmail.RetryDelay"/>); the action that wrote it was
/// saved long before and never waits for, or fails with, the mail server.
/// </summary>
public sealed class OutboxWorker(IDbContextFactory<EmulationDbContext> factory, SmtpEmailSender sender,
    IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int Batch = 50;

    /// <summary>How long a claimed e-mail is left to the instance that claimed it before another may try.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await PeriodicRounds.RunAsync(options.Value.PollInterval, clock, SendDueAsync, logger,
            "Reading the e-mail outbox failed", stoppingToken);
    }

    /// <summary>Sends every e-mail whose time has come; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellation);
        var due = await db.OutboxEmails
            .Where(e => e.SentAt == null && e.GaveUpAt == null && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).Take(Batch)
            .Select(e => new { e.Id, e.NextAttemptAt })
            .ToListAsync(cancellation);
        var sent = 0;
        foreach (var item in due)
        {
            // Several instances share the outbox: only the one that moves the e-mail's time on sends it.
            var claimed = await db.OutboxEmails.Where(e => e.Id == item.Id && e.NextAttemptAt == item.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, now + ClaimFor), cancellation);
            if (claimed == 0)
            {
                continue;
            }

            var email = await db.OutboxEmails.SingleAsync(e => e.Id == item.Id, cancellation);
            try
            {
                await sender.SendAsync(email, cancellation);
                email.Sent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                email.Failed(clock.GetUtcNow().UtcDateTime, e.Message);
                logger.LogWarning(e, "Sending e-mail {Id} failed (attempt {Attempts})", email.Id, email.Attempts);
            }

            await db.SaveChangesAsync(cancellation);
        }

        return sent;
    }
}
