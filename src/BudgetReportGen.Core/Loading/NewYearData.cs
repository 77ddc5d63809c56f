using System.Globalization;
using System.Text.RegularExpressions;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// The data a new year starts from (<c>budgetgen init</c>): empty, or carried over from last year's file — who the
/// department is, its duties and organisation, its projects (names, categories, indicator names) and its 项 and 款 rows,
/// with last year's figures moved into this year's comparison fields (上年数) and this year's amounts at 0 or empty.
/// </summary>
public static partial class NewYearData
{
    /// <summary>An empty year: every required field present, texts empty and amounts 0; publication on 10 February.</summary>
    public static BudgetData Empty(int year) => new()
    {
        Year = year,
        Unit = AmountUnit.TenThousandYuan,
        PublishDate = new DateOnly(year, 2, 10),
        Department = new Department { Names = [""], Code = "", Kind = UnitKind.Institution, Supervisor = "" },
        Income = new Income(),
        Assets = new Assets { AsOf = $"{year - 1}-12" },
    };

    /// <summary>This year's file from last year's: <paramref name="year"/> defaults to the year after <paramref name="last"/>'s.</summary>
    public static BudgetData From(BudgetData last, int? year = null)
    {
        var y = year ?? last.Year + 1;
        var shift = y - last.Year;
        static decimal Fiscal(IReadOnlyDictionary<FundingSource, decimal> amounts) =>
            amounts.Where(p => p.Key is FundingSource.GeneralPublicBudget or FundingSource.GovernmentFund or FundingSource.StateCapital).Sum(p => p.Value);
        static ComparedAmount Compared(ComparedAmount a) => new() { Amount = 0, LastYear = a.Amount };
        return new BudgetData
        {
            Year = y,
            Unit = last.Unit,
            PublishDate = SafeAddYears(last.PublishDate, shift),
            Department = last.Department,
            Duties = last.Duties,
            Organisation = last.Organisation,
            Income = new Income(),
            Expenditures = last.Expenditures
                .Select(r => new FunctionalRow { Code = r.Code, Name = r.Name, Source = r.Source, Carryover = r.Carryover, LastYear = r.Total })
                .ToList(),
            EconomicBasic = last.EconomicBasic.Select(r => new EconomicRow { Code = r.Code, Name = r.Name, Source = r.Source, Carryover = r.Carryover }).ToList(),
            EconomicProject = last.EconomicProject.Select(r => new EconomicRow { Code = r.Code, Name = r.Name, Source = r.Source, Carryover = r.Carryover }).ToList(),
            ThreePublic = new ThreePublicExpenses
            {
                Outbound = Compared(last.ThreePublic.Outbound),
                VehiclePurchase = Compared(last.ThreePublic.VehiclePurchase),
                VehicleOperation = Compared(last.ThreePublic.VehicleOperation),
                Reception = Compared(last.ThreePublic.Reception),
            },
            OperatingCosts = Compared(last.OperatingCosts),
            Assets = new Assets
            {
                AsOf = $"{y - 1}-12",
                Vehicles = last.Assets.Vehicles,
                GeneralEquipmentOver50 = last.Assets.GeneralEquipmentOver50,
                SpecialEquipmentOver100 = last.Assets.SpecialEquipmentOver100,
            },
            Projects = last.Projects.Select(p => new Project
            {
                Name = p.Name,
                Unit = p.Unit,
                Category = p.Category,
                FunctionalCode = p.FunctionalCode,
                SpecialFund = p.SpecialFund,
                Indicators = p.Indicators.Select(i => Carried(i, shift)).ToList(),
            }).ToList(),
            Performance = new DepartmentPerformance
            {
                Tasks = last.Performance.Tasks.Select(t => new PerformanceTask { Name = t.Name }).ToList(),
                Indicators = last.Performance.Indicators.Select(i => Carried(i, shift)).ToList(),
                RequiredDepartmentTargets = last.Performance.RequiredDepartmentTargets,
            },
            LastYear = new LastYear
            {
                Total = last.Income.ThisYear.Values.Sum() + last.Income.Carryover.Values.Sum(),
                FiscalTotal = Fiscal(last.Income.ThisYear) + Fiscal(last.Income.Carryover),
            },
            CodeNames = last.CodeNames,
        };
    }

    /// <summary>An indicator's names and shape; its value is this year's to set, its deadline moved by the years passed.</summary>
    private static Indicator Carried(Indicator i, int shift) => i with { Value = "", Deadline = ShiftDeadline(i.Deadline, shift) };

    private static string ShiftDeadline(string deadline, int shift)
    {
        var match = YearPrefix().Match(deadline);
        return match.Success
            ? (int.Parse(match.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture) + deadline[4..]
            : deadline;
    }

    private static DateOnly SafeAddYears(DateOnly date, int years) => date.AddYears(years);

    [GeneratedRegex(@"^\d{4}(?=(-|$))")]
    private static partial Regex YearPrefix();
}
