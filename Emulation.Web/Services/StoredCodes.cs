using System.Linq.Expressions;
using Emulation.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Emulation.Web.Services;

/// <summary>
/// Codes that must be unique (units, people, campaigns, and a campaign's criteria and blocs) are stored with their
/// folded form (<see cref="CleanText.FoldCode"/>) in a shadow column under a unique index: finding the same code as
/// one typed or sent is one indexed equality, and two requests creating "tđ-2026" and "TĐ-2026" at once end in that
/// index (a lost race, 409) rather than in two codes. The fold runs in .NET, never in SQL: SQLite's UPPER folds only
/// ASCII letters. That index is the only one on a code (the exact ones it covers were dropped), so every look-up by
/// code goes through <see cref="Same{T}"/> or <see cref="AnyOf{T}"/>; where the spelling itself matters (a PUT whose
/// address must name a stored code as written), the row found is compared in memory.
/// </summary>
public static class StoredCodes
{
    /// <summary>The shadow column holding the folded code; the entity's own code property is <see cref="CodeProperty"/>.</summary>
    public const string FoldedCode = "FoldedCode";

    private const string CodeProperty = "Code";

    /// <summary>The rows whose code is the same code as <paramref name="code"/>.</summary>
    public static Expression<Func<T, bool>> Same<T>(string code)
        where T : class
    {
        var folded = CleanText.FoldCode(code);
        return row => EF.Property<string?>(row, FoldedCode) == folded;
    }

    /// <summary>The rows whose code is one of <paramref name="codes"/>, whatever their case or Unicode form.</summary>
    public static Expression<Func<T, bool>> AnyOf<T>(IEnumerable<string> codes)
        where T : class
    {
        var folded = codes.Select(CleanText.FoldCode).Distinct(StringComparer.Ordinal).ToList();
        return row => folded.Contains(EF.Property<string>(row, FoldedCode));
    }

    /// <summary>Declares the folded column beside the entity's <c>Code</c>, as long as the code may be.</summary>
    public static PropertyBuilder<string?> HasFoldedCode<T>(this EntityTypeBuilder<T> builder, int maxLength)
        where T : class => builder.Property<string?>(FoldedCode).HasMaxLength(maxLength);

    /// <summary>Fills the folded column of every added or changed entity that has one, from its current code.</summary>
    public static void Fold(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Metadata.FindProperty(FoldedCode) is null)
            {
                continue;
            }

            var folded = entry.Property(CodeProperty).CurrentValue is string code ? CleanText.FoldCode(code) : null;
            var column = entry.Property(FoldedCode);
            if (!Equals(column.CurrentValue, folded))
            {
                column.CurrentValue = folded;
            }
        }
    }
}
