using Emulation.Domain.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Emulation.Web.Services;

public static class ConcurrencyErrors
{
    public const string Code = "concurrency.changed";

    public static DomainError ChangedByOthers() =>
        new(Code, "Someone else saved this after you opened it. Reload to see their values; nothing of yours was saved.");

    /// <summary>
    /// Whether a failed save lost a race: a version changed since it was read, or a row this save meant to create
    /// (a unit's first pledge, say) was created by someone else in the meantime (a unique key clash).
    /// </summary>
    public static bool IsClash(DbUpdateException exception) => exception is DbUpdateConcurrencyException
        || exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation }
        || exception.InnerException is SqlException { Number: SqlServerUniqueIndexViolation or SqlServerUniqueConstraintViolation };

    /// <summary>
    /// Saves <paramref name="db"/>'s changes; a save that lost a race (<see cref="IsClash"/>: a version changed, or a
    /// row someone else created first) is <see cref="ChangedByOthers"/> rather than an exception, and saves nothing.
    /// </summary>
    public static Task<Result> SaveAsync(DbContext db) => SaveRefusingAsync(db, IsClash);

    /// <summary>
    /// As <see cref="SaveAsync"/>, and a save that found SQLite still busy with another writer when its wait ran out is
    /// <see cref="ChangedByOthers"/> too (<see cref="IsLostRace"/>): for steps on a dossier or its lists, where two
    /// people acting at once is the race itself.
    /// </summary>
    public static Task<Result> SaveUnlessLostRaceAsync(DbContext db) => SaveRefusingAsync(db, IsLostRace);

    /// <summary>
    /// Runs <paramref name="step"/>, a change saved in a transaction of its own (or in several saves): when one of its
    /// saves lost a race (<see cref="IsLostRace"/>), the transaction it left uncommitted keeps nothing, and the answer is
    /// <see cref="ChangedByOthers"/> rather than an exception.
    /// </summary>
    public static async Task<Result<T>> UnlessLostRaceAsync<T>(Func<Task<Result<T>>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return await step();
        }
        catch (Exception e) when (IsLostRace(e))
        {
            return Result<T>.Failure(ChangedByOthers());
        }
    }

    /// <inheritdoc cref="UnlessLostRaceAsync{T}"/>
    public static async Task<Result> UnlessLostRaceAsync(Func<Task<Result>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return await step();
        }
        catch (Exception e) when (IsLostRace(e))
        {
            return Result.Failure(ChangedByOthers());
        }
    }

    private static async Task<Result> SaveRefusingAsync(DbContext db, Func<DbUpdateException, bool> lost)
    {
        try
        {
            await db.SaveChangesAsync();
            return Result.Success();
        }
        catch (DbUpdateException e) when (lost(e))
        {
            return Result.Failure(ChangedByOthers());
        }
    }

    /// <summary>
    /// Whether a request lost a race with another one: a clash on save (<see cref="IsClash"/>), or SQLite still
    /// busy with another writer when its wait ran out. Either way nothing of this request was saved.
    /// </summary>
    public static bool IsLostRace(Exception exception) => exception switch
    {
        DbUpdateException update => IsClash(update) || update.InnerException is { } inner && IsBusy(inner),
        _ => IsBusy(exception),
    };

    private static bool IsBusy(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } ||
        exception.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqlServerUniqueIndexViolation = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;
}
