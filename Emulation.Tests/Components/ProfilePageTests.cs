using Bunit;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Components.Pages.Profiles;
using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Components;

/// <summary>A person's achievement profile, for an award recorded from a decision document issued outside the app.</summary>
[Trait("Category", "Fast")]
public sealed class ProfilePageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task ARecordedAward_SaysWhereItCameFrom_AndThatItsCashWasNotRecorded_InCellsThatNameTheirColumn()
    {
        int personId;
        await using (var db = await App.DbAsync())
        {
            personId = await db.Awards.Where(a => a.PersonId != null && a.DecisionId == null && a.CashVnd == null)
                .OrderBy(a => a.Id).Select(a => a.PersonId!.Value).FirstAsync(Xunit.TestContext.Current.CancellationToken);
        }

        SignInAs("congdoan", Roles.UnionOfficer);
        var page = Render<ProfilePage>(p => p.Add(x => x.PersonId, personId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=profile-cash]")));
        var cash = page.FindAll("[data-testid=profile-cash]")[0];
        Assert.Equal("không ghi nhận", cash.TextContent.Trim());
        Assert.Equal("Tiền thưởng", cash.GetAttribute("data-label"));
        Assert.Contains("ghi nhận từ văn bản quyết định", page.Find("[data-testid=profile-awards]").TextContent, StringComparison.Ordinal);
        // Its file is not kept here, which the empty cell would not say; nor would an empty list of documents.
        Assert.Contains("Quyết định giấy, không lưu tệp", page.Find("[data-testid=profile-awards]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Chưa có văn bản, minh chứng nào", page.Find("[data-testid=profile-no-documents]").TextContent, StringComparison.Ordinal);
    }
}
