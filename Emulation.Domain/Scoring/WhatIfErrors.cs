using System.Globalization;
using Emulation.Domain.Common;

namespace Emulation.Domain.Scoring;

public static class WhatIfErrors
{
    public static DomainError NoChanges() => new("whatif.no_changes", "Choose at least one change to try.");

    public static DomainError UnknownUnit(int unitId) =>
        new("whatif.unknown_unit", "The unit does not take part in the campaign.", unitId.ToString(CultureInfo.InvariantCulture));

    public static DomainError UnknownCriterion(string code) =>
        new("whatif.unknown_criterion", "The campaign has no criterion with this code.", code);

    public static DomainError UnknownPerson(int personId) =>
        new("whatif.unknown_person", "The person has no record for the evaluated year.", personId.ToString(CultureInfo.InvariantCulture));

    public static DomainError BadShare(decimal percent) =>
        new("whatif.bad_share", "A share limit must be between 0 and 100 per cent.", percent.ToString(CultureInfo.InvariantCulture));
}
