using Emulation.Domain.Common;

namespace Emulation.Domain.Pledges;

public static class PledgeErrors
{
    public static DomainError TargetNotPositive(string code) =>
        new("pledge.target_not_positive", $"The target for '{code}' must be greater than zero.", code);

    public static DomainError TargetTooLarge(string code) =>
        new("pledge.target_too_large", $"The target for '{code}' is implausibly large.", code);

    public static DomainError ShareAboveHundred(string code) =>
        new("pledge.share_above_hundred", $"The target for '{code}' is a percentage and cannot exceed 100.", code);

    public static DomainError MissingTarget(string code) =>
        new("pledge.missing_target", $"A target for '{code}' is required.", code);

    public static DomainError NotEditable(SubmissionStatus status) =>
        new("pledge.not_editable", $"The pledge is {status} and can no longer be changed.");

    /// <summary>A collective title registered for a person, or a personal title for the unit.</summary>
    public static DomainError TitleWrongSubject(Awards.Title title) =>
        new("pledge.title_wrong_subject", $"{title} cannot be registered for this subject.", title.ToString());

    /// <summary>A title registered that the campaign does not offer.</summary>
    public static DomainError TitleNotOffered(Awards.Title title) =>
        new("pledge.title_not_offered", $"The campaign does not offer {title}.", title.ToString());

    public static DomainError PersonNotInUnit(string person) =>
        new("pledge.person_not_in_unit", $"Person {person} does not belong to this unit.", person);
}
