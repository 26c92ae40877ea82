namespace Emulation.Domain.Awards;

/// <summary>Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng), Law 06/2022.</summary>
public enum Title
{
    /// <summary>Lao động tiên tiến (Art. 24).</summary>
    AdvancedWorker,

    /// <summary>Chiến sĩ thi đua cơ sở (Art. 23).</summary>
    GrassrootsEmulationFighter,

    /// <summary>Chiến sĩ thi đua cấp tỉnh (Art. 22).</summary>
    ProvincialEmulationFighter,

    /// <summary>Giấy khen (Art. 75), individual.</summary>
    CertificateOfCommendation,

    /// <summary>Bằng khen của Chủ tịch UBND tỉnh (Art. 74), individual.</summary>
    ProvincialCertificateOfMerit,

    /// <summary>Bằng khen của Thủ tướng Chính phủ (Art. 73).</summary>
    PrimeMinisterCertificateOfMerit,

    /// <summary>Huân chương Lao động hạng Ba (Art. 44).</summary>
    LabourOrderThirdClass,

    /// <summary>Tập thể lao động tiên tiến (Art. 28).</summary>
    AdvancedLabourCollective,

    /// <summary>Tập thể lao động xuất sắc (Art. 27).</summary>
    ExcellentLabourCollective,

    /// <summary>Cờ thi đua của UBND tỉnh (Art. 26).</summary>
    ProvincialEmulationFlag,

    /// <summary>Giấy khen for a collective (Art. 75).</summary>
    CollectiveCertificateOfCommendation,

    /// <summary>Bằng khen của Chủ tịch UBND tỉnh for a collective (Art. 74).</summary>
    CollectiveProvincialCertificateOfMerit,
}
