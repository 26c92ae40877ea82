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
        var a = rules.Articles;
        return title switch
        {
            Title.AdvancedWorker => AdvancedWorker(p, year, r, a, referenceDate, sink),
            Title.GrassrootsEmulationFighter => GrassrootsFighter(p, year, r, a, sink),
            Title.ProvincialEmulationFighter => ProvincialFighter(p, year, r, a, sink),
            Title.CertificateOfCommendation => Commendation(p, year, r, a, unitMetTargets, sink),
            Title.ProvincialCertificateOfMerit => ProvincialMerit(p, year, r, a, sink),
            Title.PrimeMinisterCertificateOfMerit => PrimeMinisterMerit(p, year, r, a, sink),
            Title.LabourOrderThirdClass => LabourOrder(p, year, r, a, sink),
            _ => throw new ArgumentOutOfRangeException(nameof(title), title, "Not an individual title."),
        };
    }

    /// <summary>
    /// Whole months from <paramref name="from"/> to <paramref name="to"/>, both days included (Circular 01/2024):
    /// 1 July to 31 December is six months, 2 July to 31 December five.
    /// </summary>
    public static int MonthsInclusive(DateOnly from, DateOnly to) => MonthsBetween(from, to.AddDays(1));

    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        int months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }

    private static bool AdvancedWorker(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, DateOnly referenceDate,
        List<Condition>? sink)
    {
        bool rating = Contains(r.AdvancedWorkerRatings, y.Rating);
        bool leave = LeaveAllowsGoodRating(y);
        int working = y.MonthsWorked + y.MaternityLeaveMonths;
        int sinceRecruitment = MonthsInclusive(p.Person.RecruitedOn, referenceDate);
        bool worked = working >= r.MinMonthsWorked;
        bool recruited = sinceRecruitment >= r.MinMonthsSinceRecruitment;
        bool discipline = DisciplineAllows(p, y, r);
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.AdvancedWorker);
            sink.Add(new("aw.rating", rating, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.AdvancedWorkerRatings))));
            AddLeaveCap(sink, y, leave);
            sink.Add(new("aw.working_time", worked, a.WorkingTime,
                new Fact("monthsWorked", FactValues.Of(y.MonthsWorked)), new Fact("maternityMonths", FactValues.Of(y.MaternityLeaveMonths)),
                new Fact("total", FactValues.Of(working)), new Fact("minimum", FactValues.Of(r.MinMonthsWorked)),
                new Fact("leaveMonths", FactValues.Of(y.LeaveMonths)), new Fact("monthsFrom", MonthsSource(y)),
                new Fact("monthsReason", y.MonthsReason ?? "")));
            sink.Add(new("aw.recruitment", recruited, LegalArticles.RecruitmentCircular,
                new Fact("recruitedOn", p.Person.RecruitedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("months", FactValues.Of(sinceRecruitment)), new Fact("minimum", FactValues.Of(r.MinMonthsSinceRecruitment))));
            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return rating && leave && worked && recruited && discipline;
    }

    /// <summary>Where the months worked came from: the positions, the head's own figure with its reason, or the record as kept.</summary>
    private static string MonthsSource(StaffYear y) =>
        y.MonthsFromPositions ? "monthsFrom.positions" : y.MonthsReason is null ? "" : "monthsFrom.head";

    private static bool GrassrootsFighter(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, List<Condition>? sink)
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
            AddProceedings(sink, p, y, r, a);
        }

        return p.AdvancedWorkerThisYear && ok;
    }

    /// <summary>
    /// Art. 22: three consecutive CSTĐCS titles, and an initiative with province-wide effect recognised within those
    /// years (not only this one). Under Decree 152/2025 Art. 33(7) the titles and the initiative that earned an earlier
    /// Chiến sĩ thi đua cấp tỉnh do not serve again.
    /// </summary>
    private static bool ProvincialFighter(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, List<Condition>? sink)
    {
        var previous = r.AwardPeriodStartsAfterPreviousAward ? p.PreviousAwardAtOrAbove(Title.ProvincialEmulationFighter) : null;
        int after = Math.Max(p.NotCountedThrough, previous?.Year ?? int.MinValue);
        int streak = p.FighterStreak(after);
        bool streakOk = streak >= r.ProvincialFighterStreak;
        var highest = p.HighestInitiative(r.ProvincialFighterStreak, after);
        bool initiative = highest >= r.ProvincialFighterInitiative;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.ProvincialEmulationFighter);
            AddPreviousAward(sink, p, title: Title.ProvincialEmulationFighter, previous, after);
            sink.Add(new("cstdct.fighter_streak", streakOk, art,
                new Fact("streak", FactValues.Of(streak)), new Fact("required", FactValues.Of(r.ProvincialFighterStreak))));
            sink.Add(new("initiative.level", initiative, art,
                new Fact("initiative", FactValues.Of(highest)), new Fact("required", FactValues.Of(r.ProvincialFighterInitiative)),
                new Fact("years", FactValues.Of(r.ProvincialFighterStreak))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return streakOk && initiative && DisciplineAllows(p, y, r);
    }

    private static bool Commendation(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, bool unitMetTargets,
        List<Condition>? sink)
    {
        bool rating = Contains(r.CommendationRatings, y.Rating);
        bool leave = LeaveAllowsGoodRating(y);
        bool achievement = y.Initiative >= InitiativeLevel.Grassroots || unitMetTargets;
        int advancedYears = r.CommendationAdvancedWorkerYears > 0 ? p.AdvancedWorkerStreak(p.NotCountedThrough) : 0;
        bool advancedStreak = advancedYears >= r.CommendationAdvancedWorkerYears;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.CertificateOfCommendation);
            sink.Add(new("gk.rating", rating, art,
                new Fact("rating", FactValues.Of(y.Rating)), new Fact("required", string.Join(" / ", r.CommendationRatings))));
            AddLeaveCap(sink, y, leave);
            sink.Add(new("gk.achievement", achievement, art,
                new Fact("initiative", FactValues.Of(y.Initiative)), new Fact("unitMetTargets", FactValues.Of(unitMetTargets))));
            if (r.CommendationAdvancedWorkerYears > 0)
            {
                sink.Add(new("gk.advanced_worker_streak", advancedStreak, r.CommendationAdvancedWorkerArticle,
                    new Fact("streak", FactValues.Of(advancedYears)), new Fact("required", FactValues.Of(r.CommendationAdvancedWorkerYears))));
            }

            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return rating && leave && achievement && advancedStreak && DisciplineAllows(p, y, r);
    }

    private static bool ProvincialMerit(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, List<Condition>? sink)
    {
        var previous = r.AwardPeriodStartsAfterPreviousAward ? p.PreviousAwardAtOrAbove(Title.ProvincialCertificateOfMerit) : null;
        int after = Math.Max(p.NotCountedThrough, previous?.Year ?? int.MinValue);
        int fighters = p.FighterStreak(after);
        int excellent = p.RatingStreak(static q => q == QualityRating.Excellent, after);
        var initiativesF = p.InitiativeCount(r.MeritFighterStreak, InitiativeLevel.Grassroots, after, r.InitiativeServesOnce, r.FighterRating);
        var initiativesE = p.InitiativeCount(r.MeritExcellentStreak, InitiativeLevel.Grassroots, after, r.InitiativeServesOnce, r.FighterRating);
        bool fighterStreak = fighters >= r.MeritFighterStreak;
        bool excellentStreak = excellent >= r.MeritExcellentStreak;
        bool fighterBranch = fighterStreak &&
            (r.MeritInitiativeClause == MeritInitiativeClause.BindsExcellentYearsOnly || initiativesF.Counted >= r.MeritInitiatives);
        bool excellentBranch = excellentStreak && initiativesE.Counted >= r.MeritInitiatives;
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.ProvincialCertificateOfMerit);

            // The initiatives shown are those of the branch the person is closest to: the one that passes, else the longer streak.
            var shown = fighterBranch || (!excellentBranch && fighterStreak) ? initiativesF : initiativesE;
            AddPreviousAward(sink, p, title: Title.ProvincialCertificateOfMerit, previous, after);
            AddLeaveCap(sink, y, LeaveAllowsGoodRating(y));
            sink.Add(new("bk.branch", fighterBranch || excellentBranch, art,
                new Fact("fighterStreak", FactValues.Of(fighters)), new Fact("requiredFighters", FactValues.Of(r.MeritFighterStreak)),
                new Fact("excellentStreak", FactValues.Of(excellent)), new Fact("requiredExcellent", FactValues.Of(r.MeritExcellentStreak)),
                new Fact("initiatives", FactValues.Of(shown.Counted)),
                new Fact("requiredInitiatives", FactValues.Of(r.MeritInitiatives)),
                new Fact("initiativeClause", r.MeritInitiativeClause.ToString())));
            if (r.InitiativeServesOnce)
            {
                sink.Add(new("bk.initiatives_used", true, LegalArticles.InitiativeOnce, new Fact("used", FactValues.Of(shown.Used))));
            }

            AddRevoked(sink, p, art);
            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return (fighterBranch || excellentBranch) && DisciplineAllows(p, y, r);
    }

    private static bool PrimeMinisterMerit(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, List<Condition>? sink)
    {
        (int? prior, int ignored) = p.PriorMeritAward(Title.ProvincialCertificateOfMerit);
        var previous = r.AwardPeriodStartsAfterPreviousAward ? p.PreviousAwardAtOrAbove(Title.PrimeMinisterCertificateOfMerit) : null;
        int after = Math.Max(r.PrimeMinisterYearsFollowPriorAward && prior is { } py ? py : int.MinValue,
            Math.Max(p.NotCountedThrough, previous?.Year ?? int.MinValue));
        int good = prior is null ? 0 : p.RatingStreak(PersonRecord.IsGoodOrBetter, after);
        int fighters = good == 0 ? 0 : p.CountFighterYears(p.Year - good + 1);
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.PrimeMinisterCertificateOfMerit);
            sink.Add(Prior(Title.ProvincialCertificateOfMerit, prior, ignored, art, a));
            AddPreviousAward(sink, p, title: Title.PrimeMinisterCertificateOfMerit, previous, after);
            AddLeaveCap(sink, y, LeaveAllowsGoodRating(y));
            sink.Add(GoodYears(good, r.PrimeMinisterGoodYears, prior, art));
            sink.Add(new("streak.fighter_titles", fighters >= r.PrimeMinisterFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.PrimeMinisterFighterTitles))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return prior is not null && good >= r.PrimeMinisterGoodYears && fighters >= r.PrimeMinisterFighterTitles &&
            DisciplineAllows(p, y, r);
    }

    private static bool LabourOrder(PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, List<Condition>? sink)
    {
        (int? prior, int ignored) = p.PriorMeritAward(Title.PrimeMinisterCertificateOfMerit);
        var previous = r.AwardPeriodStartsAfterPreviousAward ? p.PreviousAwardAtOrAbove(Title.LabourOrderThirdClass) : null;
        int after = Math.Max(prior ?? int.MinValue, Math.Max(p.NotCountedThrough, previous?.Year ?? int.MinValue));
        int good = prior is not null ? p.RatingStreak(PersonRecord.IsGoodOrBetter, after) : 0;
        int from = p.Year - good + 1;
        int excellent = good == 0 ? 0 : p.CountExcellentYears(from);
        int fighters = good == 0 ? 0 : p.CountFighterYears(from);
        if (sink is not null)
        {
            string art = LegalArticles.For(Title.LabourOrderThirdClass);
            sink.Add(Prior(Title.PrimeMinisterCertificateOfMerit, prior, ignored, art, a));
            AddPreviousAward(sink, p, title: Title.LabourOrderThirdClass, previous, after);
            AddLeaveCap(sink, y, LeaveAllowsGoodRating(y));
            sink.Add(GoodYears(good, r.LabourOrderGoodYears, prior, art));
            sink.Add(new("streak.excellent_years", excellent >= r.LabourOrderExcellentYears, art,
                new Fact("count", FactValues.Of(excellent)), new Fact("required", FactValues.Of(r.LabourOrderExcellentYears))));
            sink.Add(new("streak.fighter_titles", fighters >= r.LabourOrderFighterTitles, art,
                new Fact("count", FactValues.Of(fighters)), new Fact("required", FactValues.Of(r.LabourOrderFighterTitles))));
            AddRevoked(sink, p, art);
            AddDiscipline(sink, p, y, r, a, art);
            AddProceedings(sink, p, y, r, a);
        }

        return prior is not null && good >= r.LabourOrderGoodYears && excellent >= r.LabourOrderExcellentYears &&
            fighters >= r.LabourOrderFighterTitles && DisciplineAllows(p, y, r);
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

    private static Condition Prior(Title title, int? year, int ignored, string art, PrincipleArticles a) =>
        new("prior.merit_award", year is not null, $"{art}; {a.NotBasisForMerit}",
            new Fact("title", "Title." + title), new Fact("year", year is { } y ? FactValues.Of(y) : "none"),
            new Fact("ignoredNotMerit", FactValues.Of(ignored)));

    private static Condition GoodYears(int count, int required, int? since, string art) =>
        new("streak.good_years", count >= required, art,
            new Fact("count", FactValues.Of(count)), new Fact("required", FactValues.Of(required)),
            new Fact("afterYear", since is { } s ? FactValues.Of(s) : "none"));

    /// <summary>
    /// Decree 90/2020 Art. 2(3) as amended by Decree 48/2023: three months' leave or more (maternity not counted) caps the
    /// year's rating below "good", so a "good" or "excellent" recorded with it does not serve a title.
    /// </summary>
    private static bool LeaveAllowsGoodRating(StaffYear y) => y.LeaveMonths < StaffYearResult.LeaveMonthsCappingRating;

    /// <summary>
    /// Written only for a year with leave, where the cap can matter; six months of leave (beside six at work, the most a
    /// rated year can have) is past the text's "under 6 months", and the article says the cap is kept there.
    /// </summary>
    private static void AddLeaveCap(List<Condition> sink, StaffYear y, bool allows)
    {
        if (y.LeaveMonths > 0)
        {
            string article = y.LeaveMonths >= StaffYearResult.MinMonthsToRate ? LegalArticles.LeaveCapSixMonths : LegalArticles.LeaveCap;
            sink.Add(new("rating.leave_cap", allows, article,
                new Fact("leaveMonths", FactValues.Of(y.LeaveMonths)), new Fact("cap", FactValues.Of(StaffYearResult.LeaveMonthsCappingRating))));
        }
    }

    /// <summary>This year's discipline within the rule set's limit, and no disciplinary period reaching into this year (Art. 4(4)).</summary>
    private static bool DisciplineAllows(PersonRecord p, StaffYear y, IndividualRules r) =>
        y.Discipline <= r.MaxDiscipline && p.NotCountedThrough < p.Year;

    private static void AddDiscipline(List<Condition> sink, PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a, string art)
    {
        sink.Add(new("discipline.allowed", y.Discipline <= r.MaxDiscipline, art,
            new Fact("discipline", FactValues.Of(y.Discipline)), new Fact("maximum", FactValues.Of(r.MaxDiscipline))));
        if (p.DisciplineEnd is { } end)
        {
            sink.Add(new("discipline.period_ended", p.NotCountedThrough < p.Year, a.Deferral,
                new Fact("end", FactValues.Of(end)), new Fact("countsFrom", FactValues.Of(p.NotCountedThrough + 1))));
        }
    }

    /// <summary>
    /// Names the previous award of the same or a higher form: under Decree 152/2025 Art. 33(7) the period starts after it;
    /// under a rule set without that rule (Decree 98/2023) its years are counted again, which the explanation says, with
    /// the law's principle the reading may conflict with.
    /// </summary>
    private static void AddPreviousAward(List<Condition> sink, PersonRecord p, Title title, AwardRecord? previous, int after)
    {
        if (previous is null && p.PreviousAwardAtOrAbove(title) is { } counted)
        {
            sink.Add(new("award.period_counted_again", true, LegalArticles.AwardPeriodNotRestarted,
                new Fact("title", "Title." + counted.Title), new Fact("year", FactValues.Of(counted.Year)),
                new Fact("decision", counted.DecisionNumber ?? "none")));
        }

        if (previous is not null)
        {
            sink.Add(new("award.period_after_previous", true, LegalArticles.AwardPeriod,
                new Fact("title", "Title." + previous.Title), new Fact("year", FactValues.Of(previous.Year)),
                new Fact("decision", previous.DecisionNumber ?? "none"), new Fact("countsFrom", FactValues.Of(after + 1))));
        }
    }

    /// <summary>
    /// What a recommendation waits for: proceedings pending, after a transfer the former unit's opinion, and the unit's
    /// results not yet submitted (the head's ratings are a draft until then). For someone who died, that the title is
    /// given posthumously.
    /// </summary>
    private static void AddProceedings(List<Condition> sink, PersonRecord p, StaffYear y, IndividualRules r, PrincipleArticles a)
    {
        if (!p.Unit.ResultsSubmitted)
        {
            sink.Add(new("unit.results_submitted", false, LegalArticles.SubmittedResults,
                new Fact("unit", p.Unit.Name)));
        }

        if (p.Person.DiedOn is { } died)
        {
            sink.Add(new("award.posthumous", true, Posthumous.Article, new Fact("diedOn", FactValues.Of(died))));
        }

        sink.Add(new("proceedings.none", !y.ProceedingsPending, a.Deferral, new Fact("pending", FactValues.Of(y.ProceedingsPending))));
        if (y.MonthsInFormerUnit > 0)
        {
            bool needed = y.MonthsInFormerUnit >= r.FormerUnitOpinionMinMonths;
            sink.Add(new("transfer.former_unit_opinion", !needed || y.FormerUnitOpinionReceived, LegalArticles.FormerUnitOpinion,
                new Fact("months", FactValues.Of(y.MonthsInFormerUnit)), new Fact("minimum", FactValues.Of(r.FormerUnitOpinionMinMonths)),
                new Fact("received", FactValues.Of(y.FormerUnitOpinionReceived))));
        }
    }
}
