using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Emulation.Tests.Documents;

/// <summary>Runs poppler-utils (pdftoppm, pdftotext) on a PDF in a temp folder; test.sh installs them.</summary>
public sealed class Poppler : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "emulation-pdf", Guid.NewGuid().ToString("N"));

    public Poppler(byte[] pdf)
    {
        Directory.CreateDirectory(_folder);
        PdfPath = Path.Combine(_folder, "document.pdf");
        File.WriteAllBytes(PdfPath, pdf);
    }

    public string PdfPath { get; }

    /// <summary>Renders page 1 at <paramref name="dpi"/> to a PNG and returns its path.</summary>
    public string RenderFirstPage(int dpi)
    {
        var prefix = Path.Combine(_folder, "page1");
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-f", "1",
            "-l", "1", "-singlefile", PdfPath, prefix);
        return prefix + ".png";
    }

    public string Text() => Run("pdftotext", "-layout", PdfPath, "-");

    /// <summary>Renders every page at <paramref name="dpi"/> into <paramref name="folder"/> as prefix-1.png, prefix-2.png, …</summary>
    public IReadOnlyList<string> RenderPages(string folder, string prefix, int dpi)
    {
        Directory.CreateDirectory(folder);
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", PdfPath,
            Path.Combine(folder, prefix));
        // Only this prefix's pages: "dossier" must not pick up "dossier-minutes-1.png" another test is writing.
        var pageName = new Regex("^" + Regex.Escape(prefix) + @"-\d+\.png$");
        return [.. Directory.GetFiles(folder, prefix + "-*.png").Where(path => pageName.IsMatch(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The fonts the PDF embeds, as poppler's pdffonts lists them (name, type, embedded, subset).</summary>
    public string Fonts() => Run("pdffonts", PdfPath);

    /// <summary>What poppler's pdfsig says about the signatures (it checks the CMS against the signed byte ranges).</summary>
    public (int ExitCode, string Output) Signatures() => RunAny("pdfsig", PdfPath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; harmless.
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = Start(tool, arguments);
        Assert.True(exitCode == 0, $"{tool} failed ({exitCode}): {error}");
        return output;
    }

    private static (int ExitCode, string Output) RunAny(string tool, params string[] arguments)
    {
        var (exitCode, output, error) = Start(tool, arguments);
        return (exitCode, output + error);
    }

    private static (int ExitCode, string Output, string Error) Start(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException($"{tool} took more than a minute.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
