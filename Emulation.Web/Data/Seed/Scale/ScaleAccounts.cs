using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>The person a scale data set's staff account is linked to.</summary>
internal sealed record ScaleStaffPerson(int Id, string FullName, int UnitId);

/// <summary>
/// The demo account for every role, and a department head for every unit (<c>tp.</c> and the unit's code), as a real
/// province has: load tests then put each head on their own unit, so a save reaches the workspaces of one unit only.
/// </summary>
internal sealed class ScaleAccounts(EmulationDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IReadOnlyList<DemoAccount>> CreateAsync(IReadOnlyList<ScaleUnit> units,
        IReadOnlyDictionary<int, string> headNames, ScaleStaffPerson? staffPerson)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var accounts = new List<(DemoAccount Account, int? UnitId, int? PersonId)>
        {
            (new("quantri", DemoDataSeeder.DemoPassword, Roles.Administrator, "Quản trị hệ thống", null), null, null),
            (new("congdoan", DemoDataSeeder.DemoPassword, Roles.UnionOfficer, "Nguyễn Thị Thu Hà", null), null, null),
            (new("lanhdao", DemoDataSeeder.DemoPassword, Roles.Leadership, "Trần Quốc Bảo", null), null, null),
        };
        accounts.AddRange(Enumerable.Range(1, 5).Select(i => (
            new DemoAccount($"hoidong{i}", DemoDataSeeder.DemoPassword, Roles.CouncilMember, DemoDataSeeder.CouncilMemberName(i), null),
            (int?)null, (int?)null)));
        accounts.AddRange(units.Select(u => (
            new DemoAccount("tp." + u.Code.ToLowerInvariant(), DemoDataSeeder.DemoPassword, Roles.DepartmentHead,
                headNames.GetValueOrDefault(u.Id, u.Name), u.Name),
            (int?)u.Id, (int?)null)));
        if (staffPerson is not null)
        {
            accounts.Add((new DemoAccount("nv.scale", DemoDataSeeder.DemoPassword, Roles.Staff, staffPerson.FullName,
                units.FirstOrDefault(u => u.Id == staffPerson.UnitId)?.Name), null, staffPerson.Id));
        }

        // One shared password, hashed once (with its own salt): hashing is deliberately slow, a second per account
        // on a busy machine. The accounts go in as one insert: through the user manager, a province's thousand heads
        // were two saves each, half a minute. The names are the seed's own and known unique; the manager still
        // normalises them and hashes the password, and each account gets its own security stamp.
        var roleIds = await roles.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        string? hash = null;
        foreach (var (account, unitId, personId) in accounts)
        {
            var user = new AppUser
            {
                UserName = account.UserName, NormalizedUserName = users.NormalizeName(account.UserName),
                FullName = account.FullName, UnitId = unitId, PersonId = personId,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, account.Password);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[account.Role] });
        }

        await db.SaveChangesAsync();
        return [.. accounts.Select(a => a.Account)];
    }
}
