using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Emulation.Tests.Infrastructure;

/// <summary>Counts the SQL commands EF Core sends inside a <see cref="Begin"/> scope of the current async flow.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<Scope?> _current = new();

    public Scope Begin() => _current.Value = new Scope();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Note(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Note(DbCommand command) => _current.Value?.Commands.Add(command.CommandText);

    public sealed class Scope
    {
        public List<string> Commands { get; } = [];

        public int Count => Commands.Count;
    }
}
