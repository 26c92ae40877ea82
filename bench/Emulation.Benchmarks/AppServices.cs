using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Decisions;
using Emulation.Web.Services.Evaluation;
using Emulation.Web.Services.Inbox;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Services.Rules;
using Emulation.Web.Services.Submissions;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Emulation.Benchmarks;

/// <summary>The app's services built by hand on a benchmark's database, with what the app would give them.</summary>
internal static class AppServices
{
    public static RuleSetService RuleSets(IDbContextFactory<EmulationDbContext> contexts) =>
        new(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), new SubmissionNotifier());

    public static DecisionService Decisions(IDbContextFactory<EmulationDbContext> contexts) =>
        new(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), RuleSets(contexts), Refusals(contexts),
            NullLogger<DecisionService>.Instance, Inbox(contexts), new SubmissionNotifier());

    /// <summary>The head's submissions, telling <paramref name="notifier"/> what changed.</summary>
    public static SubmissionService Submissions(IDbContextFactory<EmulationDbContext> contexts, SubmissionNotifier notifier)
    {
        var rules = new RuleSetService(contexts, TimeProvider.System, new ConfigurationBuilder().Build(), notifier);
        var evaluations = new EvaluationSnapshots(contexts, rules, TimeProvider.System, notifier,
            NullLogger<EvaluationSnapshots>.Instance);
        var nominations = new NominationService(contexts, TimeProvider.System, rules, Refusals(contexts), evaluations);
        return new SubmissionService(contexts, TimeProvider.System, notifier, rules, Inbox(contexts), nominations);
    }

    /// <summary>The officer's progress and review steps, telling <paramref name="notifier"/> what changed.</summary>
    public static ReviewService Reviews(IDbContextFactory<EmulationDbContext> contexts, SubmissionNotifier notifier) =>
        new(contexts, TimeProvider.System, notifier, Inbox(contexts));

    private static RefusalLog Refusals(IDbContextFactory<EmulationDbContext> contexts) =>
        new(contexts, TimeProvider.System, NullLogger<RefusalLog>.Instance);

    private static InboxService Inbox(IDbContextFactory<EmulationDbContext> contexts) =>
        new(contexts, TimeProvider.System, Options.Create(new EmailOptions()), new ConfigurationBuilder().Build(),
            NullLogger<InboxService>.Instance, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
}
