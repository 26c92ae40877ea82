using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The conditions of each individual title, decided from a person's record (Law 06/2022).</summary>
internal static class IndividualEligibility
{
    public static Condition[] For(Title title, PersonRecord p, RuleSet rules, DateOnly referenceDate, bool unitMetTargets)
    {
        if (p.Current is not { } year)
        {
            return [new Condition("record.present", false, LegalArticles.For(title), new Fact("year", FactValues.Of(p.Year)))];
        }

        return title switch
        {
            Title.AdvancedWorker => AdvancedWorker(p, year, rules.Individuals, referenceDate),
            Title.GrassrootsEmulationFighter => GrassrootsFighter(p, year, rules.Individuals),
            Title.ProvincialEmulationFighter => ProvincialFighter(p, year, rules.Individuals),
            Title.CertificateOfCommendation => Commendation(year, rules.Individuals, unitMetTargets),
            Title.ProvincialCertificateOfMerit => ProvincialMerit(p, year, rules.Individuals),
            Title.PrimeMinisterCertificateOfMerit => PrimeMinisterMerit(p, year, rules.Individuals),
            Title.LabourOrderThirdClass => LabourOrder(p, year, rules.Individuals),
            _ => throw new ArgumentOutOfRangeException(nameof(title), title, "Not an individual title."),
        };
    }

    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        int months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    private static Condition[] AdvancedWorker(PersonRecord p, StaffYear y, IndividualRules r, DateOnly referenceDate)
    {
        string art = LegalArticles.For(Title.AdvancedWorker);
        int working = y.MonthsWorked + y.MaternityLeaveMonths;
        int sinceRecruitment = MonthsBetween(p.Person.RecruitedOn, referenceDate);
        return
        [
            new("aw.rating", r.AdvancedWorkerRatings.Contains(y.Rating), art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.AdvancedWorkerRatings))),
            new("aw.working_time", working >= r.MinMonthsWorked, LegalArticles.Maternity,
                new Fact("monthsWorked", FactValues.Of(y.MonthsWorked)), new Fact("maternityMonths", FactValues.Of(y.MaternityLeaveMonths)),
                new Fact("total", FactValues.Of(working)), new Fact("minimum", FactValues.Of(r.MinMonthsWorked))),
            new("aw.recruitment", sinceRecruitment >= r.MinMonthsSinceRecruitment, LegalArticles.RecruitmentCircular,
                new Fact("recruitedOn", p.Person.RecruitedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("months", FactValues.Of(sinceRecruitment)), new Fact("minimum", FactValues.Of(r.MinMonthsSinceRecruitment))),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition[] GrassrootsFighter(PersonRecord p, StaffYear y, IndividualRules r)
    {
        string art = LegalArticles.For(Title.GrassrootsEmulationFighter);
        bool ok = y.Rating == r.FighterRating || y.Initiative >= r.FighterInitiative;
        return
        [
            new("cstdcs.advanced_worker", p.AdvancedWorkerThisYear, art, new Fact("advancedWorker", FactValues.Of(p.AdvancedWorkerThisYear))),
            new("cstdcs.excellent_or_initiative", ok, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("initiative", FactValues.Of(y.Initiative)),
                new Fact("requiredRating", FactValues.Of(r.FighterRating)), new Fact("requiredInitiative", FactValues.Of(r.FighterInitiative))),
            Proceedings(y),
        ];
    }

    private static Condition[] ProvincialFighter(PersonRecord p, StaffYear y, IndividualRules r)
    {
        string art = LegalArticles.For(Title.ProvincialEmulationFighter);
        int streak = p.FighterStreak();
        return
        [
            new("cstdct.fighter_streak", streak >= r.ProvincialFighterStreak, art,
                new Fact("streak", FactValues.Of(streak)), new Fact("required", FactValues.Of(r.ProvincialFighterStreak))),
            Initiative(y, r.ProvincialFighterInitiative, art),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition[] Commendation(StaffYear y, IndividualRules r, bool unitMetTargets)
    {
        string art = LegalArticles.For(Title.CertificateOfCommendation);
        bool achievement = y.Initiative >= InitiativeLevel.Grassroots || unitMetTargets;
        return
        [
            new("gk.rating", r.CommendationRatings.Contains(y.Rating), art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.CommendationRatings))),
            new("gk.achievement", achievement, art,
                new Fact("initiative", FactValues.Of(y.Initiative)), new Fact("unitMetTargets", FactValues.Of(unitMetTargets))),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition[] ProvincialMerit(PersonRecord p, StaffYear y, IndividualRules r)
    {
        string art = LegalArticles.For(Title.ProvincialCertificateOfMerit);
        int fighters = p.FighterStreak();
        int excellent = p.RatingStreak(static q => q == QualityRating.Excellent);
        int initiativesF = p.InitiativeYears(r.MeritFighterStreak, InitiativeLevel.Grassroots);
        int initiativesE = p.InitiativeYears(r.MeritExcellentStreak, InitiativeLevel.Grassroots);
        bool fighterBranch = fighters >= r.MeritFighterStreak &&
            (r.MeritInitiativeClause == MeritInitiativeClause.BindsExcellentYearsOnly || initiativesF >= r.MeritInitiatives);
        bool excellentBranch = excellent >= r.MeritExcellentStreak && initiativesE >= r.MeritInitiatives;
        return
        [
            new("bk.branch", fighterBranch || excellentBranch, art,
                new Fact("fighterStreak", FactValues.Of(fighters)), new Fact("requiredFighters", FactValues.Of(r.MeritFighterStreak)),
                new Fact("excellentStreak", FactValues.Of(excellent)), new Fact("requiredExcellent", FactValues.Of(r.MeritExcellentStreak)),
                new Fact("initiativeYears", FactValues.Of(Math.Max(initiativesF, initiativesE))),
                new Fact("requiredInitiatives", FactValues.Of(r.MeritInitiatives)),
                new Fact("initiativeClause", r.MeritInitiativeClause.ToString())),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition[] PrimeMinisterMerit(PersonRecord p, StaffYear y, IndividualRules r)
    {
        string art = LegalArticles.For(Title.PrimeMinisterCertificateOfMerit);
        (int? prior, int ignored) = p.PriorMeritAward(Title.ProvincialCertificateOfMerit);
        int after = r.PrimeMinisterYearsFollowPriorAward && prior is { } py ? py : int.MinValue;
        int good = prior is null ? 0 : p.RatingStreak(PersonRecord.IsGoodOrBetter, after);
        int fighters = good == 0 ? 0 : p.CountIn(p.Year - good + 1, p.IsFighterIn);
        return
        [
            Prior(Title.ProvincialCertificateOfMerit, prior, ignored, art),
            GoodYears(good, r.PrimeMinisterGoodYears, prior, art),
            new("streak.fighter_titles", fighters >= r.PrimeMinisterFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.PrimeMinisterFighterTitles))),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition[] LabourOrder(PersonRecord p, StaffYear y, IndividualRules r)
    {
        string art = LegalArticles.For(Title.LabourOrderThirdClass);
        (int? prior, int ignored) = p.PriorMeritAward(Title.PrimeMinisterCertificateOfMerit);
        int good = prior is { } py ? p.RatingStreak(PersonRecord.IsGoodOrBetter, py) : 0;
        int from = p.Year - good + 1;
        int excellent = good == 0 ? 0 : p.CountIn(from, yr => p.In(yr)?.Rating == QualityRating.Excellent);
        int fighters = good == 0 ? 0 : p.CountIn(from, p.IsFighterIn);
        return
        [
            Prior(Title.PrimeMinisterCertificateOfMerit, prior, ignored, art),
            GoodYears(good, r.LabourOrderGoodYears, prior, art),
            new("streak.excellent_years", excellent >= r.LabourOrderExcellentYears, art,
                new Fact("count", FactValues.Of(excellent)), new Fact("required", FactValues.Of(r.LabourOrderExcellentYears))),
            new("streak.fighter_titles", fighters >= r.LabourOrderFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.LabourOrderFighterTitles))),
            Discipline(y, r, art),
            Proceedings(y),
        ];
    }

    private static Condition Prior(Title title, int? year, int ignored, string art) =>
        new("prior.merit_award", year is not null, $"{art}; {LegalArticles.NotBasisForMerit}",
            new Fact("title", "Title." + title), new Fact("year", year is { } y ? FactValues.Of(y) : "none"),
            new Fact("ignoredSuddenOrThematic", FactValues.Of(ignored)));

    private static Condition GoodYears(int count, int required, int? since, string art) =>
        new("streak.good_years", count >= required, art,
            new Fact("count", FactValues.Of(count)), new Fact("required", FactValues.Of(required)),
            new Fact("afterYear", since is { } s ? FactValues.Of(s) : "none"));

    private static Condition Initiative(StaffYear y, InitiativeLevel required, string art) =>
        new("initiative.level", y.Initiative >= required, art,
            new Fact("initiative", FactValues.Of(y.Initiative)), new Fact("required", FactValues.Of(required)));

    private static Condition Discipline(StaffYear y, IndividualRules r, string art) =>
        new("discipline.allowed", y.Discipline <= r.MaxDiscipline, art,
            new Fact("discipline", FactValues.Of(y.Discipline)), new Fact("maximum", FactValues.Of(r.MaxDiscipline)));

    private static Condition Proceedings(StaffYear y) =>
        new("proceedings.none", !y.ProceedingsPending, LegalArticles.Deferral, new Fact("pending", FactValues.Of(y.ProceedingsPending)));
}
