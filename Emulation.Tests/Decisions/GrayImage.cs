using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;

namespace Emulation.Tests.Decisions;

/// <summary>
/// Page 1 of a PDF rendered by poppler's pdftoppm to an 8-bit grey image (PGM, read here without any imaging
/// library): enough to look for ink where glyphs should be and to decode a QR code with ZXing.
/// </summary>
public sealed class GrayImage
{
    private GrayImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Row-major, 0 black to 255 white.</summary>
    public byte[] Pixels { get; }

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    public bool IsInk(int x, int y) => this[x, y] < 128;

    public static GrayImage RenderFirstPage(byte[] pdf, int dpi)
    {
        var folder = Path.Combine(Path.GetTempPath(), "emulation-pdf", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(input, pdf);
            var prefix = Path.Combine(folder, "page");
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
            foreach (var argument in new[] { "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, prefix })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "pdftoppm took more than a minute.");
            Assert.True(process.ExitCode == 0, $"pdftoppm failed: {error}");
            return Parse(File.ReadAllBytes(prefix + ".pgm"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Decodes the first QR code on the page, or null.</summary>
    public string? DecodeQr()
    {
        var source = new RGBLuminanceSource(Pixels, Width, Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source)?.Text;
    }

    /// <summary>Binary PGM (P5): "P5 width height maxval" separated by whitespace, then one byte per pixel.</summary>
    private static GrayImage Parse(byte[] pgm)
    {
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var builder = new StringBuilder();
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                builder.Append((char)pgm[position++]);
            }

            return builder.ToString();
        }

        Assert.Equal("P5", Next());
        var width = int.Parse(Next(), CultureInfo.InvariantCulture);
        var height = int.Parse(Next(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Next());
        position++; // the single whitespace before the pixels
        return new GrayImage(width, height, pgm.AsSpan(position, width * height).ToArray());
    }
}
