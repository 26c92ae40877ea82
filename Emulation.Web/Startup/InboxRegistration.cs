using Emulation.Web.Services.Inbox;

namespace Emulation.Web.Startup;

/// <summary>The inbox, e-mail through the outbox (off without <c>Email:Host</c>) and the deadline reminder.</summary>
internal static class InboxRegistration
{
    /// <summary>Off in test apps, whose tests run the reminder themselves on their own clock.</summary>
    public const string RemindersKey = "Inbox:Reminders";

    public static IServiceCollection AddEmulationInbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.AddSingleton<InboxService>();
        services.AddSingleton<NoticeSteps>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddSingleton<DeadlineReminder>();
        if (configuration.GetValue(RemindersKey, defaultValue: true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DeadlineReminder>());
        }

        return services;
    }
}
