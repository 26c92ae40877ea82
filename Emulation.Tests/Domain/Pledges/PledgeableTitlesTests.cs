using Emulation.Domain.Awards;
using Emulation.Domain.Pledges;

namespace Emulation.Tests.Domain.Pledges;

/// <summary>Units register only the titles the campaign offers: collective ones for the unit, individual ones for people.</summary>
[Trait("Category", "Fast")]
public sealed class PledgeableTitlesTests
{
    private static readonly PledgeableTitles Offered = PledgeableTitles.Offered(
        [Title.AdvancedWorker, Title.CertificateOfCommendation, Title.AdvancedLabourCollective]);

    [Fact]
    public void Offered_SplitsCollectiveFromIndividualTitles_TheIndividualGiayKhenAmongThePersonalOnes()
    {
        Assert.Equal([Title.AdvancedLabourCollective], Offered.ForUnit);
        Assert.Equal([Title.AdvancedWorker, Title.CertificateOfCommendation], Offered.ForPerson);
    }

    [Fact]
    public void Check_ATitleNotOffered_IsRefusedAsNotOffered()
    {
        var errors = Offered.Check([Title.ExcellentLabourCollective], [Title.GrassrootsEmulationFighter]);

        Assert.Equal([("pledge.title_not_offered", "ExcellentLabourCollective"), ("pledge.title_not_offered", "GrassrootsEmulationFighter")],
            errors.Select(e => (e.Code, e.Item)));
    }

    [Fact]
    public void Check_AnOfferedTitleForTheWrongSubject_IsRefusedAsTheWrongSubject()
    {
        var errors = Offered.Check([Title.AdvancedWorker], [Title.AdvancedLabourCollective]);

        Assert.All(errors, e => Assert.Equal("pledge.title_wrong_subject", e.Code));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Check_OfferedTitlesForTheirSubjects_PassWithoutErrors() =>
        Assert.Empty(Offered.Check([Title.AdvancedLabourCollective], [Title.CertificateOfCommendation, Title.AdvancedWorker]));
}
