using System.Net;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Decisions;

/// <summary>
/// Achievement profiles by id: to the head of another unit, that unit's profile and its people's are the same as ids
/// that do not exist (page and export), so that an id tells nothing about another unit; whoever may see them still does.
/// </summary>
public sealed class ProfileAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string NotFound = "data-testid=\"profile-not-found\"";
    private const string Found = "data-testid=\"profile-name\"";

    private async Task<(int Unit, int Person)> ThAsync()
    {
        var th = await fixture.App.UnitIdAsync("TH");
        await using var db = await fixture.App.DbAsync();
        var person = await db.People.Where(p => p.UnitId == th).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return (th, person);
    }

    [Fact]
    public async Task HeadOfAnotherUnit_FindsTheUnitAndItsPeopleAsIfTheyDidNotExist()
    {
        var (th, person) = await ThAsync();
        var profiles = fixture.App.Service<ProfileService>();
        var stranger = TestActors.HeadOf(await fixture.App.UnitIdAsync("KT"));

        Assert.Null(await profiles.GetPersonAsync(stranger, person));
        Assert.Null(await profiles.GetUnitAsync(stranger, th));
        Assert.NotNull(await profiles.GetPersonAsync(TestActors.HeadOf(th), person));
        Assert.NotNull(await profiles.GetUnitAsync(TestActors.HeadOf(th), th));
    }

    [Fact]
    public async Task HeadOfAnotherUnit_OverHttp_GetsWhatAnUnknownIdGets_WhileTheOfficerSeesThem()
    {
        var (th, person) = await ThAsync();
        using var head = await fixture.App.SignedInClientAsync("tp.kt");
        using var officer = await fixture.App.SignedInClientAsync("congdoan");

        foreach (var (path, unknown) in new[]
                 {
                     ($"/profile/person/{person}", $"/profile/person/{int.MaxValue}"),
                     ($"/profile/unit/{th}", $"/profile/unit/{int.MaxValue}"),
                 })
        {
            var page = await head.GetAsync(path);
            var unknownPage = await head.GetAsync(unknown);
            Assert.Equal(unknownPage.StatusCode, page.StatusCode);
            Assert.Contains(NotFound, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(NotFound, await unknownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(Found, await officer.GetStringAsync(path), StringComparison.Ordinal);
        }

        foreach (var (path, unknown) in new[]
                 {
                     ($"/documents/profile/person/{person}.xlsx", $"/documents/profile/person/{int.MaxValue}.xlsx"),
                     ($"/documents/profile/unit/{th}.xlsx", $"/documents/profile/unit/{int.MaxValue}.xlsx"),
                 })
        {
            var file = await head.GetAsync(path);
            var unknownFile = await head.GetAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
            Assert.Equal(unknownFile.StatusCode, file.StatusCode);
            Assert.Equal(unknownFile.Content.Headers.ContentType?.MediaType, file.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path)).StatusCode);
        }
    }
}
