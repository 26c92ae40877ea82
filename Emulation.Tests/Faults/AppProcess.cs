using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Emulation.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Emulation.Tests.Faults;

/// <summary>
/// The built app run as a child process (<c>dotnet Emulation.Web.dll</c>, <see cref="PrecompiledApp"/>) on its own SQLite file and a fixed loopback
/// port, so a test can kill it as the operating system would (SIGKILL) and start it again on the same database.
/// The database starts as a copy of <see cref="TemplateDatabase"/>, migrated and seeded once for the run: the first
/// start finds the migrations applied and the demo data there, as any later start does, instead of hashing every demo
/// account's password at full cost in a process that has compiled nothing yet.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulation-faults", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _process;

    public AppProcess()
    {
        Directory.CreateDirectory(_directory);
        TemplateDatabase.CopyTo(DatabasePath);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
    }

    public string BaseUrl { get; }

    public string DatabasePath => Path.Combine(_directory, "emulation.db");

    /// <summary>What the app wrote to its console, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app (which migrates and seeds what is missing, as every start does) and waits until it answers as ready.</summary>
    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebOutputDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(PrecompiledApp());
        info.Environment["ASPNETCORE_URLS"] = BaseUrl;
        // Development serves the static web assets straight from the build output, as a published app would.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__SqlitePath"] = DatabasePath;
        info.Environment["Emulation__SeedDemoData"] = "true";
        info.Environment["Emulation__EvidencePath"] = Path.Combine(_directory, "evidence");
        info.Environment["Security__LoginRateLimit__PermitLimit"] = "100000";
        info.Environment["Security__LoginRateLimit__PermitLimitPerUserName"] = "100000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Tests read the evaluation of what they just saved, even on a loaded machine (EvaluationOptions.FreshWait).
        info.Environment["Evaluation__FreshWait"] = "00:02:00";
        info.Environment["Evaluation__ChangedUnitsPause"] = "00:00:00";

        _process?.Dispose();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Note(e.Data);
        process.ErrorDataReceived += (_, e) => Note(e.Data);
        Assert.True(process.Start());
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync(process);
    }

    /// <summary>SIGKILL: no shutdown, no flushing, exactly like a power cut for the process.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The database's own verdict on its file: "ok" when every page and index is sound.</summary>
    public string IntegrityCheck()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; it does not affect other tests.
        }
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"The app exited with {(process.HasExited ? process.ExitCode : 0)}:\n{Output}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"The app did not become ready in {StartTimeout}:\n{Output}");
    }

    private void Note(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>
    /// The app as this test project's output holds it, with its libraries precompiled (PrecompileForTheTestRun in the
    /// project file) and its own deps.json and runtimeconfig.json beside it: the same code as Emulation.Web's output, where
    /// a process would JIT every method it runs. Measured on one start to ready on the seeded demo database: 3.5 against
    /// 2.3–2.5 CPU-seconds, and a first page a third cheaper.
    /// </summary>
    private static string PrecompiledApp()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Emulation.Web.dll");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Emulation.Web.runtimeconfig.json")), $"No runnable copy of the app beside the tests: {app}");
        return app;
    }

    /// <summary>
    /// Emulation.Web's own build output beside this test project's (same configuration and framework): the app's content
    /// root, where its static files are.
    /// </summary>
    private static string WebOutputDirectory()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = tests.Name;
        var configuration = tests.Parent!.Name;
        var root = tests.Parent.Parent!.Parent!.Parent!.FullName;
        var web = Path.Combine(root, "Emulation.Web", "bin", configuration, framework);
        Assert.True(File.Exists(Path.Combine(web, "Emulation.Web.dll")), $"Build Emulation.Web first: {web}");
        return web;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
