namespace Emulation.Domain.Awards;

/// <summary>Display names of titles in Vietnamese and English.</summary>
public static class TitleNames
{
    public static bool IsCollective(Title title) => title is Title.AdvancedLabourCollective or Title.ExcellentLabourCollective
        or Title.ProvincialEmulationFlag or Title.CollectiveCertificateOfCommendation or Title.CollectiveProvincialCertificateOfMerit;

    public static string Vi(Title title) => title switch
    {
        Title.AdvancedWorker => "Lao động tiên tiến",
        Title.GrassrootsEmulationFighter => "Chiến sĩ thi đua cơ sở",
        Title.ProvincialEmulationFighter => "Chiến sĩ thi đua cấp tỉnh",
        Title.CertificateOfCommendation => "Giấy khen",
        Title.ProvincialCertificateOfMerit => "Bằng khen của Chủ tịch UBND tỉnh",
        Title.PrimeMinisterCertificateOfMerit => "Bằng khen của Thủ tướng Chính phủ",
        Title.LabourOrderThirdClass => "Huân chương Lao động hạng Ba",
        Title.AdvancedLabourCollective => "Tập thể lao động tiên tiến",
        Title.ExcellentLabourCollective => "Tập thể lao động xuất sắc",
        Title.ProvincialEmulationFlag => "Cờ thi đua của UBND tỉnh",
        Title.CollectiveCertificateOfCommendation => "Giấy khen (tập thể)",
        Title.CollectiveProvincialCertificateOfMerit => "Bằng khen của Chủ tịch UBND tỉnh (tập thể)",
        _ => title.ToString(),
    };

    public static string En(Title title) => title switch
    {
        Title.AdvancedWorker => "Advanced Worker",
        Title.GrassrootsEmulationFighter => "Grassroots Emulation Fighter",
        Title.ProvincialEmulationFighter => "Provincial Emulation Fighter",
        Title.CertificateOfCommendation => "Certificate of Commendation",
        Title.ProvincialCertificateOfMerit => "Provincial Chairman's Certificate of Merit",
        Title.PrimeMinisterCertificateOfMerit => "Prime Minister's Certificate of Merit",
        Title.LabourOrderThirdClass => "Labour Order, Third Class",
        Title.AdvancedLabourCollective => "Advanced Labour Collective",
        Title.ExcellentLabourCollective => "Excellent Labour Collective",
        Title.ProvincialEmulationFlag => "Provincial Emulation Flag",
        Title.CollectiveCertificateOfCommendation => "Certificate of Commendation (collective)",
        Title.CollectiveProvincialCertificateOfMerit => "Provincial Chairman's Certificate of Merit (collective)",
        _ => title.ToString(),
    };
}
