namespace Emulation.Tests.Browser;

/// <summary>The English-word scan finds what it must (raw enum names, MudBlazor's texts) and nothing Vietnamese.</summary>
public sealed class EnglishWordsTests
{
    [Fact]
    public void In_FindsEnumNamesComponentNamesAndUiWords_ButNotVietnameseOrCodes()
    {
        var found = EnglishWords.In(
            "Tỷ lệ tối đa của GrassrootsEmulationFighter · (Scored, max 10) · Previous month · Select all rows · CriterionEditor");

        Assert.Equal(["GrassrootsEmulationFighter", "Scored", "Previous", "month", "Select", "all", "rows", "CriterionEditor"], found);
        Assert.Empty(EnglishWords.In("Phát động phong trào Thi đua 2026: 11 đơn vị sẽ được thông báo · KT · HD · PDF · Lao động tiên tiến"));
    }
}
