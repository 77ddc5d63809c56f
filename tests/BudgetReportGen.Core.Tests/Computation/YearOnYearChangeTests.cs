using BudgetReportGen.Core.Computation;

namespace BudgetReportGen.Core.Tests.Computation;

public class YearOnYearChangeTests
{
    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.0049999", "0.00")]
    [InlineData("276.4", "276.40")]
    public void Display_rounds_half_up_away_from_zero(string value, string text) =>
        Assert.Equal(text, Amounts.FormatText(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percent_is_exact_until_displayed()
    {
        // 1.005 / 100 × 100 = 1.005 % exactly: shown as 1.01 (half-up), not 1.00 (banker's).
        var change = new YearOnYearChange(101.005m, 100m);
        Assert.Equal(1.005m, change.Percent);
        Assert.Equal("1.01", Amounts.FormatPercent(change.Percent!.Value));
        var decrease = new YearOnYearChange(98.995m, 100m);
        Assert.Equal("-1.01", Amounts.FormatPercent(decrease.Percent!.Value));
        Assert.Equal(("减少", 1.005m), (decrease.DirectionWord, decrease.ChangeMagnitude!.Value));
    }

    [Fact]
    public void Last_year_zero_is_new_without_percent()
    {
        var change = new YearOnYearChange(5m, 0m);
        Assert.Equal((ChangeDirection.New, "新增"), (change.Direction, change.DirectionWord));
        Assert.Null(change.Percent);
        Assert.True(change.NeedsReason);
    }

    [Fact]
    public void Equal_values_are_flat_and_need_no_reason()
    {
        var change = new YearOnYearChange(8m, 8.00m);
        Assert.Equal((ChangeDirection.Flat, "持平", 0m), (change.Direction, change.DirectionWord, change.Percent!.Value));
        Assert.False(change.NeedsReason);
    }

    [Fact]
    public void No_last_year_is_not_compared()
    {
        var change = new YearOnYearChange(8m, null);
        Assert.Equal((ChangeDirection.NotCompared, ""), (change.Direction, change.DirectionWord));
        Assert.Null(change.Change);
        Assert.False(change.NeedsReason);
    }

    [Fact]
    public void Exact_format_shows_differences_below_display_precision() =>
        Assert.Equal(("0.005", "9.00", "-1.25"), (Amounts.FormatExact(0.005m), Amounts.FormatExact(9m), Amounts.FormatExact(-1.250m)));

    [Theory]
    [InlineData("3773.89", true, "3,773.89")]
    [InlineData("0", true, "")]
    [InlineData("0.004", true, "")]
    [InlineData("0.005", true, "0.01")]
    [InlineData("0", false, "0.00")]
    [InlineData("0.004", false, "0.00")]
    public void Table_amounts_are_blank_when_they_round_to_zero(string value, bool zeroAsBlank, string text) =>
        Assert.Equal(text, Amounts.FormatTable(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), zeroAsBlank));
}
