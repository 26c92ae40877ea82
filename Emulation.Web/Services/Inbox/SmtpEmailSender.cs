using Emulation.Web.Data.Inbox;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Emulation.Web.Services.Inbox;

/// <summary>Sends one e-mail through the configured SMTP server (MailKit); throws when the server cannot take it.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options)
{
    public async Task SendAsync(OutboxEmail email, CancellationToken cancellation)
    {
        var settings = options.Value;
        if (settings.Host is not { } host || settings.Sender is not { } sender)
        {
            throw new InvalidOperationException("Email:Host and Email:Sender are required to send e-mail.");
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.SenderName, sender));
        message.To.Add(new MailboxAddress(email.ToName, email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        await client.ConnectAsync(host, settings.Port, Security(settings.Tls), cancellation);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellation);
        }

        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
    }

    private static SecureSocketOptions Security(EmailTls tls) => tls switch
    {
        EmailTls.None => SecureSocketOptions.None,
        EmailTls.StartTls => SecureSocketOptions.StartTls,
        EmailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
