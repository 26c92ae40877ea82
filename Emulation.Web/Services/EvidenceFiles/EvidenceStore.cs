using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Emulation.Web.Services.EvidenceFiles;

/// <summary>
/// Keeps evidence files on disk, outside the web root, each under a random key and never under the user's file name.
/// A file is written to a temporary name and moved into place, so a reader never sees half of one.
/// </summary>
public sealed class EvidenceStore
{
    private const int KeyBytes = 16;
    private const string TempSuffix = ".partial";

    public EvidenceStore(IOptions<EvidenceOptions> options, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.EvidencePath));
        if (!string.IsNullOrEmpty(environment.WebRootPath) && IsInside(Root, Path.GetFullPath(environment.WebRootPath)))
        {
            throw new InvalidOperationException(
                $"Emulation:EvidencePath ({Root}) is inside the web root; uploaded files must not be served as static files.");
        }
    }

    /// <summary>The absolute folder holding the files.</summary>
    public string Root { get; }

    /// <summary>A fresh random key: 32 hexadecimal characters.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyBytes));

    public async Task WriteAsync(string key, ArraySegment<byte> content, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        Directory.CreateDirectory(Root);
        var temp = target + "." + Guid.NewGuid().ToString("N") + TempSuffix;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                bufferSize: 81920, useAsync: true))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temp, target, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The stored content, or null when no file has that key.</summary>
    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true)
            : null;
    }

    public bool Exists(string key) => File.Exists(PathOf(key));

    /// <summary>The keys of the stored files with when each was written (UTC); temporary files are not listed.</summary>
    public IReadOnlyList<(string Key, DateTime WrittenAt)> List() => !Directory.Exists(Root) ? []
        : [.. new DirectoryInfo(Root).EnumerateFiles().Where(f => IsKey(f.Name)).Select(f => (f.Name, f.LastWriteTimeUtc))];

    /// <summary>Removes the file; a key with no file is already gone.</summary>
    public void Delete(string key) => File.Delete(PathOf(key));

    /// <summary>Only keys this store made map to a path, so a key can never walk out of <see cref="Root"/>.</summary>
    private string PathOf(string key)
    {
        if (!IsKey(key))
        {
            throw new ArgumentException($"'{key}' is not an evidence storage key.", nameof(key));
        }

        return Path.Combine(Root, key);
    }

    private static bool IsKey(string name) => name.Length == KeyBytes * 2 && name.All(char.IsAsciiHexDigitLower);

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
