using System.Globalization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services.Nominations;
using Emulation.Web.Resources;
using Emulation.Web.Services.Awards;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Council;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.Council;

/// <summary>Each nomination keeps the engine's explanation as data; it is worded where it is read, in the reader's language.</summary>
public sealed class NominationExplanationTests : FreshAppTests
{
    [Fact]
    public async Task NominateRecommended_StoresTheExplanationAsData_WordedInVietnameseAndEnglishByName()
    {
        var campaigns = App.Service<CampaignService>();
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.OpenResults)).IsSuccess);
        Assert.True((await campaigns.MoveAsync(TestActors.Officer, 1, CampaignStep.StartReview)).IsSuccess);

        var added = await App.Service<NominationService>().NominateRecommendedAsync(TestActors.Officer, 1);

        Assert.True(added.Value > 0, string.Join("; ", added.Errors));
        await using (var db = await App.DbAsync())
        {
            var stored = await db.Nominations.AsNoTracking().Where(n => n.CampaignId == 1).ToListAsync();
            Assert.Equal(added.Value, stored.Count);
            Assert.All(stored, n =>
            {
                Assert.NotNull(n.Explanation);
                Assert.Equal((n.Title, n.RuleSetId), (n.Explanation.Title, n.Explanation.RuleSet));
                Assert.NotEmpty(n.Explanation.Conditions);
                Assert.All(n.Explanation.Conditions, c => Assert.False(string.IsNullOrEmpty(c.Article)));
                Assert.Empty(n.LegacyExplanation);
            });
        }

        var person = (await App.Service<CouncilService>().ListAsync(TestActors.Council, 1)).First(n => n.PersonId is not null);
        var english = CultureInfo.GetCultureInfo("en-US");
        var vi = Wording.Explain(Wording.Vietnamese, Wording.VietnameseCulture, person.Explanation!, person.Subject);
        var en = Wording.Explain(Wording.In(english), english, person.Explanation!, person.Subject);

        Assert.Contains($"{person.SubjectName} ({person.UnitName})", vi, StringComparison.Ordinal);
        Assert.Contains("Căn cứ:", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("mã ", vi, StringComparison.Ordinal);
        Assert.Contains($"{person.SubjectName} ({person.UnitName})", en, StringComparison.Ordinal);
        Assert.Contains("Basis:", en, StringComparison.Ordinal);
    }
}
