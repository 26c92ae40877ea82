using System.Data.Common;
using System.Globalization;

namespace Emulation.Web.Data.Seed.Scale;

/// <summary>
/// One prepared <c>INSERT</c> run once per row inside the caller's transaction: the fastest way into SQLite, and no
/// change tracking or audit entries for a million history rows. Values are written the way EF Core's SQLite provider
/// stores them (enums by name, Guids as upper-case text, dates as ISO text).
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public BulkInsert(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        _parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            _parameters[i] = _command.CreateParameter();
            _parameters[i].ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture);
            _command.Parameters.Add(_parameters[i]);
        }

        _command.Prepare();
    }

    public int Rows { get; private set; }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = Stored(values[i]);
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => e.ToString(),
        Guid g => g.ToString().ToUpperInvariant(),
        bool b => b ? 1 : 0,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        _ => value,
    };
}
