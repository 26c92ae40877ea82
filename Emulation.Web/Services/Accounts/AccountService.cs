using Emulation.Domain.Common;
using Emulation.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services.Accounts;

/// <summary>An account as an administrator sees it: its roles and, for a department head, its unit.</summary>
public sealed record AccountRow(string UserName, string FullName, IReadOnlyList<string> Roles, string? UnitCode, string? PersonCode);

/// <summary>A new account: <paramref name="Roles"/> are names from <see cref="Data.Roles.All"/>.</summary>
public sealed record NewAccount(string UserName, string FullName, IReadOnlyList<string> Roles, string? UnitCode, string? PersonCode);

/// <summary>
/// Accounts for people and for automation, made by an administrator. An account made here has no password: it acts
/// through the API tokens an administrator issues for it (<see cref="Tokens.ApiTokenService.CreateForAsync"/>), in its
/// own role and unit, so that automation writes a unit's pledge as that unit's head, never as the administrator.
/// Scoped: Identity's <see cref="UserManager{TUser}"/> is.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, IDbContextFactory<EmulationDbContext> factory)
{
    public const int UserNameMaxLength = 256;

    public static DomainError NameTaken(string userName) =>
        new("account.name_taken", $"An account named {userName} already exists.", userName);

    public static DomainError UnitRequired() =>
        new("account.unit_required", "A department head's account needs the unit they answer for.");

    public static DomainError UnitOnlyForHead() =>
        new("account.unit_only_for_head", "Only a department head's account belongs to a unit; the other roles act across units.");

    public static DomainError UnknownRole(string role) => new("account.unknown_role", $"There is no role {role}.", role);

    public static DomainError RoleRequired() => new("account.role_required", "An account needs at least one role.");

    public static DomainError UnknownUnit(string code) => new("account.unknown_unit", $"There is no unit {code}.", code);

    public static DomainError UnknownPerson(string code) => new("account.unknown_person", $"There is no staff member {code}.", code);

    public static DomainError Refused(string description) => new("account.refused", description);

    public async Task<IReadOnlyList<AccountRow>> ListAsync(Actor actor)
    {
        actor.Require(Roles.Administrator);
        await using var db = await factory.CreateDbContextAsync();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                UserName = u.UserName ?? "",
                u.FullName,
                UnitCode = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code).FirstOrDefault(),
                PersonCode = db.People.Where(p => p.Id == u.PersonId).Select(p => p.Code).FirstOrDefault(),
            })
            .ToListAsync();
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        return [.. accounts.Select(a => new AccountRow(a.UserName, a.FullName, [.. roles[a.Id].Order(StringComparer.Ordinal)],
            a.UnitCode, a.PersonCode))];
    }

    public async Task<Result<AccountRow>> CreateAsync(Actor actor, NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        actor.Require(Roles.Administrator);
        var errors = new List<DomainError>();
        if (account.Roles.Count == 0)
        {
            errors.Add(RoleRequired());
        }

        errors.AddRange(account.Roles.Where(r => !Roles.All.Contains(r)).Select(UnknownRole));
        bool head = account.Roles.Contains(Roles.DepartmentHead);
        if (head && string.IsNullOrWhiteSpace(account.UnitCode))
        {
            errors.Add(UnitRequired());
        }
        else if (!head && !string.IsNullOrWhiteSpace(account.UnitCode))
        {
            errors.Add(UnitOnlyForHead());
        }

        await using var db = await factory.CreateDbContextAsync();
        int? unitId = null;
        if (head && !string.IsNullOrWhiteSpace(account.UnitCode))
        {
            var code = account.UnitCode.Trim();
            unitId = await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync();
            if (unitId is null)
            {
                errors.Add(UnknownUnit(code));
            }
        }

        int? personId = null;
        if (!string.IsNullOrWhiteSpace(account.PersonCode))
        {
            var code = account.PersonCode.Trim();
            personId = await db.People.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync();
            if (personId is null)
            {
                errors.Add(UnknownPerson(code));
            }
        }

        if (errors.Count > 0)
        {
            return Result<AccountRow>.Failure(errors);
        }

        var userName = account.UserName.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return Result<AccountRow>.Failure(NameTaken(userName));
        }

        var user = new AppUser { UserName = userName, FullName = account.FullName.Trim(), UnitId = unitId, PersonId = personId };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, account.Roles.Distinct());
        }

        if (!created.Succeeded)
        {
            // Identity's own refusals (a character it does not allow in a user name; a name taken by a racing request).
            return Result<AccountRow>.Failure(created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? NameTaken(userName)
                : Refused(string.Join(" ", created.Errors.Select(e => e.Description))));
        }

        return Result<AccountRow>.Success(new AccountRow(userName, user.FullName, [.. account.Roles.Distinct().Order(StringComparer.Ordinal)],
            head ? account.UnitCode!.Trim() : null, personId is null ? null : account.PersonCode!.Trim()));
    }
}
