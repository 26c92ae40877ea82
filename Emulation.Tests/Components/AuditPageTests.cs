using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bunit;
using Emulation.Tests.Architecture;
using Emulation.Tests.Infrastructure;
using Emulation.Web.Data;
using Emulation.Web.Data.Auditing;
using Emulation.Web.Services;
using Emulation.Web.Services.Audit;
using Emulation.Web.Services.Campaigns;
using Emulation.Web.Services.Organization;
using Emulation.Web.Services.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Emulation.Tests.Components;

/// <summary>The audit trail reads in Vietnamese: entity and field names, values before and after side by side, the office's time.</summary>
[Trait("Category", "Fast")]
public sealed partial class AuditPageTests(AppFixture fixture) : PageTestContext(fixture)
{
    [Fact]
    public async Task AuditTrail_ShowsVietnameseNames_AndValuesBeforeAndAfterAsATable_WithoutEscapes()
    {
        var unit = await App.UnitIdAsync("KSTT");
        Assert.True((await App.Service<OrganizationService>().RenameAsync(TestActors.Admin, unit, "Phòng Kiểm soát thủ tục – Cải cách",
            new DateOnly(2026, 7, 1))).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("admin/audit?entity=Unit");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var text = page.Find("[data-testid=audit-table]").TextContent;
        Assert.Contains("Đơn vị", page.Find("[data-testid=audit-row-entity]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.FindAll("[data-testid=audit-row-entity]"), e => e.TextContent.Trim() == "Unit");
        var changes = page.Find("[data-testid=audit-changes]");
        Assert.Contains(changes.QuerySelectorAll("tbody th"), th => th.TextContent == "Tên");
        Assert.Contains("Phòng Kiểm soát thủ tục – Cải cách", changes.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
        Assert.Contains("UTC+7", page.Find("[data-testid=audit-table] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACriterionsBands_ReadAsPercentagesInWords_NotAsStoredFields()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer, new CampaignDraftInput { Name = "Khung điểm trong nhật ký", Year = 2026 })).Value;
        var banded = new CriterionInput { Code = "KHUNG", Name = "Theo khung", Group = "I", MaxPoints = 40, Method = Emulation.Domain.Campaigns.ScoringMethod.Bands, UnitOfMeasure = "%" };
        banded.Bands.Add(new BandInput { MinPercentOfTarget = 100, PercentOfMax = 100 });
        banded.Bands.Add(new BandInput { MinPercentOfTarget = 95, PercentOfMax = 75 });
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id, banded)).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("admin/audit?entity=Criterion");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var text = page.Find("[data-testid=audit-table]").TextContent;
        Assert.Contains("từ 100 % chỉ tiêu: 100 % điểm tối đa; từ 95 % chỉ tiêu: 75 % điểm tối đa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MinRatio", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ShareOfMax", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APledgesTargets_ReadAsTheTargetsThatChanged_EachOldBesideNew()
    {
        var campaignId = await App.Service<CampaignService>().LaunchWithCriteriaAsync("Chỉ tiêu trong nhật ký", 5);
        var unitId = await App.UnitIdAsync("TH");
        var submissions = App.Service<SubmissionService>();
        var first = await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            Targets(10, 12.5m, 12, 13, 14), null, submit: false);
        Assert.True((await submissions.SavePledgeAsync(TestActors.HeadOf(unitId), campaignId, unitId,
            Targets(10, 15, 12, 20, 14), first.Value.Version, submit: false)).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("admin/audit?entity=Pledge");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var created = Lines(page.FindAll("[data-testid=audit-changes]")[1]);
        Assert.Contains(("Chỉ tiêu đăng ký – C02", "–", "12,5"), created);
        // Read back from SQLite, the first targets were 13.0 and the like: shown as typed.
        Assert.DoesNotContain(created.Concat(Lines(page.FindAll("[data-testid=audit-changes]")[0])),
            line => line.Item2.EndsWith(",0", StringComparison.Ordinal) || line.Item3.EndsWith(",0", StringComparison.Ordinal));
        Assert.Equal(
            new List<(string, string, string)> { ("Chỉ tiêu đăng ký – C02", "12,5", "15"), ("Chỉ tiêu đăng ký – C04", "13", "20") },
            Lines(page.FindAll("[data-testid=audit-changes]")[0]));
        Assert.DoesNotContain(page.FindAll("[data-testid=audit-row-entity]"), e => e.TextContent.Contains("Chỉ tiêu đăng ký", StringComparison.Ordinal));
    }

    [Fact]
    public void AuditChange_ReadsACollectionItemByItem_NamingEachByItsFirstValue()
    {
        var changes = AuditChange.Read(
            "{\"Targets\":[{\"CriterionCode\":\"A\",\"Target\":5},{\"CriterionCode\":\"B\",\"Target\":7.0}]}",
            "{\"Targets\":[{\"CriterionCode\":\"B\",\"Target\":7},{\"CriterionCode\":\"C\",\"Target\":9.5}]}",
            collectionFields: new HashSet<string> { "Targets" });

        Assert.Equal(new[] { new AuditChange("Targets", "5", null, Item: "A"), new AuditChange("Targets", null, "9.5", Item: "C") }, changes);
    }

    /// <summary>A figure for each criterion C01, C02… of <see cref="TestCampaigns.LaunchWithCriteriaAsync"/>, in order.</summary>
    private static Dictionary<string, decimal?> Targets(params decimal[] figures) =>
        figures.Select((f, i) => (Code: TestCampaigns.CriterionCode(i + 1), Figure: f)).ToDictionary(t => t.Code, t => (decimal?)t.Figure);

    /// <summary>The rows of an entry's table of changes: the field, the value before, the value after.</summary>
    private static List<(string, string, string)> Lines(AngleSharp.Dom.IElement changes) =>
        [.. changes.QuerySelector("tbody")!.Children.Select(tr => (tr.QuerySelector("th")!.TextContent,
            tr.QuerySelectorAll("td")[0].TextContent, tr.QuerySelectorAll("td")[1].TextContent))];

    [Fact]
    public async Task MomentsAndDaysInTheValues_AreShownAtUtcPlus7_InTheReadersDateFormat()
    {
        var unit = await App.UnitIdAsync("NC");
        Assert.True((await App.Service<OrganizationService>().RenameAsync(TestActors.Admin, unit, "Phòng Nội chính – Pháp chế",
            new DateOnly(2026, 8, 1))).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("admin/audit?entity=UnitName");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var text = page.Find("[data-testid=audit-table] tbody").TextContent;
        Assert.Contains("31/07/2026", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", text);
        Assert.Equal(DateTimeOffset.Parse("2026-12-05T09:07:13.3985592+07:00", System.Globalization.CultureInfo.InvariantCulture),
            AuditChange.Moment("2026-12-05T02:07:13.3985592+00:00"));
        Assert.Null(AuditChange.Moment("TH-001"));
        Assert.Null(AuditChange.Day("2026"));
    }

    [Fact]
    public async Task NumbersWithAFraction_AreShownInTheReadersForm_WholeNumbersAndCodesAsStored()
    {
        var campaigns = App.Service<CampaignService>();
        var id = (await campaigns.CreateDraftAsync(TestActors.Officer,
            new CampaignDraftInput { Name = "Bảng điểm nửa điểm", Year = 2026 })).Value;
        Assert.True((await campaigns.AddCriterionAsync(TestActors.Officer, id, new CriterionInput
        {
            Code = "NUA1", Name = "Tiêu chí nửa điểm", MaxPoints = 12.5m, UnitOfMeasure = "việc",
        })).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("admin/audit?entity=Criterion");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var text = page.Find("[data-testid=audit-table] tbody").TextContent;
        Assert.Contains("12,5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12.5", text, StringComparison.Ordinal);
        Assert.Equal(95.5m, AuditChange.Fraction("95.5"));
        Assert.Null(AuditChange.Fraction("2026"));
        Assert.Null(AuditChange.Fraction("1.2.3"));
        Assert.Null(AuditChange.Fraction("TH-001"));
    }

    [Fact]
    public async Task ATenuresDays_AreNamedAsDays_NotAsTheStepsOfACampaign()
    {
        var person = (await App.Service<PeopleService>().AddAsync(TestActors.Admin, new NewPerson("NK-NHATKY", "Đinh Văn Lộc",
            Emulation.Domain.Organization.Gender.Male, null, await App.UnitIdAsync("NK"), "Nhân viên", new DateOnly(2015, 3, 1)))).Value;
        Assert.True((await App.Service<PeopleService>().TransferAsync(TestActors.Admin, person,
            new PersonTransfer(await App.UnitIdAsync("NK"), "Tổ trưởng", new DateOnly(2024, 1, 1)))).IsSuccess);
        SignInAs("quantri", Roles.Administrator);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("admin/audit?entity=PersonTenure");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var fields = page.FindAll("[data-testid=audit-changes] tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains("Đến ngày", fields);
        Assert.Contains("Từ ngày", fields);
        Assert.DoesNotContain("Đến bước", fields);
    }

    [Fact]
    public async Task AnAccountAndItsRole_AreNamed_NotShownByTheirIds()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<Emulation.Web.Services.Accounts.AccountService>()
                .CreateForHolderAsync(TestActors.Admin,
                    new Emulation.Web.Services.Accounts.NewAccount("kiemtoan.nhatky", "Kiểm Tra Nhật Ký", [Roles.Leadership], null, null))).IsSuccess);
        }

        string userId;
        await using (var db = await App.DbAsync())
        {
            userId = await db.Users.Where(u => u.UserName == "kiemtoan.nhatky").Select(u => u.Id).SingleAsync();
        }

        SignInAs("quantri", Roles.Administrator);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("admin/audit?user=quantri");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=audit-row-key]"), k => k.TextContent == "kiemtoan.nhatky"));
        var text = page.Find("[data-testid=audit-table] tbody").TextContent;
        Assert.Contains("kiemtoan.nhatky, Lãnh đạo", text, StringComparison.Ordinal);
        Assert.DoesNotContain(userId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANominationsExplanation_IsWordedInVietnamese_NotShownAsItsData()
    {
        await using (var db = await App.DbAsync())
        {
            var person = await db.People.FirstAsync();
            db.Nominations.Add(Emulation.Domain.Awards.Nomination.Propose(await App.SeededCampaignIdAsync(), person.Id, person.UnitId,
                Emulation.Domain.Awards.Title.AdvancedWorker, TestExplanations.For(Emulation.Domain.Awards.Title.AdvancedWorker)));
            await db.SaveChangesAsync();
        }

        SignInAs("quantri", Roles.Administrator);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("admin/audit?entity=Nomination");

        var page = Render<Emulation.Web.Components.Pages.Admin.AuditPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-changes]")));
        var changes = page.Find("[data-testid=audit-changes]").TextContent;
        Assert.Contains("Lao động tiên tiến: ĐỀ NGHỊ", changes, StringComparison.Ordinal);
        Assert.Contains("Căn cứ: Luật 06/2022/QH15 Điều 24; bộ quy tắc VN-ND152-2025, phiên bản 1.", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommended", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Excellent", changes, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditChange_ReadsOldEscapedJson_AsText()
    {
        var changes = AuditChange.Read("{\"FullName\":\"Nguy\\u1EC5n V\\u0103n A\",\"Present\":true}", null);

        Assert.Equal(new AuditChange("FullName", "Nguyễn Văn A", null), changes[0]);
        Assert.Equal(new AuditChange("Present", "True", null, Flag: true), changes[1]);
    }

    [Fact]
    public void OfficeTime_ShowsAUtcMomentAtUtcPlus7()
    {
        var at = new DateTime(2026, 12, 31, 18, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01/01/2027 01:30", OfficeTime.Format(at));
        Assert.Equal(new DateOnly(2027, 1, 1), OfficeTime.Date(new DateTimeOffset(at)));
    }

    [Fact]
    public async Task EveryAuditedEntityAndField_HasAVietnameseName()
    {
        var known = XDocument.Load(Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        await using var db = await App.DbAsync();
        var types = db.Model.GetEntityTypes().Where(t => !NotAudited.Contains(t.ShortName())).ToList();

        // A JSON-owned collection (a pledge's targets) is recorded as a field of its owner.
        var missing = types.Select(t => "AuditEntity." + Generic().Replace(t.ShortName(), ""))
            .Concat(types.SelectMany(t => t.GetProperties()).Where(AuditInterceptor.IsAudited)
                .Select(p => "AuditField." + AuditChange.Name(p.Name)))
            .Concat(types.SelectMany(t => t.GetNavigations()).Where(n => n.TargetEntityType.IsMappedToJson())
                .Select(n => "AuditField." + n.Name))
            .Distinct().Where(k => !known.Contains(k)).Order().ToList();

        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryEnumValueTheTrailRecords_HasAVietnameseLabel()
    {
        var known = XDocument.Load(Path.Combine(DomainPurityTests.RepositoryRoot(), "Emulation.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        await using var db = await App.DbAsync();

        var missing = db.Model.GetEntityTypes().Where(t => !NotAudited.Contains(t.ShortName())).SelectMany(t => t.GetProperties())
            .Select(p => Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).Where(t => t.IsEnum).Distinct()
            .SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}"))
            .Where(k => !known.Contains(k)).Order().ToList();

        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void AuditChange_KnowsTheEnumOfAField_SoThePageShowsItsLabel()
    {
        var changes = AuditChange.Read("{\"Status\":\"Draft\"}", "{\"Status\":\"Launched\"}",
            new Dictionary<string, string> { ["Status"] = "CampaignStatus" });

        Assert.Equal(new AuditChange("Status", "Draft", "Launched", EnumType: "CampaignStatus"), Assert.Single(changes));
    }

    /// <summary>Types never audited: the trail itself, keys, notices, and a read-only view (SentDossier, never written).</summary>
    private static readonly string[] NotAudited = ["AuditEntry", "DataProtectionKey", "ChangeNotification", "InboxNotification", "OutboxEmail", "SentDossier"];

    [GeneratedRegex("<.*>$")]
    private static partial Regex Generic();
}
