using Microsoft.EntityFrameworkCore.Migrations;

namespace Emulation.Web.Data.Migrations;

/// <summary>
/// HAND-WRITTEN DATA MOVE of the blocsPerCampaign migration (both providers call it; the SQL is plain enough for SQLite
/// and SQL Server alike). Blocs used to be the organisation's, with each unit's bloc in Units.BlocId; now each campaign
/// has its own blocs (Blocs.CampaignId) and members (BlocMembers). Runs after the schema part of the migration.
/// </summary>
internal static class BlocsPerCampaignDataMove
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        // 1. Every campaign, whatever its status, gets its own copy of every organisation bloc (those still have
        //    CampaignId 0, the new column's default).
        migrationBuilder.Sql(
            """
            INSERT INTO Blocs (CampaignId, Name, Code)
            SELECT c.Id, b.Name, b.Code
            FROM Campaigns c CROSS JOIN Blocs b
            WHERE b.CampaignId = 0;
            """);

        // 2. Each unit that was in a bloc is a member of that bloc's copy in every campaign. A copy is found by its
        //    code, or by its name for a bloc without a code (the designer refused two blocs with one name).
        migrationBuilder.Sql(
            """
            INSERT INTO BlocMembers (CampaignId, BlocId, UnitId)
            SELECT nb.CampaignId, nb.Id, u.Id
            FROM Units u
            JOIN Blocs ob ON ob.Id = u.BlocId AND ob.CampaignId = 0
            JOIN Blocs nb ON nb.CampaignId <> 0 AND nb.Name = ob.Name
                AND (nb.Code = ob.Code OR (nb.Code IS NULL AND ob.Code IS NULL));
            """);

        // 3. The organisation's blocs are gone: Units.BlocId is no longer read (left in place, empty, so SQLite does
        //    not rebuild Units), then the original blocs are removed.
        migrationBuilder.Sql("UPDATE Units SET BlocId = NULL;");
        migrationBuilder.Sql("DELETE FROM Blocs WHERE CampaignId = 0;");
    }

    /// <summary>Back to organisation blocs: the latest campaign's (by id) become the organisation's. Runs first in Down.</summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            UPDATE Units SET BlocId = (
                SELECT m.BlocId FROM BlocMembers m
                WHERE m.UnitId = Units.Id AND m.CampaignId = (SELECT MAX(b.CampaignId) FROM Blocs b));
            """);
        migrationBuilder.Sql("DELETE FROM BlocMembers WHERE CampaignId <> (SELECT MAX(b.CampaignId) FROM Blocs b);");
        migrationBuilder.Sql("DELETE FROM Blocs WHERE CampaignId <> (SELECT MAX(b.CampaignId) FROM Blocs b);");
    }
}
