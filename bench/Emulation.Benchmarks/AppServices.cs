using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Nominations;
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

    public static DecisionService Decisions(SqliteContextFactory contexts) =>
        new(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), RuleSets(contexts), Refusals(contexts),
            NullLogger<DecisionService>.Instance, Inbox(contexts), new SubmissionNotifier());

    /// <summary>The head's submissions, telling <paramref name="notifier"/> what changed.</summary>
    public static SubmissionService Submissions(SqliteContextFactory contexts, SubmissionNotifier notifier)
    {
        var rules = new RuleSetService(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), notifier);
        var evaluations = new EvaluationSnapshots(contexts, rules, TimeProvider.System, notifier,
            NullLogger<EvaluationSnapshots>.Instance);
        var nominations = new NominationService(contexts, TimeProvider.System, rules, Refusals(contexts), evaluations);
        return new SubmissionService(contexts, TimeProvider.System, notifier, rules, Inbox(contexts), nominations);
    }

    private static RefusalLog Refusals(SqliteContextFactory contexts) =>
        new(contexts, TimeProvider.System, NullLogger<RefusalLog>.Instance);

    private static InboxService Inbox(SqliteContextFactory contexts) =>
        new(contexts, TimeProvider.System, Options.Create(new EmailOptions()), new ConfigurationBuilder().Build(),
            NullLogger<InboxService>.Instance, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
}
