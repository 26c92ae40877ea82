using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;

namespace Emulation.Tests.Trust;

/// <summary>
/// Every public async method of every application service (a public class named <c>…Service</c> in the web
/// assembly) takes the <see cref="Actor"/> who calls it, and refuses a signed-in nobody (no role, no unit) before
/// doing anything: found by reflection, so a new method that forgets its check fails here.
/// </summary>
public sealed class ServiceActorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>
    /// Methods that may not take an actor, each with its reason. (The one service-to-service helper,
    /// <c>RuleSetService.InForceForYearAsync</c>, is internal instead.)
    /// </summary>
    private static readonly HashSet<string> WithoutActor = new(StringComparer.Ordinal)
    {
        // Turns a bearer token into the actor: there is nobody to check before it has run.
        "ApiTokenService.AuthenticateAsync",

        // The public verification page behind a certificate's QR code: anyone holding the code may read name, title,
        // decision number and date (DecisionDocumentTests checks nothing more is shown).
        "DecisionService.VerifyAsync",

        // The public pages of issued decisions (issue #22): only the titles the administrator publishes, with names,
        // units and titles, nothing more (LookupTests: unpublished decisions are 404).
        "PublicDecisionService.IndexAsync",
        "PublicDecisionService.GetAsync",

        // The public consultation page (issue 21): the lists open for comment (names, units, titles, the achievement in
        // brief) and the comment form, anti-forgery checked and rate-limited per address (PublicConsultationTests).
        "ConsultationService.OpenForPublicAsync",
        "ConsultationService.SubmitCommentAsync",

        // An account's one-time setup link (the first administrator's, AdminOnboarding; a holder's, e-mailed when the
        // account is made or reset): its holder cannot sign in yet; the link's token, bound to the account's security
        // stamp, is the check (AdminOnboardingTests, AccountHandoverTests: a forged or used link is refused).
        "AccountService.CompleteSetupAsync",

        // The link that confirms a notice address, opened perhaps on a phone not signed in: the protected, time-limited
        // token naming the account, the address and the last link's nonce is the check (EmailTests, AccountHandoverTests:
        // a forged link, a changed address or a used link is refused).
        "InboxService.ConfirmEmailAsync",
    };

    private static readonly Actor Nobody = new("nobody", "nobody", new HashSet<string>(), null);

    private static IEnumerable<Type> Services() => typeof(Program).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Service", StringComparison.Ordinal));

    private static IEnumerable<MethodInfo> AsyncMethods(Type service) => service
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) ||
            (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)) ||
            m.ReturnType == typeof(ValueTask));

    private static string NameOf(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}";

    [Fact]
    public void EveryPublicAsyncServiceMethod_TakesAnActor()
    {
        var methods = Services().SelectMany(AsyncMethods).ToList();
        var without = methods.Where(m => m.GetParameters().All(p => p.ParameterType != typeof(Actor)))
            .Select(NameOf).Where(n => !WithoutActor.Contains(n));

        Assert.Empty(without);
        Assert.Contains(methods, m => NameOf(m) == "CampaignService.CreateDraftAsync");
        Assert.True(methods.Count > 40, $"Only {methods.Count} service methods found.");
    }

    [Fact]
    public async Task EveryPublicAsyncServiceMethod_RefusesAnActorWithoutRoleOrUnit()
    {
        var admitted = new List<string>();
        foreach (var service in Services())
        {
            var instance = fixture.App.Services.GetService(service);
            Assert.True(instance is not null, $"{service.Name} is not registered.");
            foreach (var method in AsyncMethods(service).Where(m => !WithoutActor.Contains(NameOf(m))))
            {
                if (!await IsRefusedAsync(instance, method))
                {
                    admitted.Add(NameOf(method));
                }
            }
        }

        Assert.Empty(admitted);
    }

    private static async Task<bool> IsRefusedAsync(object instance, MethodInfo method)
    {
        try
        {
            var task = method.Invoke(instance, [.. method.GetParameters().Select(p => ArgumentFor(p.ParameterType))]);
            await (task switch
            {
                Task t => t,
                ValueTask v => v.AsTask(),
                _ => (Task)task!.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(task, null)!,
            });
            return false;
        }
        catch (TargetInvocationException e) when (e.InnerException is AccessDeniedException)
        {
            return true;
        }
        catch (AccessDeniedException)
        {
            return true;
        }
    }

    /// <summary>A harmless, non-null value of each parameter type: the check must come before any use of it.</summary>
    private static object? ArgumentFor(Type type)
    {
        if (type == typeof(Actor))
        {
            return Nobody;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "x",
            _ when underlying == typeof(int) => 1,
            _ when underlying == typeof(long) => 1L,
            _ when underlying == typeof(decimal) => 1m,
            _ when underlying == typeof(bool) => false,
            _ when underlying == typeof(CancellationToken) => CancellationToken.None,
            _ when underlying == typeof(Stream) => new MemoryStream(),
            _ when underlying.IsEnum => Enum.GetValues(underlying).GetValue(0),
            _ when underlying.IsValueType => Activator.CreateInstance(underlying),
            _ when underlying.IsInterface && underlying.IsGenericType => EmptyCollection(underlying),
            _ when underlying.IsInterface || underlying.IsAbstract || typeof(Delegate).IsAssignableFrom(underlying) => null,
            _ => RuntimeHelpers.GetUninitializedObject(underlying),
        };
    }

    private static object? EmptyCollection(Type type)
    {
        var arguments = type.GetGenericArguments();
        Type concrete = arguments.Length == 2
            ? typeof(Dictionary<,>).MakeGenericType(arguments)
            : typeof(List<>).MakeGenericType(arguments);
        return type.IsAssignableFrom(concrete) && typeof(IEnumerable).IsAssignableFrom(concrete)
            ? Activator.CreateInstance(concrete)
            : null;
    }
}
