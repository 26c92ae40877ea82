using Emulation.Domain.Campaigns;
using Emulation.Domain.Organization;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Services;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Organization;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Tests.People;

/// <summary>
/// Units created under a parent, reclassified and retired from the organisation page's service; a campaign's blocs
/// edited from the designer: freely before launch, with a recorded reason after, never once closed.
/// </summary>
public sealed class UnitsAndBlocsTests : FreshAppTests
{
    private OrganizationService Organization => App.Service<OrganizationService>();
    private CampaignSetupService Setup => App.Service<CampaignSetupService>();

    [Fact]
    public async Task CreateUnit_UnderAParent_WithAKind_IsListed()
    {
        var th = await App.UnitIdAsync("TH");

        var created = await Organization.CreateAsync(TestActors.Admin, new NewUnit("TH-VT", "Tổ Văn thư"), UnitKind.Department, th);

        Assert.True(created.IsSuccess, string.Join("; ", created.Errors));
        var row = (await Organization.ListAsync(TestActors.Admin)).Single(u => u.Id == created.Value);
        Assert.Equal(("Tổ Văn thư", UnitKind.Department, "TH"), (row.Name, row.Kind, row.ParentCode));
    }

    [Fact]
    public async Task CreateUnit_WithATakenCode_OrByAUnionOfficer_IsRefused()
    {
        var taken = await Organization.CreateAsync(TestActors.Admin, new NewUnit("KT", "Trùng mã"), UnitKind.Department, null);

        Assert.Equal("organization.code_taken", Assert.Single(taken.Errors).Code);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Organization.CreateAsync(TestActors.Officer, new NewUnit("MOI", "Mới"), UnitKind.Department, null));
    }

    [Fact]
    public async Task Retire_AUnitWithStaff_IsRefused_UntilTheyAreTransferred()
    {
        var created = (await Organization.CreateAsync(TestActors.Admin, new NewUnit("TAM", "Tổ công tác tạm thời"), UnitKind.Department, null)).Value;
        var person = (await App.Service<PeopleService>().AddAsync(TestActors.Admin, new NewPerson("TAM-01", "Phí Văn Lộc", Gender.Male, null,
            created, "Chuyên viên", new DateOnly(2020, 1, 1)))).Value;

        var refused = await Organization.RetireAsync(TestActors.Admin, created, new DateOnly(2027, 1, 1));
        await App.Service<PeopleService>().TransferAsync(TestActors.Admin, person,
            new PersonTransfer(await App.UnitIdAsync("TH"), "Chuyên viên", new DateOnly(2026, 12, 1)));
        var retired = await Organization.RetireAsync(TestActors.Admin, created, new DateOnly(2027, 1, 1));

        Assert.Equal("organization.unit_has_staff", Assert.Single(refused.Errors).Code);
        Assert.True(retired.IsSuccess);
        Assert.Equal(new DateOnly(2026, 12, 31), (await Organization.ListAsync(TestActors.Admin)).Single(u => u.Id == created).ClosedOn);
    }

    [Fact]
    public async Task Reclassify_ChangesTheKind()
    {
        var hcc = await App.UnitIdAsync("HCC");

        Assert.True((await Organization.ReclassifyAsync(TestActors.Admin, hcc, UnitKind.PublicServiceUnit, null)).IsSuccess);

        Assert.Equal(UnitKind.PublicServiceUnit, (await Organization.ListAsync(TestActors.Admin)).Single(u => u.Id == hcc).Kind);
    }

    [Fact]
    public async Task Reclassify_IntoAReceivingBoard_LeavesTheAgencysTreeAndEveryOpenBloc_OnlyOnceItsStaffHaveMoved()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var th = await App.UnitIdAsync("TH");
        var created = (await Organization.CreateAsync(TestActors.Admin, new NewUnit("BAN-MOI", "Ban Thi đua mới"), UnitKind.Department, th)).Value;
        await using (var db = await App.DbAsync())
        {
            var bloc = await db.Blocs.Where(b => b.CampaignId == campaign).Select(b => b.Id).FirstAsync();
            db.BlocMembers.Add(BlocMember.Create(campaign, bloc, created));
            await db.SaveChangesAsync();
        }

        var person = (await App.Service<PeopleService>().AddAsync(TestActors.Admin, new NewPerson("BAN-01", "Lã Thị Hồng", Gender.Female, null,
            created, "Chuyên viên", new DateOnly(2020, 1, 1)))).Value;
        var refused = await Organization.ReclassifyAsync(TestActors.Admin, created, UnitKind.ReceivingBoard, null);
        await App.Service<PeopleService>().TransferAsync(TestActors.Admin, person, new PersonTransfer(th, "Chuyên viên", new DateOnly(2026, 12, 1)));
        var board = await Organization.ReclassifyAsync(TestActors.Admin, created, UnitKind.ReceivingBoard, null);

        Assert.Equal("organization.unit_has_staff", Assert.Single(refused.Errors).Code);
        Assert.True(board.IsSuccess, string.Join("; ", board.Errors));
        var row = (await Organization.ListAsync(TestActors.Admin, includeBoards: true)).Single(u => u.Id == created);
        Assert.Equal((UnitKind.ReceivingBoard, (string?)null), (row.Kind, row.ParentCode));
        await using (var db = await App.DbAsync())
        {
            Assert.False(await db.BlocMembers.AnyAsync(m => m.UnitId == created));
        }

        Assert.True((await Organization.ReclassifyAsync(TestActors.Admin, created, UnitKind.Department, null)).IsSuccess);
        await using var after = await App.DbAsync();
        var agency = await after.Units.SingleAsync(u => u.Kind == UnitKind.Agency);
        Assert.Equal(agency.Id, (await after.Units.SingleAsync(u => u.Id == created)).ParentId);
    }

    [Fact]
    public async Task Blocs_BeforeLaunch_AreAddedRenamedAndFilledFreely()
    {
        var campaign = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thi đua khối mới", Year = 2027 })).Value;
        var kt = await App.UnitIdAsync("KT");

        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.Add("Khối thử nghiệm"))).IsSuccess);
        var bloc = (await Setup.BlocsAsync(TestActors.Officer, campaign))!.Blocs.Single(b => b.Name == "Khối thử nghiệm");
        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.MoveUnit(kt, bloc.Id))).IsSuccess);
        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.Rename(bloc.Id, "Khối kinh tế"))).IsSuccess);

        var blocs = (await Setup.BlocsAsync(TestActors.Officer, campaign))!;
        Assert.Equal("Phòng Kinh tế", Assert.Single(blocs.Blocs.Single(b => b.Id == bloc.Id).Units).Name);
        Assert.Equal("Khối kinh tế", blocs.Blocs.Single(b => b.Id == bloc.Id).Name);
        await using var db = await App.DbAsync();
        Assert.Empty((await db.Campaigns.Include(c => c.Amendments).SingleAsync(c => c.Id == campaign)).Amendments);
    }

    [Fact]
    public async Task Blocs_OfANewCampaign_AreACopyOfThePreviousCampaigns_AndChangingThemLeavesThatOneAlone()
    {
        var seeded = await App.SeededCampaignIdAsync();
        var before = (await Setup.BlocsAsync(TestActors.Officer, seeded))!;
        var campaign = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thi đua sao chép khối", Year = 2099 })).Value;

        var copied = (await Setup.BlocsAsync(TestActors.Officer, campaign))!;
        Assert.Equal(Shape(before), Shape(copied));
        Assert.DoesNotContain(copied.Blocs, b => before.Blocs.Any(o => o.Id == b.Id));

        var kt = await App.UnitIdAsync("KT");
        var first = copied.Blocs[0];
        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.Rename(first.Id, "Khối đổi tên riêng"))).IsSuccess);
        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.MoveUnit(kt, null))).IsSuccess);
        Assert.True((await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.Remove(copied.Blocs[^1].Id))).IsSuccess);

        Assert.Equal(Shape(before), Shape((await Setup.BlocsAsync(TestActors.Officer, seeded))!));
        var changed = (await Setup.BlocsAsync(TestActors.Officer, campaign))!;
        Assert.Contains(changed.Unassigned, u => u.Id == kt);
        Assert.Equal("Khối đổi tên riêng", changed.Blocs[0].Name);
        Assert.Equal(copied.Blocs.Count - 1, changed.Blocs.Count);

        static string Shape(CampaignBlocs blocs) => string.Join(";", blocs.Blocs.Select(b => b.Name + ":" + string.Join(",", b.Units.Select(u => u.Id))));
    }

    [Fact]
    public async Task Blocs_AfterLaunch_AreFrozen()
    {
        var campaign = await App.SeededCampaignIdAsync();
        var kt = await App.UnitIdAsync("KT");
        var blocs = (await Setup.BlocsAsync(TestActors.Officer, campaign))!;
        var other = blocs.Blocs.First(b => b.Units.All(u => u.Id != kt));

        var moved = await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.MoveUnit(kt, other.Id));
        var added = await Setup.ChangeBlocsAsync(TestActors.Officer, campaign, new BlocEdit.Add("Khối muộn"));

        Assert.Equal("campaign.blocs_frozen", Assert.Single(moved.Errors).Code);
        Assert.Equal("campaign.blocs_frozen", Assert.Single(added.Errors).Code);
        var after = (await Setup.BlocsAsync(TestActors.Officer, campaign))!;
        Assert.Equal(blocs.Blocs.Select(b => (b.Name, b.Units.Count)), after.Blocs.Select(b => (b.Name, b.Units.Count)));
    }

    [Fact]
    public async Task Blocs_AreEditedOnlyByTheUnionOfficer()
    {
        var campaign = (await App.Service<CampaignService>().CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Thi đua quyền sửa khối", Year = 2098 })).Value;

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Setup.ChangeBlocsAsync(TestActors.Admin, campaign, new BlocEdit.Add("Khối")));
        var head = TestActors.HeadOf(await App.UnitIdAsync("KT"));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Setup.ChangeBlocsAsync(head, campaign, new BlocEdit.Add("Khối")));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Setup.ChangeBlocsAsync(TestActors.Council, campaign, new BlocEdit.Add("Khối")));
    }
}
