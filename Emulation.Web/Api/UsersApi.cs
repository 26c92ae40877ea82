using Emulation.Domain.Common;
using Emulation.Web.Data;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emulation.Web.Api;

/// <summary>A role in the API's words: one for each of <see cref="Roles.All"/>, so that a listed account shows every role it has.</summary>
public enum ApiRole
{
    Administrator,
    UnionOfficer,
    DepartmentHead,
    CouncilMember,
    Leadership,
    Staff,
    Appraiser,
    BoardCouncilMember,
}

/// <summary>A new account; <see cref="Email"/>, when given, is sent the link to set the holder's own password.</summary>
public sealed record UserRequest(string? UserName, string? FullName, List<ApiRole>? Roles, string? UnitCode, string? PersonCode,
    string? Email = null);

public sealed record UserResponse(string UserName, string FullName, IReadOnlyList<ApiRole> Roles, string? UnitCode, string? PersonCode,
    string? Email = null, bool SetupLinkSent = false);

/// <summary>An account's new roles, with the unit a head answers for and the staff record a staff account is linked to.</summary>
public sealed record RolesRequest(List<ApiRole>? Roles, string? UnitCode, string? PersonCode = null);

public sealed record TokenRequest(string? Name, DateOnly? ExpiresOn);

public sealed record TokenResponse(string Token, string Name, DateOnly ExpiresOn);

/// <summary>
/// <c>/api/v1/users</c>: accounts and their tokens, for administrators. Automation acts through an account of the
/// right role (a department head's token writes that unit's pledge), never as the administrator.
/// </summary>
internal static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", ListAsync).WithName("ListUsers");
        users.MapPost("/", CreateAsync).WithName("CreateUser").RequireAuthorization(Policies.Administer).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPut("/{userName}/roles", ChangeRolesAsync).WithName("ChangeUserRoles").RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{userName}/disable", DisableAsync).WithName("DisableUser").RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{userName}/enable", EnableAsync).WithName("EnableUser").RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{userName}/tokens", CreateTokenAsync).WithName("CreateUserToken").RequireAuthorization(Policies.Administer).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<List<UserResponse>>> ListAsync(HttpContext context, [FromServices] AccountService accounts)
    {
        var rows = await accounts.ListAsync(Actor.From(context.User));
        return TypedResults.Ok(rows.Select(ToResponse).ToList());
    }

    private static async Task<Results<Created<UserResponse>, LocalizedProblem>> CreateAsync(HttpContext context, [FromServices] AccountService accounts, UserRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Administer);
        var errors = new FieldErrors();
        errors.Text("userName", request.UserName, AccountService.UserNameMaxLength);
        errors.Text("fullName", request.FullName, AppUser.FullNameMaxLength);
        errors.Text("email", request.Email, AccountService.EmailMaxLength, required: false);
        RolesAndPlace(errors, request.Roles, request.UnitCode, request.PersonCode);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var created = await accounts.CreateAsync(actor, new NewAccount(request.UserName!, request.FullName!,
            [.. request.Roles!.Select(r => r.ToString())], request.UnitCode, request.PersonCode, request.Email),
            $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
        if (created.Errors.FirstOrDefault(e => e.Code == AccountService.NameTaken("").Code || e.Code == AccountService.EmailTakenCode) is { } taken)
        {
            return ApiProblems.Conflict(taken);
        }

        if (!created.IsSuccess)
        {
            return ApiJson.Invalid(context, created.Errors, FieldOf);
        }

        return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(created.Value.UserName)}", ToResponse(created.Value));
    }

    /// <summary>
    /// New roles for an account (204). Removing the administrator role from oneself or from the last enabled administrator
    /// is 409.
    /// </summary>
    private static async Task<Results<NoContent, LocalizedProblem>> ChangeRolesAsync(HttpContext context, [FromServices] AccountService accounts,
        string userName, RolesRequest request)
    {
        var errors = new FieldErrors();
        RolesAndPlace(errors, request.Roles, request.UnitCode, request.PersonCode);
        if (errors.Any)
        {
            return ApiJson.Invalid(errors);
        }

        var changed = await accounts.ChangeRolesAsync(Actor.From(context.User), userName, [.. request.Roles!.Select(r => r.ToString())],
            request.UnitCode, request.PersonCode);
        return Answer(context, userName, changed);
    }

    /// <summary>Disables the account at once (204); the last enabled administrator, or one's own account, is 409.</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> DisableAsync(HttpContext context, [FromServices] AccountService accounts,
        string userName) =>
        Answer(context, userName, await accounts.DisableAsync(Actor.From(context.User), userName));

    /// <summary>Enables a disabled account (204); one whose person is marked as left stays disabled (409).</summary>
    private static async Task<Results<NoContent, LocalizedProblem>> EnableAsync(HttpContext context, [FromServices] AccountService accounts,
        string userName) =>
        Answer(context, userName, await accounts.EnableAsync(Actor.From(context.User), userName));

    /// <summary>The refusals that the account's state causes are 409; an unknown account 404; the rest bad input.</summary>
    private static Results<NoContent, LocalizedProblem> Answer(HttpContext context, string userName, Result outcome)
    {
        if (outcome.IsSuccess)
        {
            return TypedResults.NoContent();
        }

        if (outcome.Errors.Any(e => e.Code == AccountService.UnknownAccount("").Code))
        {
            return ApiJson.NotFound("Api.NotFound.User", userName);
        }

        if (outcome.Errors.FirstOrDefault(e => StateRefusals.Contains(e.Code)) is { } conflict)
        {
            return ApiProblems.Conflict(conflict);
        }

        return ApiJson.Invalid(context, outcome.Errors, FieldOf);
    }

    /// <summary>
    /// What a new account and a change of roles both send: at least one role, and a unit and person code within their
    /// limits (which roles take a unit or a person the account service decides, for both).
    /// </summary>
    private static void RolesAndPlace(FieldErrors errors, List<ApiRole>? roles, string? unitCode, string? personCode)
    {
        errors.Text("unitCode", unitCode, Domain.Organization.Unit.CodeMaxLength, required: false);
        errors.Text("personCode", personCode, Domain.Organization.Person.CodeMaxLength, required: false);
        if (roles is not { Count: > 0 })
        {
            errors.Add("roles", AccountService.RoleRequired());
        }
    }

    /// <summary>The request field an account refusal points at.</summary>
    private static string FieldOf(DomainError error) => error.Code switch
    {
        "account.unit_required" or "account.unit_only_for_head" or "account.unknown_unit" or "account.wrong_unit_kind" => "unitCode",
        "account.unknown_person" or "account.person_required" or "account.person_has_account" => "personCode",
        "account.refused" => "userName",
        "inbox.email_invalid" => "email",
        _ => "roles",
    };

    private static readonly HashSet<string> StateRefusals =
    [
        AccountService.LastAdministrator().Code, AccountService.OwnAdministratorRole().Code, AccountService.OwnAccountDisabled().Code,
        AccountService.AlreadyDisabled("").Code, AccountService.NotDisabled("").Code, AccountService.PersonLeft("").Code,
    ];

    private static async Task<Results<Created<TokenResponse>, LocalizedProblem>> CreateTokenAsync(HttpContext context, [FromServices] ApiTokenService tokens,
        string userName, TokenRequest request)
    {
        var actor = Actor.From(context.User);
        actor.RequirePolicy(Policies.Administer);
        var created = await tokens.CreateForAsync(actor, userName, request.Name ?? "", request.ExpiresOn);
        if (created.Errors.Any(e => e.Code == ApiTokenService.UserNotFound("").Code))
        {
            return ApiJson.NotFound("Api.NotFound.User", userName);
        }

        if (created.Errors.FirstOrDefault(e => e.Code == ApiTokenService.PersonalAccount("").Code) is { } personal)
        {
            return ApiProblems.Refusals(StatusCodes.Status403Forbidden, [personal]);
        }

        if (!created.IsSuccess)
        {
            return ApiJson.Invalid(context, created.Errors, e => e.Code.StartsWith("token.expiry", StringComparison.Ordinal) ? "expiresOn" : "name");
        }

        return TypedResults.Created((string?)null, new TokenResponse(created.Value.Token, request.Name!.Trim(), created.Value.ExpiresOn));
    }

    private static UserResponse ToResponse(AccountRow row) => new(row.UserName, row.FullName,
        [.. row.Roles.Select(r => Enum.TryParse<ApiRole>(r, out var role) ? role : (ApiRole?)null).OfType<ApiRole>()],
        row.UnitCode, row.PersonCode, row.Email, row.SetupLinkSent);
}
