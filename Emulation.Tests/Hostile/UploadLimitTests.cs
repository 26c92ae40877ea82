using System.Net;
using Emulation.Tests.Browser;
using Emulation.Tests.Infrastructure;

namespace Emulation.Tests.Hostile;

/// <summary>
/// A form bigger than the server reads (Kestrel's cap, 30 MB) is answered with a page in Vietnamese that says the limit,
/// not the framework's English antiforgery 400, and nothing of it is saved. It needs the real server: the test host
/// does not cap bodies.
/// </summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private readonly EmulationAppFactory _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = BrowserFixture.Listen(_app);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task StaffImport_OverTheServersCap_IsAVietnamesePageSayingTheLimit()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(_baseUrl),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostLoginAsync("tp.th", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword)).StatusCode);
        var unit = await _app.UnitIdAsync("TH");
        var address = $"/campaigns/1/units/{unit}?tab=staff";
        var token = LoginClient.AntiforgeryToken(await client.GetStringAsync(address));
        // The server answers before reading the body; a client that waits for "100 Continue" reads the answer instead of
        // losing it to the connection the server closes on the unread rest.
        client.DefaultRequestHeaders.ExpectContinue = true;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("staff-import"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[31_000_000]), "StaffFile", "ket-qua.xlsx" },
        };

        var response = await client.PostAsync(address, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("tối đa 30 MB", html, StringComparison.Ordinal);
        Assert.Contains("Không có gì được lưu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFormUnderTheCap_StillReachesItsPage()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(_baseUrl),
        };

        var login = await client.PostLoginAsync("tp.th", Emulation.Web.Data.Seed.DemoDataSeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }
}
