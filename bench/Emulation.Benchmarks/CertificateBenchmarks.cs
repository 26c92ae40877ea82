using BenchmarkDotNet.Attributes;
using Emulation.Web.Documents;
using Emulation.Web.Documents.Decisions;
using Microsoft.Extensions.Options;

namespace Emulation.Benchmarks;

/// <summary>
/// One certificate PDF (landscape A4, Noto Sans subset, vector QR code of the verification address). Target: at most
/// 50 ms each. Fonts are installed once per process, as in the app.
/// </summary>
[MemoryDiagnoser]
public class CertificateBenchmarks
{
    private readonly CertificatePdfWriter _writer = new(Options.Create(new DocumentOptions()));

    private readonly Certificate _certificate = new()
    {
        Heading = "BẰNG KHEN",
        IssuerAuthority = "Chánh Văn phòng UBND tỉnh",
        RecipientName = "Nguyễn Thị Hồng Nhung",
        UnitName = "Phòng Hành chính - Tổ chức",
        Achievement = "Đã có thành tích xuất sắc trong phong trào thi đua năm 2026",
        DecisionNumber = "321/QĐ-VP",
        DecisionDate = new DateOnly(2026, 12, 20),
        Place = "Quảng Trị",
        SignerPosition = "Chánh Văn phòng",
        SignerName = "Trần Quốc Bảo",
        VerificationUrl = "https://thidua.example.vn/verify/Qx7-_abcdefghijklmnopq",
    };

    [GlobalSetup]
    public void Warm() => _writer.Write(_certificate);

    [Benchmark]
    public byte[] CertificatePdf() => _writer.Write(_certificate);
}
