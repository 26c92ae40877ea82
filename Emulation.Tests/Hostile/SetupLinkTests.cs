using Emulation.Tests.Api;
using Emulation.Web.Services.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Hostile;

/// <summary>
/// The administrator's setup page is anonymous: a guessed link must not tell an administrator's user name from any
/// other account or from no account at all.
/// </summary>
public sealed class SetupLinkTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AForgedLink_ReadsTheSame_ForAnAdministrator_AnotherAccount_AndNoAccount()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        string[] userNames = ["quantri", "congdoan", "khong.co.ai"];

        var answers = new List<string>();
        foreach (var userName in userNames)
        {
            var result = await accounts.CompleteSetupAsync(userName, "a-guessed-token", "Doan@Mo2026", "Doan@Mo2026");
            answers.Add(Assert.Single(result.Errors).Code);
        }

        Assert.All(answers, code => Assert.Equal(AccountService.SetupLinkInvalid().Code, code));
    }
}
