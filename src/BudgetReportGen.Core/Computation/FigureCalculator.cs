using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Computation;

/// <summary>
/// Derives every figure a report prints from one <see cref="BudgetData"/>: pure functions over exact decimals,
/// in the data file's own unit (nothing is converted or rounded here).
/// </summary>
public static class FigureCalculator
{
    public const string SpecificTargetCategory = "特定目标类";

    private static readonly FundingSource[] FiscalSources =
        [FundingSource.GeneralPublicBudget, FundingSource.GovernmentFund, FundingSource.StateCapital];

    public static BudgetFigures Compute(BudgetData data, ClassificationCatalog catalog)
    {
        catalog = catalog.WithNamesFrom(data);
        var functionalNames = catalog.Functional;
        var rows = data.Expenditures;
        var functional = FunctionalTable(rows, functionalNames);
        var generalPublic = FunctionalTable(rows.Where(r => r.Source == FundingSource.GeneralPublicBudget && !r.Carryover), functionalNames);
        var governmentFund = FunctionalTable(rows.Where(r => r.Source == FundingSource.GovernmentFund && !r.Carryover), functionalNames);
        var stateCapital = FunctionalTable(rows.Where(r => r.Source == FundingSource.StateCapital && !r.Carryover), functionalNames);
        var fiscal = FunctionalTable(rows.Where(r => FiscalSources.Contains(r.Source)), functionalNames);

        var economicBasicGeneralPublic = EconomicTable(
            data.EconomicBasic.Where(r => r.Source == FundingSource.GeneralPublicBudget && !r.Carryover).Select(EconomicLeaf), catalog.EconomicDepartment);
        var economicAll = data.EconomicBasic.Concat(data.EconomicProject).ToList();
        var economicDepartment = EconomicTable(economicAll.Select(EconomicLeaf), catalog.EconomicDepartment);
        var economicGovernment = EconomicTable(economicAll.Select(r => GovernmentLeaf(r, data.Department.Kind, catalog)), GovernmentNames(economicAll, data.Department.Kind, catalog));

        var income = new IncomeFigures(Sum(data.Income.ThisYear), Sum(data.Income.Carryover));
        var projects = data.Projects.Select(p => ProjectFiguresOf(p, data.Department)).ToList();
        var specialFunds = projects.Where(p => p.Project.SpecialFund).ToList();
        var threePublic = ThreePublic(data.ThreePublic);

        var figures = new BudgetFigures
        {
            Data = data,
            Income = income,
            Functional = functional,
            FunctionalIncome = FunctionalIncome(rows, functionalNames),
            GeneralPublic = generalPublic,
            Fiscal = fiscal,
            GovernmentFund = governmentFund,
            StateCapital = stateCapital,
            EconomicBasicGeneralPublic = economicBasicGeneralPublic,
            EconomicDepartment = economicDepartment,
            EconomicGovernment = economicGovernment,
            PersonnelComposition = Composition(economicBasicGeneralPublic, r => r.Personnel, r => r.Public),
            PublicComposition = Composition(economicBasicGeneralPublic, r => r.Public, r => r.Personnel),
            ThreePublic = threePublic,
            OperatingCosts = Compared(data.OperatingCosts),
            Total = new ComparedFigure(new YearOnYearChange(income.Total, data.LastYear.Total), data.Reasons.Total),
            FiscalTotal = new ComparedFigure(
                new YearOnYearChange(income.ThisYear.Fiscal + income.Carryover.Fiscal, data.LastYear.FiscalTotal), data.Reasons.Fiscal),
            ExpenditureClasses = ExpenditureClasses(functional, functionalNames),
            ExpenditureThisYear = functional.Sum.Total,
            ExpenditureTotal = functional.Sum.Total + data.YearEndCarryover,
            Projects = projects,
            ProjectsThisYear = Sum(projects.SelectMany(p => p.ThisYear.BySource)),
            ProjectsCarryover = Sum(projects.SelectMany(p => p.Carryover.BySource)),
            DebtProjects = projects.Where(p => p.Project.Debt != 0).ToList(),
            ProcurementProjects = projects.Where(p => p.Project.Procurement != 0).ToList(),
            PurchasedServiceProjects = projects.Where(p => p.Project.PurchasedServices != 0).ToList(),
            SpecialFunds = specialFunds,
            SpecialFundsTotal = specialFunds.Sum(p => p.Total),
            SpecialFundsAllocated = specialFunds.Sum(p => p.SpecialFundAllocated),
            SpecialFundsUnallocated = specialFunds.Sum(p => p.SpecialFundUnallocated),
            Coverage = Coverage(data),
            IncomeChanges = IncomeChanges(income, data.Income.LastYear),
        };
        return figures;
    }

    /// <summary>A leaf of a classification table (a 项 row, or an economic 款 row) with its amounts.</summary>
    private sealed record Leaf(string Code, string Name, decimal Personnel, decimal Public, decimal Project, decimal? LastYear, string? Reason)
    {
        public decimal Total => Personnel + Public + Project;
    }

    private static ClassifiedTable FunctionalTable(IEnumerable<FunctionalRow> rows, ClassificationList names) =>
        Table(rows.Select(r => new Leaf(r.Code, r.Name, r.Personnel, r.Public, r.Project, r.LastYear, r.Reason)),
            ClassificationCatalog.FunctionalLevels, names);

    private static ClassifiedTable EconomicTable(IEnumerable<Leaf> leaves, ClassificationList names) =>
        Table(leaves, ClassificationCatalog.EconomicLevels, names);

    private static Leaf EconomicLeaf(EconomicRow r) => new(r.Code, r.Name, r.Personnel, r.Public, r.Project, r.LastYear, null);

    /// <summary>An economic row under its government code (the code itself when the mapping has none, so no money is lost).</summary>
    private static Leaf GovernmentLeaf(EconomicRow r, UnitKind kind, ClassificationCatalog catalog)
    {
        var code = catalog.Mapping.ToGovernment(r.Code, kind);
        return code is null
            ? EconomicLeaf(r)
            : new Leaf(code, catalog.EconomicGovernment.NameOf(code) ?? code, r.Personnel, r.Public, r.Project, r.LastYear, null);
    }

    /// <summary>The government list, plus the department 类/款 names of rows that have no government code (they keep their own).</summary>
    private static ClassificationList GovernmentNames(IEnumerable<EconomicRow> rows, UnitKind kind, ClassificationCatalog catalog) =>
        catalog.EconomicGovernment.With(rows
            .Where(r => catalog.Mapping.ToGovernment(r.Code, kind) is null)
            .SelectMany(r => ClassificationCatalog.CodeAndParents(r.Code, ClassificationCatalog.EconomicLevels))
            .Select(code => catalog.EconomicDepartment.NameOf(code) is { } name ? new ClassificationEntry(code, name) : null)
            .OfType<ClassificationEntry>());

    private static ClassifiedTable Table(IEnumerable<Leaf> leaves, IReadOnlyList<int> levels, ClassificationList names)
    {
        var all = leaves.ToList();
        var sum = Row("", "合计", ClassLevel.Total, all);
        var rows = ClassificationTree.Build(all, l => l.Code, l => l.Name, levels, names)
            .Select(node => Row(node.Code, node.Name, node.Level, node.Items) with { Share = Share(node.Items.Sum(l => l.Total), sum.Total) })
            .ToList();
        return new ClassifiedTable(sum with { Share = sum.Total == 0 ? null : 100m }, rows);
    }

    private static ClassifiedRow Row(string code, string name, ClassLevel level, IReadOnlyList<Leaf> items)
    {
        var row = new ClassifiedRow(code, name, level, items.Sum(l => l.Personnel), items.Sum(l => l.Public), items.Sum(l => l.Project));
        var compared = items.Count > 0 && items.All(l => l.LastYear is not null);
        return row with
        {
            Change = compared ? new YearOnYearChange(row.Total, items.Sum(l => l.LastYear!.Value)) : null,
            Reason = items.Where(l => l.Code == code).Select(l => l.Reason).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)),
        };
    }

    private static decimal? Share(decimal part, decimal whole) => whole == 0 ? null : part / whole * 100m;

    private static IReadOnlyList<FunctionalIncomeRow> FunctionalIncome(IReadOnlyList<FunctionalRow> rows, ClassificationList names)
    {
        FunctionalIncomeRow IncomeRow(string code, string name, ClassLevel level, IReadOnlyList<FunctionalRow> items) =>
            new(code, name, level,
                Sum(items.Where(r => !r.Carryover).Select(r => KeyValuePair.Create(r.Source, r.Total))),
                items.Where(r => r.Carryover).Sum(r => r.Total));

        return ClassificationTree.Build(rows, r => r.Code, r => r.Name, ClassificationCatalog.FunctionalLevels, names)
            .Select(node => IncomeRow(node.Code, node.Name, node.Level, node.Items))
            .Prepend(IncomeRow("", "合计", ClassLevel.Total, rows))
            .ToList();
    }

    /// <summary>Every 类 of the catalog (zero when the data has none) and any other 类 the data uses.</summary>
    private static IReadOnlyList<ClassifiedRow> ExpenditureClasses(ClassifiedTable functional, ClassificationList names) =>
        names.Classes.Where(c => functional.Classes.All(r => r.Code != c.Code))
            .Select(c => new ClassifiedRow(c.Code, c.Name, ClassLevel.Class, 0, 0, 0))
            .Concat(functional.Classes)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

    private static SourceAmounts Sum(IEnumerable<KeyValuePair<FundingSource, decimal>> amounts) =>
        new(amounts.GroupBy(a => a.Key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(a => a.Value)));

    private static IReadOnlyList<CompositionPart> Composition(ClassifiedTable economic, Func<ClassifiedRow, decimal> column, Func<ClassifiedRow, decimal> other)
    {
        IReadOnlyList<ClassAmount> Sections(ClassifiedRow c, Func<ClassifiedRow, decimal> amount) =>
            economic.Rows.Where(r => r.Level == ClassLevel.Section && r.Code.StartsWith(c.Code, StringComparison.Ordinal) && amount(r) != 0)
                .Select(r => new ClassAmount(r.Code, r.Name, amount(r))).ToList();
        return economic.Classes.Where(r => column(r) != 0)
            .Select(r => new CompositionPart(r.Code, r.Name, column(r), r.Total, Sections(r, column), Sections(r, other)))
            .ToList();
    }

    private static ComparedFigure Compared(ComparedAmount amount) =>
        new(new YearOnYearChange(amount.Amount, amount.LastYear), amount.Reason);

    /// <summary>公务用车购置及运行费 = 购置 + 运行; 合计 = 出国（境） + 公务用车 + 接待; last year likewise when every part has one.</summary>
    private static ThreePublicFigures ThreePublic(ThreePublicExpenses t)
    {
        static ComparedFigure Combined(string? reason, params ComparedAmount[] parts) =>
            new(new YearOnYearChange(parts.Sum(p => p.Amount),
                parts.All(p => p.LastYear is not null) ? parts.Sum(p => p.LastYear!.Value) : null), reason);

        return new ThreePublicFigures(
            Combined(t.Reason, t.Outbound, t.VehiclePurchase, t.VehicleOperation, t.Reception),
            Compared(t.Outbound),
            Combined(t.VehicleReason, t.VehiclePurchase, t.VehicleOperation),
            Compared(t.VehiclePurchase),
            Compared(t.VehicleOperation),
            Compared(t.Reception));
    }

    private static ProjectFigures ProjectFiguresOf(Project p, Department department) =>
        new(p, p.Unit.Length == 0 ? department.Names.FirstOrDefault() ?? "" : p.Unit, Sum(p.ThisYear), Sum(p.Carryover));

    /// <summary>Required projects are the 特定目标类 ones; those with at least one indicator count as done.</summary>
    private static PerformanceCoverage Coverage(BudgetData data)
    {
        var required = data.Projects.Where(p => p.Category == SpecificTargetCategory).ToList();
        var actual = required.Where(p => p.Indicators.Count > 0).ToList();
        var performance = data.Performance;
        var hasDepartmentTarget = performance.Goals.Count > 0 || performance.Indicators.Count > 0;
        var withTargets = data.Projects.Where(p => p.HasTargets).ToList();
        return new PerformanceCoverage(
            performance.RequiredDepartmentTargets,
            hasDepartmentTarget ? Math.Min(1, performance.RequiredDepartmentTargets) : 0,
            required.Count,
            actual.Count,
            actual.Sum(p => p.Total))
        {
            ProjectsWithTargets = withTargets.Count,
            ProjectsWithTargetsAmount = withTargets.Sum(p => p.Total),
        };
    }

    /// <summary>This year's income by source against last year's budget by source, when the data gives it.</summary>
    private static IncomeChanges IncomeChanges(IncomeFigures income, IReadOnlyDictionary<FundingSource, decimal> lastYear)
    {
        var last = Sum(lastYear);
        YearOnYearChange Change(Func<SourceAmounts, decimal> part) => new(part(income.ThisYear), lastYear.Count == 0 ? null : part(last));
        return new IncomeChanges(
            Change(s => s.GeneralPublicBudget), Change(s => s.GovernmentFund), Change(s => s.StateCapital),
            Change(s => s.FiscalSpecialAccount), Change(s => s.UnitFunds), Change(s => s.Fiscal), Change(s => s.Total));
    }

}
