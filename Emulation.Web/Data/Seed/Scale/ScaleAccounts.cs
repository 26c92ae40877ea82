using Microsoft.AspNetCore.Identity;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>The demo account for every role, with department heads for the first units and the largest one.</summary>
internal sealed class ScaleAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    private const int HeadedUnits = 5;

    public async Task<IReadOnlyList<DemoAccount>> CreateAsync(IReadOnlyList<ScaleUnit> units,
        IReadOnlyDictionary<int, string> headNames)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var accounts = new List<(DemoAccount Account, int? UnitId)>
        {
            (new("quantri", DemoDataSeeder.DemoPassword, Roles.Administrator, "Quản trị hệ thống", null), null),
            (new("congdoan", DemoDataSeeder.DemoPassword, Roles.UnionOfficer, "Nguyễn Thị Thu Hà", null), null),
            (new("lanhdao", DemoDataSeeder.DemoPassword, Roles.Leadership, "Trần Quốc Bảo", null), null),
        };
        accounts.AddRange(Enumerable.Range(1, 5).Select(i => (
            new DemoAccount($"hoidong{i}", DemoDataSeeder.DemoPassword, Roles.CouncilMember, $"Thành viên Hội đồng {i}", null),
            (int?)null)));
        var largest = units.MaxBy(u => u.Staff)!;
        accounts.AddRange(units.Take(HeadedUnits).Append(largest).Distinct().Select(u => (
            new DemoAccount("tp." + u.Code.ToLowerInvariant(), DemoDataSeeder.DemoPassword, Roles.DepartmentHead,
                headNames.GetValueOrDefault(u.Id, u.Name), u.Name),
            (int?)u.Id)));

        // One shared password, hashed once (with its own salt): hashing is deliberately slow, a second per account
        // on a busy machine.
        string? hash = null;
        foreach (var (account, unitId) in accounts)
        {
            var user = new AppUser { UserName = account.UserName, FullName = account.FullName, UnitId = unitId };
            user.PasswordHash = hash ??= users.PasswordHasher.HashPassword(user, account.Password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo account {account.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        return [.. accounts.Select(a => a.Account)];
    }
}
