namespace Emulation.Domain.Awards;

/// <summary>Which titles go to people and which to collectives (Law 06/2022 Art. 21–28, 74–75).</summary>
public static class Titles
{
    /// <summary>The emulation titles (danh hiệu thi đua) for individuals: Art. 21–24.</summary>
    public static IReadOnlySet<Title> IndividualEmulation { get; } = new HashSet<Title>
    {
        Title.AdvancedWorker, Title.GrassrootsEmulationFighter, Title.ProvincialEmulationFighter,
    };

    /// <summary>The emulation titles for collectives: Art. 26–28.</summary>
    public static IReadOnlySet<Title> CollectiveEmulation { get; } = new HashSet<Title>
    {
        Title.AdvancedLabourCollective, Title.ExcellentLabourCollective, Title.ProvincialEmulationFlag,
    };

    /// <summary>Every title given to a collective: its emulation titles and the collective forms of commendation.</summary>
    public static IReadOnlySet<Title> Collective { get; } = new HashSet<Title>(CollectiveEmulation)
    {
        Title.CollectiveCertificateOfCommendation, Title.CollectiveProvincialCertificateOfMerit,
    };

    public static bool IsCollective(Title title) => Collective.Contains(title);
}
