using Microsoft.AspNetCore.Components.Authorization;

namespace Emulation.Web.Services;

/// <summary>The signed-in user of this circuit or request, as an <see cref="Actor"/> for service calls.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return Actor.From(state.User);
    }
}
