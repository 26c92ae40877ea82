using Emulation.Web.Services.Inbox;

namespace Emulation.Tests.Hostile;

/// <summary>The address notices are e-mailed to is the address the reader sees: no marks that make it read as another.</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("tp.th\u202E@example.gov.vn")]
    [InlineData("tp.th@exam\u202Eple.gov.vn")]
    [InlineData("tp.th\u200B@example.gov.vn")]
    [InlineData("tp.th\u200F@example.gov.vn")]
    [InlineData("tp.th@example.gov.vn\u0000")]
    public void AnAddressWithABidiControlOrInvisibleCharacter_IsRefused(string address) =>
        Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void APlainAddress_IsTaken() => Assert.True(EmailAddress.IsValid("tp.th@example.gov.vn"));
}
