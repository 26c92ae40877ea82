namespace Emulation.Domain.Rules;

/// <summary>Who decides a title or form of commendation (Law 06/2022 Chapter IV), from the agency upwards.</summary>
public enum AwardingLevel
{
    /// <summary>The head of the agency (thủ trưởng cơ quan), e.g. the Chánh Văn phòng UBND tỉnh (Art. 80(1)).</summary>
    HeadOfAgency,

    /// <summary>The chairman of the provincial People's Committee (Chủ tịch UBND tỉnh).</summary>
    ProvincialChairman,

    /// <summary>The Prime Minister (Thủ tướng Chính phủ).</summary>
    PrimeMinister,

    /// <summary>The State President (Chủ tịch nước): orders and medals.</summary>
    StatePresident,
}
