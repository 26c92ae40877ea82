using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Emulation.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublicConsultation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsultationEndsAt",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ConsultationLastDay",
                table: "Nominations");

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkingDays = table.Column<int>(type: "int", nullable: false),
                    Article = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConsultationId = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: true),
                    AuthorName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ModeratedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationComments_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationNominees",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    ConsultationId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationNominees", x => new { x.ConsultationId, x.NominationId });
                    table.ForeignKey(
                        name: "FK_ConsultationNominees_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultationNominees_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "PublicHolidays",
                columns: new[] { "Date", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2026, 1, 1), "Tết Dương lịch" },
                    { new DateOnly(2026, 2, 16), "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)" },
                    { new DateOnly(2026, 2, 17), "Tết Nguyên đán Bính Ngọ (mùng 1)" },
                    { new DateOnly(2026, 2, 18), "Tết Nguyên đán Bính Ngọ (mùng 2)" },
                    { new DateOnly(2026, 2, 19), "Tết Nguyên đán Bính Ngọ (mùng 3)" },
                    { new DateOnly(2026, 2, 20), "Tết Nguyên đán Bính Ngọ (mùng 4)" },
                    { new DateOnly(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4)" },
                    { new DateOnly(2026, 4, 30), "Ngày Chiến thắng 30/4" },
                    { new DateOnly(2026, 5, 1), "Ngày Quốc tế Lao động 1/5" },
                    { new DateOnly(2026, 9, 1), "Quốc khánh, ngày liền kề (chưa xác nhận)" },
                    { new DateOnly(2026, 9, 2), "Quốc khánh 2/9" },
                    { new DateOnly(2027, 1, 1), "Tết Dương lịch" },
                    { new DateOnly(2027, 2, 5), "Tết Nguyên đán Đinh Mùi (29 tháng Chạp, chưa xác nhận)" },
                    { new DateOnly(2027, 2, 8), "Tết Nguyên đán Đinh Mùi (mùng 3, chưa xác nhận)" },
                    { new DateOnly(2027, 2, 9), "Tết Nguyên đán Đinh Mùi (mùng 4, chưa xác nhận)" },
                    { new DateOnly(2027, 2, 10), "Nghỉ bù Tết Nguyên đán Đinh Mùi (chưa xác nhận)" },
                    { new DateOnly(2027, 2, 11), "Nghỉ bù Tết Nguyên đán Đinh Mùi (chưa xác nhận)" },
                    { new DateOnly(2027, 4, 16), "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
                    { new DateOnly(2027, 4, 30), "Ngày Chiến thắng 30/4" },
                    { new DateOnly(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy 1/5)" },
                    { new DateOnly(2027, 9, 2), "Quốc khánh 2/9" },
                    { new DateOnly(2027, 9, 3), "Quốc khánh, ngày liền kề (chưa xác nhận)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationComments_ConsultationId_Status",
                table: "ConsultationComments",
                columns: new[] { "ConsultationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationNominees_NominationId",
                table: "ConsultationNominees",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_CampaignId_LastDay",
                table: "Consultations",
                columns: new[] { "CampaignId", "LastDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationComments");

            migrationBuilder.DropTable(
                name: "ConsultationNominees");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsultationEndsAt",
                table: "Nominations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsultationLastDay",
                table: "Nominations",
                type: "date",
                nullable: true);
        }
    }
}
