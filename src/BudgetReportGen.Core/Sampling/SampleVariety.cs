using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Sampling;

/// <summary>How a sample department's “三公” section looks.</summary>
public enum ThreePublicShape
{
    /// <summary>No 三公 section at all.</summary>
    Absent,
    /// <summary>Every item 0 (and 0 last year, when there is a last year).</summary>
    AllZero,
    /// <summary>Some items with money, some 0.</summary>
    Some,
    /// <summary>Nothing this year, money last year (every item a decrease).</summary>
    DroppedToZero,
}

/// <summary>
/// Which optional sections a sample department has. Chosen from its index by fixed rules (each variety recurs every few
/// indexes, in different combinations), so any corpus of a few dozen departments holds every variety.
/// </summary>
public sealed record SampleVariety
{
    public required AmountUnit Unit { get; init; }
    /// <summary>万元 files: how many decimals amounts carry (2, 4 or 6); 元 files: 2, or 0 for whole 元.</summary>
    public required int Decimals { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>A department in its first year: no last-year figure anywhere.</summary>
    public required bool FirstYear { get; init; }
    public required ThreePublicShape ThreePublic { get; init; }
    public required bool Vehicles { get; init; }
    public required bool AssetsDate { get; init; }
    public required bool InternalUnits { get; init; }
    public required bool Branches { get; init; }
    /// <summary>Rows paid from government funds and state capital as well as the general public budget.</summary>
    public required bool GovernmentFunds { get; init; }
    /// <summary>Rows paid from the unit's own money (事业收入, 上级补助收入 …).</summary>
    public required bool UnitFunds { get; init; }
    /// <summary>Rows of money carried over from last year (上年结转结余).</summary>
    public required bool Carryover { get; init; }
    public required bool YearEndCarryover { get; init; }
    public required bool PerformanceTargets { get; init; }
    /// <summary>Table 17's tasks cover the projects too (they then sum to 基本支出 + 项目支出).</summary>
    public required bool TasksIncludeProjects { get; init; }
    public required bool RareCharacters { get; init; }
    /// <summary>Projects name the 项 code they are booked under.</summary>
    public required bool ProjectCodes { get; init; }
    public required bool StatedTotals { get; init; }
    /// <summary>Functional rows compared with last year, row by row.</summary>
    public required bool RowComparisons { get; init; }
    public required bool Notes { get; init; }

    public static SampleVariety For(int index)
    {
        var unit = index % 3 == 1 ? AmountUnit.Yuan : AmountUnit.TenThousandYuan;
        var firstYear = index % 10 == 7;
        return new SampleVariety
        {
            Unit = unit,
            Decimals = unit == AmountUnit.Yuan ? (index % 2 == 0 ? 0 : 2) : (index % 5) switch { 0 => 6, 2 => 4, _ => 2 },
            Kind = (UnitKind)(index / 3 % 3),
            FirstYear = firstYear,
            ThreePublic = (index % 5) switch
            {
                0 => ThreePublicShape.Absent,
                1 => ThreePublicShape.AllZero,
                4 when !firstYear => ThreePublicShape.DroppedToZero,
                _ => ThreePublicShape.Some,
            },
            Vehicles = index % 6 != 0,
            AssetsDate = index % 9 != 4,
            InternalUnits = index % 7 != 1,
            Branches = index % 2 == 1,
            GovernmentFunds = index % 4 == 2,
            UnitFunds = index % 8 == 3 || index % 8 == 6,
            Carryover = index % 5 == 3,
            YearEndCarryover = index % 17 == 9,
            PerformanceTargets = index % 8 != 5,
            TasksIncludeProjects = index % 9 == 2,
            RareCharacters = index % 4 == 3,
            ProjectCodes = index % 6 != 2,
            StatedTotals = index % 3 == 0,
            RowComparisons = !firstYear && index % 4 == 1,
            Notes = index % 10 == 3,
        };
    }
}
