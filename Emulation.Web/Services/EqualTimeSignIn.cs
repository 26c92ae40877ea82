using System.Collections.Concurrent;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services;

/// <summary>
/// Sign-in by password that answers an unknown account as it answers a wrong password: the same work (one password
/// hash checked, against a hash of no one's password) and the same result, so neither the time taken nor the answer
/// tells whether an account exists. A locked account is answered the same way too: the framework refuses it before
/// checking the password, so the hash is checked here, or the quicker answer would tell that the account exists.
/// </summary>
/// <remarks>
/// The dummy hash is made once per hashing cost, so that it costs what the accounts' hashes cost even in a process
/// that hosts apps with different <see cref="PasswordHasherOptions"/> (the tests lower the cost of most of theirs).
/// </remarks>
public sealed class EqualTimeSignIn(SignInManager<AppUser> signIn, IOptions<PasswordHasherOptions> hashing)
{
    private static readonly AppUser Nobody = new();
    private static readonly ConcurrentDictionary<int, string> NobodysHash = new();

    public async Task<SignInResult> PasswordSignInAsync(string userName, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            CheckNobodysPassword(password);
            return SignInResult.Failed;
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            CheckNobodysPassword(password);
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }

    private void CheckNobodysPassword(string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        var hash = NobodysHash.GetOrAdd(hashing.Value.IterationCount,
            _ => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
