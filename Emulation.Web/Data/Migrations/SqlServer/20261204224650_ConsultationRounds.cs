using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConsultationRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Consultations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // The lists published before: each its place among its owner's lists (the campaign's agency lists, or a
            // dossier's board lists), in the order they were published.
            migrationBuilder.Sql("UPDATE [Consultations] SET [Round] = (SELECT COUNT(*) FROM [Consultations] AS [e] WHERE [e].[CampaignId] = [Consultations].[CampaignId] AND ([e].[ProposalId] = [Consultations].[ProposalId] OR ([e].[ProposalId] IS NULL AND [Consultations].[ProposalId] IS NULL)) AND [e].[Id] <= [Consultations].[Id]);");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_OneAgencyListPerRound",
                table: "Consultations",
                columns: new[] { "CampaignId", "Round" },
                unique: true,
                filter: "\"ProposalId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_OneBoardListPerRound",
                table: "Consultations",
                columns: new[] { "ProposalId", "Round" },
                unique: true,
                filter: "\"ProposalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_OneAgencyListPerRound",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_OneBoardListPerRound",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Consultations");
        }
    }
}
