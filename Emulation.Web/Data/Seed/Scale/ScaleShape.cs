namespace Emulation.Web.Data.Seed.Scale;

/// <summary>
/// How big the scale seed is: <c>Seed:Scale=true</c> turns it on, <c>Seed:ScaleShape:Units</c>, <c>:People</c> and
/// <c>:Years</c> shrink it for a quick try. The default is the size of a whole province's agencies.
/// </summary>
public sealed record ScaleShape(int Units, int People, int Years)
{
    public const string EnabledKey = "Seed:Scale";
    public const string Section = "Seed:ScaleShape";

    /// <summary>
    /// The year of the campaign in progress; the history is the <see cref="Years"/> before it. Fixed, unlike the demo's
    /// (<see cref="DemoSchedule"/>): measurements of one shape compare across runs.
    /// </summary>
    public const int CampaignYear = 2026;

    /// <summary>Departments are 20 to 300 strong, unless the shape is too small to give every unit 20.</summary>
    public const int MinStaff = 20;

    public const int MaxStaff = 300;

    public static ScaleShape Default { get; } = new(1_000, 100_000, 10);

    public int SmallestUnit => Math.Min(MinStaff, People / Units);

    public int FirstHistoryYear => CampaignYear - Years;

    public static ScaleShape From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var shape = new ScaleShape(
            section.GetValue<int?>(nameof(Units)) ?? Default.Units,
            section.GetValue<int?>(nameof(People)) ?? Default.People,
            section.GetValue<int?>(nameof(Years)) ?? Default.Years);
        shape.Validate();
        return shape;
    }

    public void Validate()
    {
        if (Units < 2 || People < Units || People > (long)Units * MaxStaff || Years is < 1 or > 30)
        {
            throw new InvalidOperationException(
                $"{Section}: needs at least 2 units, 1 to {MaxStaff} people per unit and 1 to 30 years " +
                $"(got {Units} units, {People} people, {Years} years).");
        }
    }
}
