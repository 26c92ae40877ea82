namespace Emulation.Web.Documents;

/// <summary>What the council minutes (biên bản họp Hội đồng Thi đua – Khen thưởng) say, ready to write.</summary>
public sealed record CouncilMinutes
{
    public const string CouncilName = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";
    public const string DraftMark = "(DỰ THẢO - PHIÊN HỌP CHƯA KẾT THÚC)";

    public required string AgencyName { get; init; }
    public required string Place { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string CampaignName { get; init; }
    public required string ChairName { get; init; }
    public required string SecretaryName { get; init; }
    public required IReadOnlyList<CouncilMinutesMember> Members { get; init; }
    public required int RequiredPresent { get; init; }
    public required string QuorumShare { get; init; }
    public required string RuleSetName { get; init; }
    public required string Article { get; init; }
    public required IReadOnlyList<CouncilMinutesRow> Rows { get; init; }

    /// <summary>True while the session is still open: the results are not final.</summary>
    public bool IsDraft { get; init; }

    public int Present => Members.Count(m => m.Present);
    public bool QuorumMet => Present >= RequiredPresent;

    public string FileName(int sessionId) =>
        $"bien-ban-hop-hoi-dong-{HeldOn:yyyy-MM-dd}-{sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.docx";
}

public sealed record CouncilMinutesMember(string FullName, string? UnitName, bool Present, bool IsChair);

/// <summary>One nomination's ballot: votes by choice, recused members, what the rule needed, and the result in words.</summary>
public sealed record CouncilMinutesRow(int Number, string Subject, string UnitName, string Title, int Yes, int No,
    int Abstain, int Recused, int RequiredYes, int Denominator, string Result);
