using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CampaignAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "Campaigns",
                type: "int",
                nullable: true);

            // Each campaign belongs to the agency at the top of its bloc units' tree; one without blocs, to the only agency.
            migrationBuilder.Sql("""
                WITH [Up] ([UnitId], [AncestorId], [ParentId]) AS (
                    SELECT [Id], [Id], [ParentId] FROM [Units]
                    UNION ALL
                    SELECT [Up].[UnitId], [u].[Id], [u].[ParentId] FROM [Up] JOIN [Units] AS [u] ON [u].[Id] = [Up].[ParentId]
                )
                UPDATE [c] SET [AgencyId] = (
                    SELECT MIN([a].[Id]) FROM [BlocMembers] AS [m]
                    JOIN [Up] ON [Up].[UnitId] = [m].[UnitId] AND [Up].[ParentId] IS NULL
                    JOIN [Units] AS [a] ON [a].[Id] = [Up].[AncestorId] AND [a].[Kind] = N'Agency'
                    WHERE [m].[CampaignId] = [c].[Id])
                FROM [Campaigns] AS [c];
                """);
            migrationBuilder.Sql("""
                UPDATE [Campaigns] SET [AgencyId] =
                    (SELECT MIN([Id]) FROM [Units] WHERE [ParentId] IS NULL AND [Kind] = N'Agency' AND [ClosedOn] IS NULL)
                WHERE [AgencyId] IS NULL
                    AND (SELECT COUNT(*) FROM [Units] WHERE [ParentId] IS NULL AND [Kind] = N'Agency' AND [ClosedOn] IS NULL) = 1;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_AgencyId",
                table: "Campaigns",
                column: "AgencyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Campaigns_AgencyId",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Campaigns");
        }
    }
}
