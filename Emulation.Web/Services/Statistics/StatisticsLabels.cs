using Emulation.Domain.Awards;
using Emulation.Domain.Statistics;
using Emulation.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Emulation.Web.Services.Statistics;

/// <summary>
/// The words of the reports' rows and columns, from the shared resources: the page passes its localizer, the workbook
/// <see cref="Wording.Vietnamese"/>, so both read the same text.
/// </summary>
public static class StatisticsLabels
{
    public static string Report(IStringLocalizer localizer, StatisticsReport report) => localizer[$"Stats.Report.{report}"];

    public static string Row(IStringLocalizer localizer, StatisticsReport report, StatRowView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Name ?? Row(localizer, report, row.Code);
    }

    public static string Row(IStringLocalizer localizer, StatisticsReport report, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (code == StatCell.RevokedExcluded.Row)
        {
            return localizer["Stats.RevokedRow"];
        }

        if (FormKey(report) is { } form)
        {
            return localizer[$"Stats.{form}.Row.{code}"];
        }

        if (code.StartsWith("kind:", StringComparison.Ordinal) && Enum.TryParse<AwardKind>(code[5..], out var kind))
        {
            return Wording.Label(localizer, kind);
        }

        return code switch
        {
            ProvinceSummary.Total => localizer["Stats.Total"],
            ProvinceSummary.AgencyLevel => localizer["Stats.Summary.AgencyLevel"],
            ProvinceSummary.AboveLevel => localizer["Stats.Summary.AboveLevel"],
            ProvinceSummary.Individual => localizer["Stats.Summary.Individual"],
            ProvinceSummary.Collective => localizer["Stats.Summary.Collective"],
            "heading:unit" => localizer["Stats.Summary.ByUnit"],
            "heading:kind" => localizer["Stats.Summary.ByKind"],
            "heading:level" => localizer["Stats.Summary.ByLevel"],
            "heading:recipient" => localizer["Stats.Summary.ByRecipient"],
            _ => code,
        };
    }

    /// <summary>What the report leaves blank because the records do not hold it, and why.</summary>
    public static string NotTrackedNote(IStringLocalizer localizer, StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return report == StatisticsReport.HomeAffairs ? localizer["Stats.NotTrackedNote"] : localizer[$"Stats.Report.{report}.NotTracked"];
    }

    /// <summary>The resource prefix of a Home Affairs form's rows and columns (F0601, F0602, F0603); null for the summary.</summary>
    private static string? FormKey(StatisticsReport report) =>
        StatisticsReports.Form(report) is { } form ? "F" + form.Number[..4] : null;

    public static string Column(IStringLocalizer localizer, StatisticsReport report, string code)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (FormKey(report) is { } form)
        {
            return localizer[$"Stats.{form}.Col.{code}"];
        }

        return code.StartsWith("title:", StringComparison.Ordinal) && Enum.TryParse<Title>(code[6..], out var title)
            ? Wording.TitleName(localizer, title)
            : localizer["Stats.Total"];
    }
}
