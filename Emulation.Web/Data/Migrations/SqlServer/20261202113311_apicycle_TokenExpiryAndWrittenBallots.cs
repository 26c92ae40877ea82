using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class apicycle_TokenExpiryAndWrittenBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Ballot_Written",
                table: "Nominations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Written",
                table: "CouncilSessionBallots",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiresOn",
                table: "ApiTokens",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Ballot_Written",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "Written",
                table: "CouncilSessionBallots");

            migrationBuilder.DropColumn(
                name: "ExpiresOn",
                table: "ApiTokens");
        }
    }
}
