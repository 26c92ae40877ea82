using Emulation.Domain.Awards;
using Emulation.Domain.Results;
using Emulation.Domain.Rules;

namespace Emulation.Domain.Scoring;

/// <summary>The conditions of each individual title, decided from a person's record (Law 06/2022).</summary>
internal static class IndividualEligibility
{
    /// <summary>
    /// Decides <paramref name="title"/> for <paramref name="p"/>: true when every condition other than
    /// "no proceedings pending" passes. With a <paramref name="sink"/>, also writes each condition with its facts.
    /// </summary>
    public static bool Decide(Title title, PersonRecord p, RuleSet rules, DateOnly referenceDate, bool unitMetTargets,
        List<Condition>? sink)
    {
        if (p.Current is not { } year)
        {
            sink?.Add(new Condition("record.present", false, LegalArticles.For(title), new Fact("year", FactValues.Of(p.Year))));
            return false;
        }

        var r = rules.Individuals;
        return title switch
        {
            Title.AdvancedWorker => AdvancedWorker(p, year, r, referenceDate, sink),
            Title.GrassrootsEmulationFighter => GrassrootsFighter(p, year, r, sink),
            Title.ProvincialEmulationFighter => ProvincialFighter(p, year, r, sink),
            Title.CertificateOfCommendation => Commendation(year, r, unitMetTargets, sink),
            Title.ProvincialCertificateOfMerit => ProvincialMerit(p, year, r, sink),
            Title.PrimeMinisterCertificateOfMerit => PrimeMinisterMerit(p, year, r, sink),
            Title.LabourOrderThirdClass => LabourOrder(p, year, r, sink),
            _ => throw new ArgumentOutOfRangeException(nameof(title), title, "Not an individual title."),
        };
    }

    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        int months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    private static bool AdvancedWorker(PersonRecord p, StaffYear y, IndividualRules r, DateOnly referenceDate, List<Condition>? sink)
    {
        bool rating = Contains(r.AdvancedWorkerRatings, y.Rating);
        int working = y.MonthsWorked + y.MaternityLeaveMonths;
        int sinceRecruitment = MonthsBetween(p.Person.RecruitedOn, referenceDate);
        bool worked = working >= r.MinMonthsWorked;
        bool recruited = sinceRecruitment >= r.MinMonthsSinceRecruitment;
        bool discipline = y.Discipline <= r.MaxDiscipline;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.AdvancedWorker);
            sink.Add(new("aw.rating", rating, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.AdvancedWorkerRatings))));
            sink.Add(new("aw.working_time", worked, LegalArticles.Maternity,
                new Fact("monthsWorked", FactValues.Of(y.MonthsWorked)), new Fact("maternityMonths", FactValues.Of(y.MaternityLeaveMonths)),
                new Fact("total", FactValues.Of(working)), new Fact("minimum", FactValues.Of(r.MinMonthsWorked))));
            sink.Add(new("aw.recruitment", recruited, LegalArticles.RecruitmentCircular,
                new Fact("recruitedOn", p.Person.RecruitedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("months", FactValues.Of(sinceRecruitment)), new Fact("minimum", FactValues.Of(r.MinMonthsSinceRecruitment))));
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return rating && worked && recruited && discipline;
    }

    private static bool GrassrootsFighter(PersonRecord p, StaffYear y, IndividualRules r, List<Condition>? sink)
    {
        bool ok = y.Rating == r.FighterRating || y.Initiative >= r.FighterInitiative;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.GrassrootsEmulationFighter);
            sink.Add(new("cstdcs.advanced_worker", p.AdvancedWorkerThisYear, art,
                new Fact("advancedWorker", FactValues.Of(p.AdvancedWorkerThisYear))));
            sink.Add(new("cstdcs.excellent_or_initiative", ok, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("initiative", FactValues.Of(y.Initiative)),
                new Fact("requiredRating", FactValues.Of(r.FighterRating)), new Fact("requiredInitiative", FactValues.Of(r.FighterInitiative))));
            AddProceedings(sink, y);
        }

        return p.AdvancedWorkerThisYear && ok;
    }

    private static bool ProvincialFighter(PersonRecord p, StaffYear y, IndividualRules r, List<Condition>? sink)
    {
        int streak = p.FighterStreak();
        bool streakOk = streak >= r.ProvincialFighterStreak;
        bool initiative = y.Initiative >= r.ProvincialFighterInitiative;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.ProvincialEmulationFighter);
            sink.Add(new("cstdct.fighter_streak", streakOk, art,
                new Fact("streak", FactValues.Of(streak)), new Fact("required", FactValues.Of(r.ProvincialFighterStreak))));
            sink.Add(new("initiative.level", initiative, art,
                new Fact("initiative", FactValues.Of(y.Initiative)), new Fact("required", FactValues.Of(r.ProvincialFighterInitiative))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return streakOk && initiative && y.Discipline <= r.MaxDiscipline;
    }

    private static bool Commendation(StaffYear y, IndividualRules r, bool unitMetTargets, List<Condition>? sink)
    {
        bool rating = Contains(r.CommendationRatings, y.Rating);
        bool achievement = y.Initiative >= InitiativeLevel.Grassroots || unitMetTargets;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.CertificateOfCommendation);
            sink.Add(new("gk.rating", rating, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.CommendationRatings))));
            sink.Add(new("gk.achievement", achievement, art,
                new Fact("initiative", FactValues.Of(y.Initiative)), new Fact("unitMetTargets", FactValues.Of(unitMetTargets))));
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return rating && achievement && y.Discipline <= r.MaxDiscipline;
    }

    private static bool ProvincialMerit(PersonRecord p, StaffYear y, IndividualRules r, List<Condition>? sink)
    {
        int fighters = p.FighterStreak();
        int excellent = p.RatingStreak(static q => q == QualityRating.Excellent);
        int initiativesF = p.InitiativeYears(r.MeritFighterStreak, InitiativeLevel.Grassroots);
        int initiativesE = p.InitiativeYears(r.MeritExcellentStreak, InitiativeLevel.Grassroots);
        bool fighterBranch = fighters >= r.MeritFighterStreak &&
            (r.MeritInitiativeClause == MeritInitiativeClause.BindsExcellentYearsOnly || initiativesF >= r.MeritInitiatives);
        bool excellentBranch = excellent >= r.MeritExcellentStreak && initiativesE >= r.MeritInitiatives;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.ProvincialCertificateOfMerit);
            sink.Add(new("bk.branch", fighterBranch || excellentBranch, art,
                new Fact("fighterStreak", FactValues.Of(fighters)), new Fact("requiredFighters", FactValues.Of(r.MeritFighterStreak)),
                new Fact("excellentStreak", FactValues.Of(excellent)), new Fact("requiredExcellent", FactValues.Of(r.MeritExcellentStreak)),
                new Fact("initiativeYears", FactValues.Of(Math.Max(initiativesF, initiativesE))),
                new Fact("requiredInitiatives", FactValues.Of(r.MeritInitiatives)),
                new Fact("initiativeClause", r.MeritInitiativeClause.ToString())));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return (fighterBranch || excellentBranch) && y.Discipline <= r.MaxDiscipline;
    }

    private static bool PrimeMinisterMerit(PersonRecord p, StaffYear y, IndividualRules r, List<Condition>? sink)
    {
        (int? prior, int ignored) = p.PriorMeritAward(Title.ProvincialCertificateOfMerit);
        int after = r.PrimeMinisterYearsFollowPriorAward && prior is { } py ? py : int.MinValue;
        int good = prior is null ? 0 : p.RatingStreak(PersonRecord.IsGoodOrBetter, after);
        int fighters = good == 0 ? 0 : p.CountFighterYears(p.Year - good + 1);
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.PrimeMinisterCertificateOfMerit);
            sink.Add(Prior(Title.ProvincialCertificateOfMerit, prior, ignored, art));
            sink.Add(GoodYears(good, r.PrimeMinisterGoodYears, prior, art));
            sink.Add(new("streak.fighter_titles", fighters >= r.PrimeMinisterFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.PrimeMinisterFighterTitles))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return prior is not null && good >= r.PrimeMinisterGoodYears && fighters >= r.PrimeMinisterFighterTitles &&
            y.Discipline <= r.MaxDiscipline;
    }

    private static bool LabourOrder(PersonRecord p, StaffYear y, IndividualRules r, List<Condition>? sink)
    {
        (int? prior, int ignored) = p.PriorMeritAward(Title.PrimeMinisterCertificateOfMerit);
        int good = prior is { } py ? p.RatingStreak(PersonRecord.IsGoodOrBetter, py) : 0;
        int from = p.Year - good + 1;
        int excellent = good == 0 ? 0 : p.CountExcellentYears(from);
        int fighters = good == 0 ? 0 : p.CountFighterYears(from);
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.LabourOrderThirdClass);
            sink.Add(Prior(Title.PrimeMinisterCertificateOfMerit, prior, ignored, art));
            sink.Add(GoodYears(good, r.LabourOrderGoodYears, prior, art));
            sink.Add(new("streak.excellent_years", excellent >= r.LabourOrderExcellentYears, art,
                new Fact("count", FactValues.Of(excellent)), new Fact("required", FactValues.Of(r.LabourOrderExcellentYears))));
            sink.Add(new("streak.fighter_titles", fighters >= r.LabourOrderFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.LabourOrderFighterTitles))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, y, r, art);
            AddProceedings(sink, y);
        }

        return prior is not null && good >= r.LabourOrderGoodYears && excellent >= r.LabourOrderExcellentYears &&
            fighters >= r.LabourOrderFighterTitles && y.Discipline <= r.MaxDiscipline;
    }

    private static bool Contains(IReadOnlyList<QualityRating> ratings, QualityRating rating)
    {
        for (int i = 0; i < ratings.Count; i++)
        {
            if (ratings[i] == rating)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names the revoked awards left out of the streaks, so a reader sees why a streak is shorter than before.</summary>
    private static void AddRevoked(List<Condition> sink, PersonRecord p, string art)
    {
        var years = p.RevokedAwardYears();
        if (years.Count > 0)
        {
            sink.Add(new("awards.revoked_ignored", true, art,
                new Fact("years", string.Join(", ", years.Select(FactValues.Of)))));
        }
    }

    private static Condition Prior(Title title, int? year, int ignored, string art) =>
        new("prior.merit_award", year is not null, $"{art}; {LegalArticles.NotBasisForMerit}",
            new Fact("title", "Title." + title), new Fact("year", year is { } y ? FactValues.Of(y) : "none"),
            new Fact("ignoredSuddenOrThematic", FactValues.Of(ignored)));

    private static Condition GoodYears(int count, int required, int? since, string art) =>
        new("streak.good_years", count >= required, art,
            new Fact("count", FactValues.Of(count)), new Fact("required", FactValues.Of(required)),
            new Fact("afterYear", since is { } s ? FactValues.Of(s) : "none"));

    private static void AddDiscipline(List<Condition> sink, StaffYear y, IndividualRules r, string art) =>
        sink.Add(new("discipline.allowed", y.Discipline <= r.MaxDiscipline, art,
            new Fact("discipline", FactValues.Of(y.Discipline)), new Fact("maximum", FactValues.Of(r.MaxDiscipline))));

    private static void AddProceedings(List<Condition> sink, StaffYear y) =>
        sink.Add(new("proceedings.none", !y.ProceedingsPending, LegalArticles.Deferral, new Fact("pending", FactValues.Of(y.ProceedingsPending))));
}
