namespace BudgetReportGen.Core.Computation;

public enum ChangeDirection
{
    /// <summary>No last-year figure was given: nothing to compare.</summary>
    NotCompared,
    Increase,
    Decrease,
    /// <summary>Equal to last year (与上年持平).</summary>
    Flat,
    /// <summary>Last year 0, this year more (新增): no percentage.</summary>
    New,
}

/// <summary>
/// This year against last year: the change (this − last), the percent at full precision (change / last × 100),
/// and the direction word. Percentages are rounded only when displayed (<see cref="Amounts.FormatPercent"/>).
/// </summary>
public sealed record YearOnYearChange(decimal Current, decimal? LastYear)
{
    public decimal? Change => LastYear is { } last ? Current - last : null;

    /// <summary>Percent change at full precision; null when there is no last-year figure or it is 0.</summary>
    public decimal? Percent => LastYear is { } last && last != 0 ? (Current - last) / last * 100m : null;

    /// <summary>The absolute change (for sentences that say 增加/减少 X 万元).</summary>
    public decimal? ChangeMagnitude => Change is { } c ? Math.Abs(c) : null;

    public decimal? PercentMagnitude => Percent is { } p ? Math.Abs(p) : null;

    public ChangeDirection Direction => LastYear switch
    {
        null => ChangeDirection.NotCompared,
        var last when Current == last => ChangeDirection.Flat,
        0m => ChangeDirection.New,
        var last when Current > last => ChangeDirection.Increase,
        _ => ChangeDirection.Decrease,
    };

    /// <summary>增加 / 减少 / 持平 / 新增, or empty when not compared.</summary>
    public string DirectionWord => Direction switch
    {
        ChangeDirection.Increase => "增加",
        ChangeDirection.Decrease => "减少",
        ChangeDirection.Flat => "持平",
        ChangeDirection.New => "新增",
        _ => "",
    };

    /// <summary>True when the change needs a reason sentence (增加, 减少 or 新增).</summary>
    public bool NeedsReason => Direction is ChangeDirection.Increase or ChangeDirection.Decrease or ChangeDirection.New;
}
