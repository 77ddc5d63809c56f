using BudgetReportGen.Templates.Scripting;

namespace BudgetReportGen.Templates.Tests.Engine;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(5, "五")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    public void Formats(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));
}
