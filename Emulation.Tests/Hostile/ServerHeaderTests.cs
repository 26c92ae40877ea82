using Emulation.Tests.Api;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Emulation.Tests.Hostile;

/// <summary>The server does not name its software on its answers (the test host has no Kestrel, so its options are read).</summary>
public sealed class ServerHeaderTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Kestrel_SendsNoServerHeader() =>
        Assert.False(fixture.App.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
}
