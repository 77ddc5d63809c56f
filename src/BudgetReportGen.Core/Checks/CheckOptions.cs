namespace BudgetReportGen.Core.Checks;

/// <summary>How strictly the checks compare amounts.</summary>
public sealed record CheckOptions
{
    /// <summary>The largest difference (in the file's unit) still accepted as equal: 0 = exact (default); 0.01 is common.</summary>
    public decimal Tolerance { get; init; }

    public static CheckOptions Default { get; } = new();
}
