using Emulation.Domain.Awards;
using Emulation.Domain.Organization;

namespace Emulation.Tests.Domain.Entities;

/// <summary>
/// Truy tặng (Decree 152/2025 Art. 51(1), 54(1): "tặng hoặc truy tặng"): a person who died may still be proposed, and an
/// award decided on or after the day of death is posthumous; someone who retired or moved out is neither.
/// </summary>
[Trait("Category", "Fast")]
public sealed class PosthumousAwardTests
{
    private static readonly DateOnly Died = new(2026, 10, 14);

    private static Person Left(LeaveReason reason)
    {
        var person = Person.Create("Lê Văn An", Gender.Male, unitId: 1, new DateOnly(2015, 3, 1), "Chuyên viên", "TH-901");
        Assert.True(person.Leave(reason, Died, null).IsSuccess);
        return person;
    }

    [Fact]
    public void Decree152Art54_1_SomeoneWhoDied_MayStillBeProposed_AndTheAwardDecidedAfterIsPosthumous()
    {
        var person = Left(LeaveReason.Deceased);

        Assert.True(Posthumous.MayBeProposed.Compile()(person));
        Assert.True(Posthumous.Is(person.LeaveReason, person.LeftOn, new DateOnly(2026, 12, 20)));
        Assert.True(Posthumous.Is(person.LeaveReason, person.LeftOn, Died));
        Assert.Contains("truy tặng", Posthumous.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void Decree152Art54_1_AnAwardDecidedBeforeTheDeath_IsNotPosthumous()
    {
        var person = Left(LeaveReason.Deceased);

        Assert.False(Posthumous.Is(person.LeaveReason, person.LeftOn, Died.AddDays(-1)));
    }

    [Theory]
    [InlineData(LeaveReason.Retired)]
    [InlineData(LeaveReason.MovedOut)]
    [InlineData(LeaveReason.Resigned)]
    public void SomeoneWhoLeftAlive_IsNotProposedHere_NorAwardedPosthumously(LeaveReason reason)
    {
        var person = Left(reason);

        Assert.False(Posthumous.MayBeProposed.Compile()(person));
        Assert.False(Posthumous.Is(person.LeaveReason, person.LeftOn, new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void SomeoneOnTheStaff_MayBeProposed_AndIsAwardedInPerson()
    {
        var person = Person.Create("Trần Thị Bình", Gender.Female, unitId: 1, new DateOnly(2015, 3, 1), "Chuyên viên", "TH-902");

        Assert.True(Posthumous.MayBeProposed.Compile()(person));
        Assert.False(Posthumous.Is(person.LeaveReason, person.LeftOn, new DateOnly(2026, 12, 20)));
    }
}
