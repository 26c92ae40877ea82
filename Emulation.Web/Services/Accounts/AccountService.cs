using System.Security.Claims;
using System.Security.Cryptography;
using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.Accounts;

/// <summary>An account as an administrator sees it: its roles and, for a department head, its unit.</summary>
public sealed record AccountRow(string UserName, string FullName, IReadOnlyList<string> Roles, string? UnitCode, string? PersonCode,
    string? Email = null, bool SetupLinkSent = false);

/// <summary>
/// A new account: <paramref name="Roles"/> are names from <see cref="Data.Roles.All"/>; <paramref name="Email"/>, when
/// known, is the holder's address, where the link to set their own password is sent.
/// </summary>
public sealed record NewAccount(string UserName, string FullName, IReadOnlyList<string> Roles, string? UnitCode, string? PersonCode,
    string? Email = null);

/// <summary>
/// How an account reaches its holder: a link to set their own password sent to <see cref="LinkSentTo"/>, or, with no
/// address (or no mail server), a <see cref="TemporaryPassword"/> the administrator hands over, to be changed at first sign-in.
/// </summary>
public sealed record AccountHandover(string? TemporaryPassword, string? LinkSentTo);

/// <summary>What the administrator's account list is narrowed to; every part is optional.</summary>
public sealed record AccountFilter(string? Search = null, string? Role = null, string? UnitCode = null,
    bool LockedOnly = false, bool DisabledOnly = false);

/// <summary>
/// One line of the administrator's account list: the unit a head answers for (<see cref="UnitCode"/>), and for an account
/// linked to a staff record, the unit that person works in (<see cref="PersonUnitCode"/>), which is not the account's to change,
/// and the last day of that person's work when they have left (their account was disabled then). <see cref="Email"/> is
/// the holder's address, <see cref="EmailConfirmed"/> once they opened the link sent to it.
/// </summary>
public sealed record AccountSummary(string UserName, string FullName, IReadOnlyList<string> Roles, string? UnitCode,
    string? UnitName, bool Locked, bool Disabled, bool MustChangePassword, string? PersonCode = null, string? PersonName = null,
    string? PersonUnitCode = null, string? PersonUnitName = null, DateOnly? PersonLeftOn = null, string? Email = null,
    bool EmailConfirmed = false)
{
    /// <summary>A council account bound to no agency: it sits on no council and reads no campaign until it is bound.</summary>
    public bool AwaitsCouncilBinding => Organization.OrganizationScope.AwaitsCouncilBinding(Roles, bound: UnitCode is not null);
}

/// <summary>A staff record an account can be linked to, as the administrator picks it.</summary>
public sealed record PersonOption(string Code, string FullName, string UnitName);

public sealed record AccountPage(IReadOnlyList<AccountSummary> Rows, int Total);

/// <summary>
/// Accounts for people and for automation, made by an administrator. An account made through the API has no password:
/// it acts through the API tokens an administrator issues for it (<see cref="Tokens.ApiTokenService.CreateForAsync"/>),
/// in its own role and unit, so that automation writes a unit's pledge as that unit's head, never as the administrator.
/// An account made on the administrator's page gets a temporary password that must be changed at first sign-in
/// (<see cref="MustChangePasswordClaim"/>). A disabled account is locked out with no end: its cookies and API tokens
/// are refused at once (<see cref="Components.Account.AccountStateValidator"/>, <see cref="Tokens.ApiTokenService.AuthenticateAsync"/>).
/// Scoped: Identity's <see cref="UserManager{TUser}"/> is.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, IDbContextFactory<EmulationDbContext> factory,
    IOptions<IdentityOptions> identityOptions, TimeProvider clock, EmulationDbContext identityStore, Inbox.InboxService inbox,
    IOptions<DataProtectionTokenProviderOptions> linkOptions, EndedSessions endedSessions)
{
    public const int UserNameMaxLength = 256;

    /// <summary>The longest address an account holds (Identity's column).</summary>
    public const int EmailMaxLength = Inbox.EmailAddress.MaxLength;

    /// <summary>The code of the refusal of an address another account holds (<see cref="Inbox.EmailAddress.Taken"/>).</summary>
    public static readonly string EmailTakenCode = Inbox.EmailAddress.Taken("").Code;

    /// <summary>A user claim stored with the account while its password is a temporary one an administrator gave.</summary>
    public const string MustChangePasswordClaim = "emulation:must_change_password";

    /// <summary>Where a disabled account's lockout ends: never.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static DomainError NameTaken(string userName) =>
        new("account.name_taken", $"An account named {userName} already exists.", userName);

    public static DomainError UnitRequired() =>
        new("account.unit_required", "A department head's account needs the unit they answer for.");

    /// <summary>A department head answers for a department; the agency's other roles belong at most to an agency's own node.</summary>
    public static DomainError UnitOnlyForHead() =>
        new("account.unit_only_for_head", "Only a department head's account belongs to a department; the other roles belong at most to an agency.");

    /// <summary>The receiving board's appraiser works only for the board: the account has no agency role beside it.</summary>
    public static DomainError AppraiserAlone() =>
        new("account.appraiser_alone", "A receiving board appraiser's account has no other role.");

    /// <summary>An appraiser belongs to a receiving board; a department head to a unit of the agency.</summary>
    public static DomainError WrongUnitKind(string code) =>
        new("account.wrong_unit_kind", $"Unit {code} is not of the kind this role answers for.", code);

    public static DomainError UnknownRole(string role) => new("account.unknown_role", $"There is no role {role}.", role);

    public static DomainError RoleRequired() => new("account.role_required", "An account needs at least one role.");

    public static DomainError UnknownUnit(string code) => new("account.unknown_unit", $"There is no unit {code}.", code);

    public static DomainError UnknownPerson(string code) => new("account.unknown_person", $"There is no staff member {code}.", code);

    public static DomainError PersonRequired() =>
        new("account.person_required", "A staff account needs the staff record of the person who signs in with it.");

    public static DomainError PersonHasAccount(string code) =>
        new("account.person_has_account", $"Staff member {code} already has an account.", code);

    /// <summary>How many people the administrator's person picker offers at once.</summary>
    public const int PersonOptionsShown = 20;

    public static DomainError Refused(string description) => new("account.refused", description);

    public static DomainError UserNameRequired() => new("account.user_name_required", "An account needs a user name.");

    public static DomainError FullNameRequired() => new("account.full_name_required", "An account needs the full name of its holder.");

    public static DomainError UnknownAccount(string userName) => new("account.unknown", $"There is no account {userName}.", userName);

    public static DomainError LastAdministrator() =>
        new("account.last_administrator", "The last active administrator's account keeps its role and stays enabled.");

    /// <summary>Marking as left the person whose account is the last enabled administrator's would lock everyone out.</summary>
    public static DomainError PersonIsLastAdministrator(string who) =>
        new("account.person_last_administrator",
            $"{who} holds the last enabled administrator account: give another account the administrator role before marking them as left.", who);

    public static DomainError OwnAdministratorRole() =>
        new("account.own_administrator_role", "An administrator cannot remove their own administrator role.");

    public static DomainError OwnAccountDisabled() => new("account.own_account", "An administrator cannot disable their own account.");

    public static DomainError AlreadyDisabled(string userName) => new("account.already_disabled", $"{userName} is already disabled.", userName);

    public static DomainError NotDisabled(string userName) => new("account.not_disabled", $"{userName} is not disabled.", userName);

    /// <summary>The account's person has left: it stays disabled (link it to another record first, if it is someone else's now).</summary>
    public static DomainError PersonLeft(string userName) =>
        new("account.person_left", $"{userName} belongs to a person who has left; the account stays disabled.", userName);

    public static DomainError NotLocked(string userName) => new("account.not_locked", $"{userName} is not locked out.", userName);

    public static DomainError WrongPassword() => new("account.wrong_password", "The current password is wrong.");

    /// <summary>Too many wrong passwords, at sign-in or here: the current one is not checked until the lockout ends.</summary>
    public static DomainError LockedOut() =>
        new("account.locked_out", "Too many wrong passwords: wait a few minutes before trying again.");

    public static DomainError ConfirmationDiffers() => new("account.confirmation_differs", "The new password and its confirmation differ.");

    public static DomainError NoPassword() => new("account.no_password", "This account signs in with API tokens only; it has no password.");

    /// <summary>A password Identity's policy refuses, one error per broken rule, coded after Identity's own code.</summary>
    public static DomainError PasswordRule(IdentityError error, PasswordOptions policy) =>
        new($"account.password.{error.Code}", error.Description,
            error.Code == nameof(IdentityErrorDescriber.PasswordTooShort)
                ? policy.RequiredLength.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : error.Code == nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars)
                    ? policy.RequiredUniqueChars.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : null);

    /// <summary>The password rules in force, for the pages that show them where a password is typed.</summary>
    public PasswordOptions PasswordPolicy => identityOptions.Value.Password;

    public async Task<IReadOnlyList<AccountRow>> ListAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        var accounts = (await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                UserName = u.UserName ?? "",
                u.FullName,
                u.UnitId,
                UnitCode = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code).FirstOrDefault(),
                PersonCode = db.People.Where(p => p.Id == u.PersonId).Select(p => p.Code).FirstOrDefault(),
                PersonUnit = db.People.Where(p => p.Id == u.PersonId).Select(p => (int?)p.UnitId).FirstOrDefault(),
            })
            .ToListAsync()).Where(a => scope.CoversAccount(a.UnitId, a.PersonUnit));
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        return [.. accounts.Select(a => new AccountRow(a.UserName, a.FullName, [.. roles[a.Id].Order(StringComparer.Ordinal)],
            a.UnitCode, a.PersonCode))];
    }

    /// <summary>
    /// Creates an account with no password. With an address (and a mail server), its holder is sent a link to set their
    /// own password (<see cref="CompleteSetupAsync"/>); without, it acts through the tokens an administrator issues for a
    /// service account, or gets a temporary password (<see cref="CreateForHolderAsync"/>). <paramref name="baseUri"/>: the
    /// app's address the link starts with when <c>Emulation:PublicBaseUrl</c> is unset.
    /// </summary>
    public async Task<Result<AccountRow>> CreateAsync(Actor actor, NewAccount account, string? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var errors = new List<DomainError>();
        await using var db = await factory.CreateDbContextAsync(actor);
        if (string.IsNullOrWhiteSpace(account.UserName))
        {
            errors.Add(UserNameRequired());
        }

        if (string.IsNullOrWhiteSpace(account.FullName))
        {
            errors.Add(FullNameRequired());
        }

        var scope = await OrganizationScope.OfAsync(db, actor);
        var unitId = await RolesAndUnitAsync(db, scope, actor, account.Roles, account.UnitCode, errors);
        var personId = await PersonLinkAsync(db, scope, actor, account.Roles, account.PersonCode, null, null, errors);
        var address = string.IsNullOrWhiteSpace(account.Email) ? null : Inbox.EmailAddress.Stored(account.Email);
        if (address is not null && !Inbox.EmailAddress.IsValid(address))
        {
            errors.Add(Inbox.EmailAddress.Invalid(address));
        }
        else if (address is not null && await Inbox.EmailAddress.IsTakenAsync(db, address, null))
        {
            errors.Add(Inbox.EmailAddress.Taken(address));
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

        var user = new AppUser { UserName = userName, FullName = account.FullName.Trim(), UnitId = unitId, PersonId = personId, Email = address };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user);
        }
        catch (DbUpdateException e) when (ConcurrencyErrors.IsClash(e))
        {
            // A racing request took the name or the address between the checks above and this save: the unique indexes
            // refuse the second. The request's (or circuit's) context must forget the account it could not add.
            identityStore.ChangeTracker.Clear();
            return Result<AccountRow>.Failure(address is not null && await Inbox.EmailAddress.IsTakenAsync(db, address, null)
                ? Inbox.EmailAddress.Taken(address)
                : NameTaken(userName));
        }

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

        var unitCode = unitId is { } bound ? await db.Units.Where(u => u.Id == bound).Select(u => u.Code).SingleAsync() : null;
        var sent = address is not null && await SendSetupLinkAsync(user, baseUri);
        return Result<AccountRow>.Success(new AccountRow(userName, user.FullName, [.. account.Roles.Distinct().Order(StringComparer.Ordinal)],
            unitCode, personId is null ? null : account.PersonCode!.Trim(), address, sent));
    }

    /// <summary>
    /// Sends <paramref name="user"/>'s address a one-time link to set their own password (Identity's password-reset token,
    /// bound to the security stamp, so setting the password ends it); false when no mail server is configured.
    /// </summary>
    private async Task<bool> SendSetupLinkAsync(AppUser user, string? baseUri)
    {
        if (!inbox.EmailEnabled || user.Email is null)
        {
            return false;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await inbox.SendSetupLinkAsync(user.UserName ?? "", user.FullName, user.Email, token, linkOptions.Value.TokenLifespan, baseUri);
        return true;
    }

    /// <summary>
    /// An account for a person who signs in, created as <see cref="CreateAsync"/> does: with an address, the holder is
    /// sent the link to set their own password; without one (or with no mail server), a temporary password is returned
    /// once (shown to the administrator to hand over, never stored in clear) and must be changed at first sign-in.
    /// </summary>
    public async Task<Result<AccountHandover>> CreateForHolderAsync(Actor actor, NewAccount account, string? baseUri = null)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var created = await CreateAsync(actor, account, baseUri);
        if (!created.IsSuccess)
        {
            return Result<AccountHandover>.Failure(created.Errors);
        }

        if (created.Value.SetupLinkSent)
        {
            return Result<AccountHandover>.Success(new AccountHandover(null, created.Value.Email));
        }

        var user = await users.FindByNameAsync(created.Value.UserName) ?? throw new InvalidOperationException("The account just created is gone.");
        var password = TemporaryPassword(PasswordPolicy);
        await Succeed(users.AddPasswordAsync(user, password));
        await Succeed(users.AddClaimAsync(user, new Claim(MustChangePasswordClaim, "true")));
        return Result<AccountHandover>.Success(new AccountHandover(password, null));
    }

    /// <summary>The accounts matching <paramref name="filter"/>, by user name, one page of <paramref name="pageSize"/> from page 0.</summary>
    public async Task<AccountPage> SearchAsync(Actor actor, AccountFilter filter, int page, int pageSize)
    {
        actor.RequirePolicy(Policies.Administer);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(actor);
        // An office has hundreds of accounts at most; the lockout end (a DateTimeOffset, which SQLite cannot compare)
        // and the search are applied in memory.
        var accounts = await db.Users.AsNoTracking()
            .Select(u => new
            {
                u.Id, UserName = u.UserName ?? "", u.FullName, u.UnitId, u.LockoutEnd,
                u.Email, u.EmailConfirmed,
                Person = db.People.Where(p => p.Id == u.PersonId).Select(p => new { p.Code, p.FullName, p.UnitId, p.LeftOn }).FirstOrDefault(),
            })
            .ToListAsync();
        var scope = await OrganizationScope.OfAsync(db, actor);
        accounts = [.. accounts.Where(a => scope.CoversAccount(a.UnitId, a.Person?.UnitId))];
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name }).ToDictionaryAsync(u => u.Id);
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name ?? "");
        var mustChange = (await db.UserClaims.Where(c => c.ClaimType == MustChangePasswordClaim).Select(c => c.UserId).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var search = filter.Search?.Trim();
        var rows = accounts
            .Select(a => new AccountSummary(a.UserName, a.FullName, [.. roles[a.Id].Order(StringComparer.Ordinal)],
                a.UnitId is { } unit && units.TryGetValue(unit, out var u) ? u.Code : null,
                a.UnitId is { } unit2 && units.TryGetValue(unit2, out var u2) ? u2.Name : null,
                IsLocked(a.LockoutEnd, now), a.LockoutEnd == DisabledUntil, mustChange.Contains(a.Id),
                a.Person?.Code, a.Person?.FullName,
                a.Person is { } person && units.TryGetValue(person.UnitId, out var pu) ? pu.Code : null,
                a.Person is { } person2 && units.TryGetValue(person2.UnitId, out var pu2) ? pu2.Name : null,
                a.Person?.LeftOn, a.Email, a.EmailConfirmed))
            .Where(r => string.IsNullOrEmpty(search) ||
                r.UserName.Contains(search, StringComparison.OrdinalIgnoreCase) ||
                r.FullName.Contains(search, StringComparison.CurrentCultureIgnoreCase))
            .Where(r => string.IsNullOrEmpty(filter.Role) || r.Roles.Contains(filter.Role))
            .Where(r => string.IsNullOrEmpty(filter.UnitCode) || r.UnitCode == filter.UnitCode || r.PersonUnitCode == filter.UnitCode)
            .Where(r => !filter.LockedOnly || r.Locked)
            .Where(r => !filter.DisabledOnly || r.Disabled)
            .OrderBy(r => r.UserName, StringComparer.Ordinal)
            .ToList();
        return new AccountPage([.. rows.Skip(Math.Max(0, page) * pageSize).Take(pageSize)], rows.Count);
    }

    /// <summary>
    /// New roles and unit for an account. Refused: the actor's own administrator role, the last active administrator's
    /// role, a head without a unit. The account's security stamp changes, so its sessions pick up the change.
    /// </summary>
    /// <remarks>
    /// <paramref name="personCode"/>, when given, links the account to that staff record (one account per person); a
    /// staff account must end up linked to one.
    /// </remarks>
    public async Task<Result> ChangeRolesAsync(Actor actor, string userName, IReadOnlyList<string> newRoles, string? unitCode,
        string? personCode = null)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        ArgumentNullException.ThrowIfNull(newRoles);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Result.Failure(UnknownAccount(userName));
        }

        var errors = new List<DomainError>();
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await RequireKeptAsync(db, actor, user);
        var unitId = await RolesAndUnitAsync(db, scope, actor, newRoles, unitCode, errors);
        var personId = await PersonLinkAsync(db, scope, actor, newRoles, personCode, user.PersonId, user.Id, errors);
        await using var transaction = await identityStore.Database.BeginTransactionAsync();
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !newRoles.Contains(Roles.Administrator))
        {
            if (user.Id == actor.UserId)
            {
                errors.Add(OwnAdministratorRole());
            }
            else if (await LeavesNoAdministratorAsync(identityStore, [user.Id]))
            {
                errors.Add(LastAdministrator());
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        await Succeed(users.RemoveFromRolesAsync(user, current.Except(newRoles)));
        await Succeed(users.AddToRolesAsync(user, newRoles.Distinct().Except(current)));
        if (user.UnitId != unitId || user.PersonId != personId)
        {
            user.UnitId = unitId;
            user.PersonId = personId;
            await Succeed(users.UpdateAsync(user));
        }

        await Succeed(users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync();
        return Result.Success();
    }

    /// <summary>Disables an account at once: locked out with no end, and a new security stamp ends its sessions.</summary>
    public async Task<Result> DisableAsync(Actor actor, string userName)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Result.Failure(UnknownAccount(userName));
        }

        await RequireKeptAsync(actor, user);
        await using var transaction = await identityStore.Database.BeginTransactionAsync();
        DomainError? refusal = user.LockoutEnd == DisabledUntil ? AlreadyDisabled(userName)
            : user.Id == actor.UserId ? OwnAccountDisabled()
            : await LeavesNoAdministratorAsync(identityStore, [user.Id]) ? LastAdministrator()
            : null;
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var stamp = user.SecurityStamp;
        MarkDisabled(user);
        await Succeed(users.UpdateAsync(user));
        await transaction.CommitAsync();
        endedSessions.End(user.Id, stamp);
        return Result.Success();
    }

    /// <summary>
    /// What disabling changes on an account, for the caller to save: locked out with no end, and a new security stamp,
    /// so that its cookies, circuits and API tokens are refused from the next request on. The one way an account is
    /// disabled, by an administrator (<see cref="DisableAsync"/>) or with the person leaving (<see cref="Organization.PeopleService.LeaveAsync"/>).
    /// </summary>
    public static void MarkDisabled(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.LockoutEnabled = true;
        user.LockoutEnd = DisabledUntil;
        user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
    }

    public async Task<Result> EnableAsync(Actor actor, string userName)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Result.Failure(UnknownAccount(userName));
        }

        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireKeptAsync(db, actor, user);
        if (user.LockoutEnd != DisabledUntil)
        {
            return Result.Failure(NotDisabled(userName));
        }

        if (await db.People.AnyAsync(p => p.Id == user.PersonId && p.LeftOn != null))
        {
            return Result.Failure(PersonLeft(userName));
        }

        await Succeed(users.SetLockoutEndDateAsync(user, null));
        await Succeed(users.ResetAccessFailedCountAsync(user));
        return Result.Success();
    }

    /// <summary>Ends a lockout after too many failed sign-ins (not a disabled account: that is <see cref="EnableAsync"/>).</summary>
    public async Task<Result> UnlockAsync(Actor actor, string userName)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Result.Failure(UnknownAccount(userName));
        }

        await RequireKeptAsync(actor, user);
        if (!IsLocked(user.LockoutEnd, clock.GetUtcNow()))
        {
            return Result.Failure(NotLocked(userName));
        }

        await Succeed(users.SetLockoutEndDateAsync(user, null));
        await Succeed(users.ResetAccessFailedCountAsync(user));
        return Result.Success();
    }

    /// <summary>
    /// Ends the account's password: its sessions end and the API tokens issued under it stop working. The holder's
    /// confirmed address (or, for an account never handed over, the one the administrator gave) is sent a link to set
    /// their own password; with no address or no mail server, a new temporary password is returned once instead, to be
    /// changed at next sign-in.
    /// </summary>
    public async Task<Result<AccountHandover>> ResetPasswordAsync(Actor actor, string userName, string? baseUri = null)
    {
        actor.RequirePolicy(Policies.Administer);
        WritesBy(actor);
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Result<AccountHandover>.Failure(UnknownAccount(userName));
        }

        await RequireKeptAsync(actor, user);
        var hadPassword = await users.HasPasswordAsync(user);
        if (hadPassword)
        {
            await Succeed(users.RemovePasswordAsync(user));
        }

        // An address the holder has not confirmed may be mistyped (or typed by someone in their session): it gets no
        // link unless the administrator gave it and the account was never handed over.
        if ((user.EmailConfirmed || !hadPassword) && await SendSetupLinkAsync(user, baseUri))
        {
            // The link's own message tells the holder of the reset: the notice stays in the inbox, not e-mailed a second time.
            await inbox.PasswordResetAsync(user.Id, emailed: false);
            return Result<AccountHandover>.Success(new AccountHandover(null, user.Email));
        }

        var password = TemporaryPassword(PasswordPolicy);

        await Succeed(users.AddPasswordAsync(user, password));
        if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == MustChangePasswordClaim))
        {
            await Succeed(users.AddClaimAsync(user, new Claim(MustChangePasswordClaim, "true")));
        }

        await inbox.PasswordResetAsync(user.Id, emailed: true);
        return Result<AccountHandover>.Success(new AccountHandover(password, null));
    }

    /// <summary>
    /// The signed-in user's own new password, checked against the policy; a temporary password's obligation ends.
    /// The caller signs the user in again: the security stamp changed.
    /// </summary>
    public async Task<Result> ChangeOwnPasswordAsync(Actor actor, string currentPassword, string newPassword)
    {
        actor.RequirePolicy(Policies.SignedInAnyRole);
        WritesBy(actor);
        var user = await users.FindByIdAsync(actor.UserId);
        if (user is null)
        {
            return Result.Failure(UnknownAccount(actor.UserName));
        }

        if (!await users.HasPasswordAsync(user))
        {
            return Result.Failure(NoPassword());
        }

        // The current password is a guess like one at sign-in: a wrong one counts toward the same lockout, or a stolen
        // or unattended session could try passwords here without end.
        if (await users.IsLockedOutAsync(user))
        {
            return Result.Failure(LockedOut());
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await Succeed(users.AccessFailedAsync(user));
            }

            return Result.Failure([.. changed.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? WrongPassword()
                : PasswordRule(e, PasswordPolicy))]);
        }

        await Succeed(users.ResetAccessFailedCountAsync(user));

        var obligations = (await users.GetClaimsAsync(user)).Where(c => c.Type == MustChangePasswordClaim).ToList();
        if (obligations.Count > 0)
        {
            await Succeed(users.RemoveClaimsAsync(user, obligations));
        }

        return Result.Success();
    }

    /// <summary>
    /// One answer for an unknown account, one that has a password, a forged or expired token and a link already used:
    /// told apart, they would let anyone learn which user names exist.
    /// </summary>
    public static DomainError SetupLinkInvalid() =>
        new("account.setup_link_invalid",
            "This setup link is not valid, has expired or has already been used; sign in with the password that was set, or restart the application for a new link.");

    /// <summary>
    /// Sets an account's own password through its one-time setup link: the one the first start logged for the first
    /// administrator (<see cref="Startup.AdminOnboarding"/>), or the one e-mailed to a holder when their account was
    /// created or its password reset. Anonymous by nature; the link's token is Identity's password-reset token, so it
    /// works once (setting the password changes the security stamp it is bound to), until it expires, and only while the
    /// account has no password. The link reached the account's address, so that address is confirmed.
    /// </summary>
    public async Task<Result> CompleteSetupAsync(string userName, string token, string newPassword, string confirmation)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null || string.IsNullOrEmpty(token) || await users.HasPasswordAsync(user) ||
            !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token))
        {
            return Result.Failure(SetupLinkInvalid());
        }

        if (newPassword != confirmation)
        {
            return Result.Failure(ConfirmationDiffers());
        }

        Data.Auditing.AuditUser.Set(new Data.Auditing.AuditUser(user.Id, user.UserName ?? ""));
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return Result.Failure([.. reset.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)
                ? SetupLinkInvalid()
                : PasswordRule(e, PasswordPolicy))]);
        }

        // The password is the holder's own: no obligation to change it; and the link reached their address.
        var obligations = (await users.GetClaimsAsync(user)).Where(c => c.Type == MustChangePasswordClaim).ToList();
        if (obligations.Count > 0)
        {
            await Succeed(users.RemoveClaimsAsync(user, obligations));
        }

        if (user.Email is not null && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await Succeed(users.UpdateAsync(user));
        }

        return Result.Success();
    }

    /// <summary>
    /// The addresses taken off accounts at start-up because another account held each too
    /// (<see cref="AccountEmailKeys.BackfillAsync"/>), among the accounts <paramref name="actor"/> keeps.
    /// </summary>
    public async Task<IReadOnlyList<ClearedAddress>> ClearedAddressesAsync(Actor actor)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync(actor);
        var scope = await OrganizationScope.OfAsync(db, actor);
        return await AccountEmailKeys.ClearedAsync(db, async user => scope.CoversAccount(user.UnitId,
            user.PersonId is { } person ? await db.People.Where(p => p.Id == person).Select(p => (int?)p.UnitId).SingleOrDefaultAsync() : null));
    }

    /// <summary>The administrator has seen the addresses taken off the accounts they keep: the page stops showing them.</summary>
    public async Task<Result> DismissClearedAddressesAsync(Actor actor)
    {
        var shown = await ClearedAddressesAsync(actor);
        var names = shown.Select(c => c.UserName).ToList();
        await using var db = await factory.CreateDbContextAsync(actor);
        var claims = await db.UserClaims.Where(c => c.ClaimType == AccountEmailKeys.ClearedClaim &&
            db.Users.Any(u => u.Id == c.UserId && names.Contains(u.UserName!))).ToListAsync();
        db.UserClaims.RemoveRange(claims);
        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>
    /// Refuses an account of another agency than the one the actor keeps: an account belongs to the tree of its unit, or
    /// bound to none, of its person's unit (<see cref="OrganizationScope.CoversAccount"/>).
    /// </summary>
    private static async Task<OrganizationScope> RequireKeptAsync(EmulationDbContext db, Actor actor, AppUser user)
    {
        var scope = await OrganizationScope.OfAsync(db, actor);
        var personUnit = user.PersonId is { } person && !scope.IsWhole
            ? await db.People.Where(p => p.Id == person).Select(p => (int?)p.UnitId).SingleOrDefaultAsync()
            : null;
        if (!scope.CoversAccount(user.UnitId, personUnit))
        {
            throw new AccessDeniedException($"{actor.UserName} keeps another agency than the one of account {user.UserName}.");
        }

        return scope;
    }

    private async Task RequireKeptAsync(Actor actor, AppUser user)
    {
        await using var db = await factory.CreateDbContextAsync(actor);
        await RequireKeptAsync(db, actor, user);
    }

    /// <summary>Locked out for a while after failed sign-ins, as opposed to disabled (locked with no end).</summary>
    private static bool IsLocked(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd > now && lockoutEnd != DisabledUntil;

    /// <summary>
    /// Whether disabling or demoting the accounts <paramref name="userIds"/> would leave no enabled administrator: one of
    /// them is one, and no other is. The one place every change that could remove an administrator (demote, disable, mark
    /// the person as left) checks it, inside the transaction that then saves. It first writes the administrator role's
    /// row, the deployment's administrator lock: whatever the engine and its isolation level, a second such transaction
    /// waits on that row until the first commits (a row lock on SQL Server, the write lock on SQLite) and then reads its
    /// outcome, so two administrators disabling each other at once leave one enabled.
    /// </summary>
    internal static async Task<bool> LeavesNoAdministratorAsync(EmulationDbContext db, IReadOnlyCollection<string> userIds)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The last-administrator check runs inside the transaction that saves the change.");
        }

        await db.Roles.Where(r => r.Name == Roles.Administrator)
            .ExecuteUpdateAsync(r => r.SetProperty(role => role.ConcurrencyStamp, Guid.NewGuid().ToString()));
        var enabled = (await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (_, u) => new { u.Id, u.LockoutEnd })
            .ToListAsync()).Where(a => a.LockoutEnd != DisabledUntil).ToList();
        return enabled.Any(a => userIds.Contains(a.Id)) && enabled.All(a => userIds.Contains(a.Id));
    }

    /// <summary>
    /// The people whose code or name contains <paramref name="search"/>, at most <see cref="PersonOptionsShown"/>, for
    /// the administrator to link a staff account to; people who already have an account are left out.
    /// </summary>
    public async Task<IReadOnlyList<PersonOption>> SearchPeopleAsync(Actor actor, string? search)
    {
        actor.RequirePolicy(Policies.Administer);
        await using var db = await factory.CreateDbContextAsync();
        var scope = await OrganizationScope.OfAsync(db, actor);
        var text = search?.Trim() ?? "";
        var linked = db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId);
        var kept = scope.Units(db.Units).Select(u => u.Id);
        // Names are matched in memory: SQLite's LIKE ignores case for ASCII only, and Vietnamese names are not ASCII.
        // Accounts are linked by the person's code: people with no code are not offered.
        var people = await db.People.AsNoTracking().Where(p => p.Code != null && !linked.Contains(p.Id) && kept.Contains(p.UnitId))
            .Select(p => new { Code = p.Code!, p.FullName, Unit = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).Single() })
            .ToListAsync();
        return [.. people
            .Where(p => text.Length == 0 || p.Code.Contains(text, StringComparison.OrdinalIgnoreCase) ||
                p.FullName.Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(p => p.FullName, StringComparer.CurrentCulture).Take(PersonOptionsShown)
            .Select(p => new PersonOption(p.Code, p.FullName, p.Unit))];
    }

    /// <summary>
    /// The staff record an account is linked to: <paramref name="personCode"/> when given (it must exist and have no other
    /// account), else <paramref name="current"/>. A staff account must be linked to one.
    /// </summary>
    private static async Task<int?> PersonLinkAsync(EmulationDbContext db, OrganizationScope scope, Actor actor,
        IReadOnlyList<string> roles, string? personCode, int? current, string? userId, List<DomainError> errors)
    {
        var personId = current;
        if (!string.IsNullOrWhiteSpace(personCode))
        {
            var code = personCode.Trim();
            var person = await db.People.Where(StoredCodes.Same<Emulation.Domain.Organization.Person>(code))
                .Select(p => new { p.Id, p.UnitId }).SingleOrDefaultAsync();
            if (person is null)
            {
                errors.Add(UnknownPerson(code));
                return current;
            }

            scope.Require(actor, person.UnitId);
            personId = person.Id;

            if (await db.Users.AnyAsync(u => u.PersonId == personId && u.Id != userId))
            {
                errors.Add(PersonHasAccount(code));
                return current;
            }
        }

        if (roles.Contains(Roles.Staff) && personId is null)
        {
            errors.Add(PersonRequired());
        }

        return personId;
    }

    /// <summary>
    /// Checks the roles and the unit and returns the unit's id: a head's department, an appraiser's board (required), or
    /// for the agency's other roles an agency's own node (optional; an agency's keeper binds them to theirs, so that an
    /// account they make is never one of the whole deployment). A unit outside the actor's scope is refused outright.
    /// </summary>
    private static async Task<int?> RolesAndUnitAsync(EmulationDbContext db, OrganizationScope scope, Actor actor,
        IReadOnlyList<string> roles, string? unitCode, List<DomainError> errors)
    {
        if (roles.Count == 0)
        {
            errors.Add(RoleRequired());
        }

        errors.AddRange(roles.Where(r => !Roles.All.Contains(r)).Select(UnknownRole));
        bool head = UnitBound(roles);
        bool appraiser = roles.Any(Roles.Board.Contains);
        if (appraiser && roles.Distinct().Count() > 1)
        {
            errors.Add(AppraiserAlone());
        }

        if (string.IsNullOrWhiteSpace(unitCode))
        {
            if (head)
            {
                errors.Add(UnitRequired());
            }

            return head ? null : scope.Agency;
        }

        var code = unitCode.Trim();
        var unit = await db.Units.Where(StoredCodes.Same<Emulation.Domain.Organization.Unit>(code)).Select(u => new { u.Id, u.Kind }).SingleOrDefaultAsync();
        if (unit is null)
        {
            errors.Add(UnknownUnit(code));
            return null;
        }

        scope.Require(actor, unit.Id);
        if ((unit.Kind == Emulation.Domain.Organization.UnitKind.ReceivingBoard) != appraiser)
        {
            errors.Add(WrongUnitKind(code));
        }
        else if (!head && unit.Kind != Emulation.Domain.Organization.UnitKind.Agency)
        {
            errors.Add(UnitOnlyForHead());
        }

        return unit.Id;
    }

    /// <summary>The roles that answer for one unit: a department head for an agency unit, an appraiser for a receiving board.</summary>
    private static bool UnitBound(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.DepartmentHead) || roles.Any(Roles.Board.Contains);

    /// <summary>A random password that meets <paramref name="policy"/>: at least 12 characters, one of each kind.</summary>
    public static string TemporaryPassword(PasswordOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!@#$%*-+?";
        var length = Math.Max(12, policy.RequiredLength);
        var chars = new List<char>
        {
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        const string all = upper + lower + digits + symbols;
        while (chars.Count < length)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        var shuffled = chars.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        return new string(shuffled);
    }

    /// <summary>Identity refusing a change the rules above already allowed is a broken invariant, not user input.</summary>
    private static async Task Succeed(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// Identity's user manager saves through the request's (or circuit's) own context, not one this service opens:
    /// it is opened for <paramref name="actor"/> here, so the audit trail names them (<see cref="ActorDbContexts"/>).
    /// </summary>
    private void WritesBy(Actor actor) => identityStore.Author = actor.ToAuditUser();
}
