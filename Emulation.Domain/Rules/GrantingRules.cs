using Emulation.Domain.Awards;

namespace Emulation.Domain.Rules;

/// <summary>The granting authority of every title and form, as rule-set data (a province may delegate differently).</summary>
public sealed record GrantingRules
{
    public const string HeadOfAgencyArticle = "Luật TĐKT 06/2022/QH15 Điều 80 khoản 1";
    public const string ProvincialArticle = "Luật TĐKT 06/2022/QH15 Điều 79";
    public const string NationalArticle = "Luật TĐKT 06/2022/QH15 Điều 78";

    public IReadOnlyList<GrantingRule> Rules { get; init; } = Defaults;

    /// <summary>Law 06/2022: the agency's head decides the base titles and the Giấy khen; everything else goes up.</summary>
    public static IReadOnlyList<GrantingRule> Defaults { get; } =
    [
        new(Title.AdvancedWorker, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, HeadOfAgencyArticle),
        new(Title.GrassrootsEmulationFighter, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, HeadOfAgencyArticle),
        new(Title.AdvancedLabourCollective, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, HeadOfAgencyArticle),
        new(Title.CertificateOfCommendation, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, HeadOfAgencyArticle),
        new(Title.CollectiveCertificateOfCommendation, AwardingLevel.HeadOfAgency, AwardingLevel.HeadOfAgency, HeadOfAgencyArticle),
        new(Title.ProvincialEmulationFighter, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle),
        new(Title.ProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle),
        new(Title.CollectiveProvincialCertificateOfMerit, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle),
        new(Title.ExcellentLabourCollective, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle),
        new(Title.ProvincialEmulationFlag, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle),
        new(Title.PrimeMinisterCertificateOfMerit, AwardingLevel.PrimeMinister, AwardingLevel.ProvincialChairman, NationalArticle),
        new(Title.LabourOrderThirdClass, AwardingLevel.StatePresident, AwardingLevel.ProvincialChairman, NationalArticle),
    ];

    /// <summary>The rule for <paramref name="title"/>; a title the data leaves out is treated as decided above the agency.</summary>
    public GrantingRule For(Title title) =>
        Rules.FirstOrDefault(r => r.Title == title) ??
        new GrantingRule(title, AwardingLevel.ProvincialChairman, AwardingLevel.HeadOfAgency, ProvincialArticle);

    /// <summary>Whether the agency's own decision may grant <paramref name="title"/>.</summary>
    public bool AgencyDecides(Title title) => For(title).DecidedBy == AwardingLevel.HeadOfAgency;
}
