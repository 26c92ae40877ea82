using Emulation.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Emulation.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// An agency's council seats only the council accounts bound to that agency (an unbound one sits on none): each unbound
    /// council account is bound to the agency of its person's unit, else to the deployment's only agency. Accounts that
    /// also administer keep the whole deployment. Data only: the model does not change.
    /// </summary>
    [DbContext(typeof(SqliteEmulationDbContext))]
    [Migration("20261206171500_CouncilAccountsBoundToTheirAgency")]
    public partial class CouncilAccountsBoundToTheirAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            const string unboundCouncil = """
                "AspNetUsers"."UnitId" IS NULL
                    AND EXISTS (SELECT 1 FROM "AspNetUserRoles" AS "ur" JOIN "AspNetRoles" AS "r" ON "r"."Id" = "ur"."RoleId"
                        WHERE "ur"."UserId" = "AspNetUsers"."Id" AND "r"."Name" = 'CouncilMember')
                    AND NOT EXISTS (SELECT 1 FROM "AspNetUserRoles" AS "ur" JOIN "AspNetRoles" AS "r" ON "r"."Id" = "ur"."RoleId"
                        WHERE "ur"."UserId" = "AspNetUsers"."Id" AND "r"."Name" = 'Administrator')
                """;
            migrationBuilder.Sql($"""
                WITH RECURSIVE "Up"("UnitId", "AncestorId", "ParentId") AS (
                    SELECT "Id", "Id", "ParentId" FROM "Units"
                    UNION ALL
                    SELECT "Up"."UnitId", "u"."Id", "u"."ParentId" FROM "Up" JOIN "Units" AS "u" ON "u"."Id" = "Up"."ParentId"
                )
                UPDATE "AspNetUsers" SET "UnitId" = (
                    SELECT "a"."Id" FROM "People" AS "p"
                    JOIN "Up" ON "Up"."UnitId" = "p"."UnitId" AND "Up"."ParentId" IS NULL
                    JOIN "Units" AS "a" ON "a"."Id" = "Up"."AncestorId" AND "a"."Kind" = 'Agency'
                    WHERE "p"."Id" = "AspNetUsers"."PersonId")
                WHERE "PersonId" IS NOT NULL AND {unboundCouncil};
                """);
            migrationBuilder.Sql($"""
                UPDATE "AspNetUsers" SET "UnitId" =
                    (SELECT MIN("Id") FROM "Units" WHERE "ParentId" IS NULL AND "Kind" = 'Agency' AND "ClosedOn" IS NULL)
                WHERE {unboundCouncil}
                    AND (SELECT COUNT(*) FROM "Units" WHERE "ParentId" IS NULL AND "Kind" = 'Agency' AND "ClosedOn" IS NULL) = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which accounts were bound here is not recorded: going down leaves them bound, as an administrator could have.
        }
    }
}
