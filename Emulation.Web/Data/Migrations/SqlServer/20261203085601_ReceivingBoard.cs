using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReceivingBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReceivingUnitId",
                table: "Proposals",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppraisalNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProposalId = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalNotes_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalNotes_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ReceivingUnitId",
                table: "Proposals",
                column: "ReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalNotes_NominationId",
                table: "AppraisalNotes",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalNotes_ProposalId_NominationId",
                table: "AppraisalNotes",
                columns: new[] { "ProposalId", "NominationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalNotes");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ReceivingUnitId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ReceivingUnitId",
                table: "Proposals");
        }
    }
}
