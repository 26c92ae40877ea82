using Emulation.Domain.Organization;
using Emulation.Tests.Api;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Seed;
using Emulation.Web.Services;
using Emulation.Web.Services.Accounts;
using Emulation.Web.Services.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Accounts;

/// <summary>A second agency beside the demo office, with one account of each of its roles.</summary>
public sealed record SecondAgency(int Agency, int Department, Actor Officer, Actor Leader, Actor Council, Actor Head, Actor Admin)
{
    /// <summary>The roles that work on campaigns (the administrator keeps accounts and records).</summary>
    public IEnumerable<Actor> Everyone => [Officer, Leader, Council, Head];

    /// <summary>Every role of the agency, its administrator included.</summary>
    public IEnumerable<Actor> EveryRole => [Officer, Leader, Council, Head, Admin];
}

public static class SecondAgencies
{
    /// <summary>
    /// Agency <paramref name="code"/> with a department <c>{code}-TC</c>, made by the province's administrator, and its
    /// officer <c>cd.{code}</c>, leader <c>ld.{code}</c>, council member <c>hd.{code}</c> and administrator
    /// <c>qt.{code}</c> bound to the agency and head <c>tp.{code}</c> bound to the department, each with the demo password.
    /// Each test makes its own agency, with its own codes.
    /// </summary>
    public static async Task<SecondAgency> SecondAgencyAsync(this EmulationAppFactory app, string code)
    {
        var organization = app.Service<OrganizationService>();
        var province = await app.ActorAsync("quantri");
        var agency = await organization.CreateAsync(province, new NewUnit(code, $"Sở thử nghiệm {code}"), UnitKind.Agency, null);
        Assert.True(agency.IsSuccess, string.Join(", ", agency.Errors.Select(e => e.Code)));
        var department = await organization.CreateAsync(province, new NewUnit($"{code}-TC", "Phòng Tổ chức"), UnitKind.Department, agency.Value);
        Assert.True(department.IsSuccess, string.Join(", ", department.Errors.Select(e => e.Code)));
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (user, role, unit) in new[]
        {
            ($"cd.{code}", Roles.UnionOfficer, code), ($"ld.{code}", Roles.Leadership, code),
            ($"hd.{code}", Roles.CouncilMember, code), ($"tp.{code}", Roles.DepartmentHead, $"{code}-TC"),
            ($"qt.{code}", Roles.Administrator, code),
        })
        {
            var made = await accounts.CreateAsync(province, new NewAccount(user, $"Người của {code}", [role], unit, null));
            Assert.True(made.IsSuccess, string.Join(", ", made.Errors.Select(e => e.Code)));
            Assert.True((await users.AddPasswordAsync((await users.FindByNameAsync(user))!, DemoDataSeeder.DemoPassword)).Succeeded);
        }

        return new SecondAgency(agency.Value, department.Value, await app.ActorAsync($"cd.{code}"),
            await app.ActorAsync($"ld.{code}"), await app.ActorAsync($"hd.{code}"), await app.ActorAsync($"tp.{code}"),
            await app.ActorAsync($"qt.{code}"));
    }
}
