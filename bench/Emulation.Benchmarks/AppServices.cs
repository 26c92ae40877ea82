using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Benchmarks;

/// <summary>The app's services built by hand on a benchmark's database, with what the app would give them.</summary>
internal static class AppServices
{
    public static RuleSetService RuleSets(SqliteContextFactory contexts) =>
        new(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), new SubmissionNotifier());

    public static DecisionService Decisions(SqliteContextFactory contexts)
    {
        var configuration = new ConfigurationBuilder().Build();
        var inbox = new InboxService(contexts, TimeProvider.System, Options.Create(new EmailOptions()), configuration,
            NullLogger<InboxService>.Instance, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        return new DecisionService(contexts, TimeProvider.System, configuration, RuleSets(contexts),
            new RefusalLog(contexts, TimeProvider.System, NullLogger<RefusalLog>.Instance),
            NullLogger<DecisionService>.Instance, inbox, new SubmissionNotifier());
    }
}
