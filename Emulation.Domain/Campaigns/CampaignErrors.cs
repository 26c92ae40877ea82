using Emulation.Domain.Common;

namespace Emulation.Domain.Campaigns;

public static class CampaignErrors
{
    public static DomainError NoCriteria() =>
        new("campaign.no_criteria", "A campaign needs at least one scored criterion before it can be launched.");

    public static DomainError DuplicateCode(string code) =>
        new("campaign.duplicate_code", $"Criterion code '{code}' is used twice.", code);

    public static DomainError InvalidMaxPoints(string code) =>
        new("campaign.invalid_max_points", $"Criterion '{code}' needs maximum points greater than zero.", code);

    public static DomainError InvalidWeight(string code) =>
        new("campaign.invalid_weight", $"Criterion '{code}' needs a weight greater than zero.", code);

    public static DomainError WrongStatus(CampaignStatus actual, CampaignStatus expected) =>
        new("campaign.wrong_status", $"The campaign is {actual}; this step needs it to be {expected}.");

    public static DomainError InvalidYear(int year) =>
        new("campaign.invalid_year", $"Year {year} is outside 2000–2100.");
}
