using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Emulation.Domain.Scoring;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Resources;

/// <summary>
/// Each explanation worded once per subject and language (<see cref="Wording.Explain"/>), kept as long as the
/// explanation itself: the review dashboard shows the same kept evaluation's explanations on every view, and wording
/// them was about 4 % of the page's processor time. An explanation is immutable data and the wording depends only on it,
/// the subject and the cultures, so a kept text is never stale; a new evaluation brings new explanations.
/// </summary>
public sealed class ExplanationWordings
{
    private readonly ConditionalWeakTable<Explanation, ConcurrentDictionary<(string Culture, string UiCulture, ExplainedSubject Subject), string>> _worded = new();

    /// <summary>The explanation in the current culture's words, as <see cref="Wording.Explain"/> gives it.</summary>
    public string Explain(IStringLocalizer localizer, Explanation explanation, ExplainedSubject subject)
    {
        var culture = CultureInfo.CurrentCulture;
        return _worded.GetValue(explanation, _ => new())
            .GetOrAdd((culture.Name, CultureInfo.CurrentUICulture.Name, subject),
                key => Wording.Explain(localizer, culture, explanation, key.Subject));
    }
}
