using System.Globalization;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Sampling;

namespace BudgetReportGen.Core.Tests.Sampling;

/// <summary>Generated departments: deterministic, consistent (no finding from the checks), loadable from their files, varied.</summary>
public class DepartmentGeneratorTests
{
    private static IReadOnlyList<BudgetData> Corpus => SampleCorpus.Departments;

    [Fact]
    public void The_same_seed_and_index_give_the_same_bytes()
    {
        var other = new DepartmentGenerator(SampleCorpus.Catalog);
        foreach (var index in new[] { 0, 1, 7, 42, 299, 1000 })
        {
            var first = SampleCorpus.Generator.Generate(SampleCorpus.Seed, index);
            var second = other.Generate(SampleCorpus.Seed, index);
            Assert.Equal(BudgetDataWriter.ToYaml(first), BudgetDataWriter.ToYaml(second));
            Assert.Equal(BudgetDataWriter.ToJson(first), BudgetDataWriter.ToJson(second));
        }
    }

    [Fact]
    public void Another_seed_gives_other_departments()
    {
        var differing = Enumerable.Range(0, 10).Count(i =>
            BudgetDataWriter.ToYaml(SampleCorpus.Generator.Generate(1, i)) != BudgetDataWriter.ToYaml(SampleCorpus.Generator.Generate(2, i)));
        Assert.Equal(10, differing);
    }

    [Fact]
    public void Every_department_passes_every_check_without_a_finding()
    {
        var findings = Corpus.SelectMany((data, i) => BudgetChecker.Check(data, SampleCorpus.Catalog, new CheckOptions())
            .Select(d => $"#{i} {d.Severity} {d.RuleId} {d.Path}: {d.Message}")).ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join("\n", findings.Take(30)));
    }

    [Fact]
    public void Every_department_reads_back_from_its_yaml_and_json_as_the_same_model()
    {
        var failures = new List<string>();
        Parallel.For(0, Corpus.Count, i =>
        {
            foreach (var format in new[] { DataFileFormat.Yaml, DataFileFormat.Json })
            {
                var text = BudgetDataWriter.Write(Corpus[i], format);
                var result = BudgetDataLoader.Load(text, format == DataFileFormat.Json ? $"sample-{i}.json" : $"sample-{i}.yaml");
                string? problem = result.Diagnostics.Count > 0
                    ? string.Join("; ", result.Diagnostics.Select(d => $"{d.RuleId} {d.Path} {d.Message}"))
                    : ModelComparison.FirstDifference(Corpus[i], result.Data)
                      ?? (BudgetDataWriter.Write(result.Data!, format) == text ? null : "written again differently");
                if (problem is not null) lock (failures) failures.Add($"#{i} {format}: {problem}");
            }
        });
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void The_corpus_has_a_row_for_every_item_code_of_the_catalog()
    {
        var used = Corpus.SelectMany(d => d.Expenditures.Select(r => r.Code)).ToHashSet();
        var missing = SampleCorpus.Catalog.Functional.Entries.Where(e => e.Code.Length == 7 && !used.Contains(e.Code)).Select(e => e.Code).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Dealing_covers_a_catalog_larger_than_the_corpus()
    {
        var generator = new DepartmentGenerator(SampleCorpus.Catalog, new SampleOptions { CoverWithin = 7 });
        var dealt = Enumerable.Range(0, 7).SelectMany(generator.DealtCodes).ToHashSet();
        Assert.Equal(SampleCorpus.Catalog.Functional.Entries.Count(e => e.Code.Length == 7), dealt.Count);
        Assert.All(Enumerable.Range(0, 7), i => Assert.Subset(
            generator.Generate(5, i).Expenditures.Select(r => r.Code).ToHashSet(), generator.DealtCodes(i).ToHashSet()));
    }

    [Fact]
    public void Sizes_and_dates_stay_within_the_brief()
    {
        Assert.All(Corpus, d =>
        {
            Assert.InRange(d.Expenditures.Count, 1, SampleOptions.MaxRows);
            Assert.InRange(d.Projects.Count, 0, SampleOptions.MaxProjects);
            Assert.Equal(2023, d.Year);
            Assert.Equal(2023, d.PublishDate.Year);
            Assert.InRange(d.PublishDate.Month, 1, 3);
            Assert.True(d.Assets.AsOf is "" or "2022-12", d.Assets.AsOf);
            Assert.All(d.Projects.SelectMany(p => p.Indicators).Concat(d.Performance.Indicators), x => Assert.StartsWith("2023-", x.Deadline));
            Assert.All(AllAmounts(d), a => Assert.True(d.Unit == AmountUnit.Yuan ? Decimals(a) <= 2 : Decimals(a) <= 6, $"{a}"));
        });
        Assert.Contains(Corpus, d => d.Expenditures.Count == 1);
        Assert.Contains(Corpus, d => d.Expenditures.Count >= 100);
        Assert.Contains(Corpus, d => d.Projects.Count >= 20);
    }

    [Fact]
    public void The_other_year_is_followed_everywhere()
    {
        var data = new DepartmentGenerator(SampleCorpus.Catalog, new SampleOptions { Year = 2025 }).Generate(3, 11);
        Assert.Equal(2025, data.Year);
        Assert.Equal(2025, data.PublishDate.Year);
        Assert.True(data.Assets.AsOf is "" or "2024-12");
        Assert.All(data.Projects.SelectMany(p => p.Indicators), x => Assert.StartsWith("2025-", x.Deadline));
    }

    public static TheoryData<string> Varieties => new(VarietyChecks.Keys);

    private static readonly Dictionary<string, Func<BudgetData, bool>> VarietyChecks = new()
    {
        ["no 三公 section"] = d => d.ThreePublic == new ThreePublicExpenses(),
        ["三公 all zero"] = d => ThreePublicAmounts(d).All(a => a.Amount == 0) && ThreePublicAmounts(d).All(a => a.LastYear == 0),
        ["三公 some"] = d => ThreePublicAmounts(d).Any(a => a.Amount > 0) && ThreePublicAmounts(d).Any(a => a.Amount == 0),
        ["三公 none this year, some last year"] = d => ThreePublicAmounts(d).All(a => a.Amount == 0) && ThreePublicAmounts(d).Any(a => a.LastYear > 0),
        ["三公 increase"] = d => ThreePublicAmounts(d).Any(a => a.Amount > a.LastYear && a.LastYear > 0),
        ["三公 decrease"] = d => ThreePublicAmounts(d).Any(a => a.Amount < a.LastYear && a.Amount > 0),
        ["三公 new"] = d => ThreePublicAmounts(d).Any(a => a.Amount > 0 && a.LastYear == 0),
        ["三公 flat"] = d => ThreePublicAmounts(d).Any(a => a.Amount > 0 && a.Amount == a.LastYear),
        ["vehicle purchase"] = d => d.ThreePublic.VehiclePurchase.Amount > 0 && d.Assets.PlannedVehiclePurchases > 0,
        ["no vehicles"] = d => d.Assets.Vehicles.Total == 0,
        ["vehicles"] = d => d.Assets.Vehicles.Total > 0,
        ["no assets date"] = d => d.Assets.AsOf == "",
        ["no internal units"] = d => d.Organisation.InternalUnits.Count == 0,
        ["no branches"] = d => d.Organisation.Branches.Count == 0,
        ["internal units and branches"] = d => d.Organisation.InternalUnits.Count > 0 && d.Organisation.Branches.Count > 0,
        ["no government funds"] = d => d.Expenditures.All(r => r.Source is not (FundingSource.GovernmentFund or FundingSource.StateCapital)),
        ["government funds and state capital"] = d => d.Expenditures.Any(r => r.Source == FundingSource.GovernmentFund)
                                                      && d.Expenditures.Any(r => r.Source == FundingSource.StateCapital),
        ["unit funds"] = d => d.Expenditures.Any(r => r.Source >= FundingSource.BusinessIncome),
        ["carryover money"] = d => d.Expenditures.Any(r => r.Carryover) && d.Income.Carryover.Values.Sum() > 0,
        ["year-end carryover"] = d => d.YearEndCarryover > 0,
        ["no performance targets"] = d => d.Performance.Tasks.Count == 0 && d.Performance.Goals.Count == 0 && d.Performance.Indicators.Count == 0,
        ["tasks including projects"] = d => d.Performance.Tasks.Sum(t => t.Amount) == d.Expenditures.Sum(r => r.Total) && d.Projects.Count > 0,
        ["first year"] = d => d.LastYear.Total is null && d.OperatingCosts.LastYear is null && ThreePublicAmounts(d).All(a => a.LastYear is null)
                              && d.Expenditures.All(r => r.LastYear is null),
        ["total increase"] = d => d.LastYear.Total < Total(d),
        ["total decrease"] = d => d.LastYear.Total > Total(d),
        ["total flat"] = d => d.LastYear.Total == Total(d),
        ["operating costs new"] = d => d.OperatingCosts.LastYear == 0 && d.OperatingCosts.Amount > 0,
        ["rows compared with last year"] = d => d.Expenditures.Any(r => r.LastYear == 0) && d.Expenditures.Any(r => r.LastYear == r.Total),
        ["in 元"] = d => d.Unit == AmountUnit.Yuan,
        ["in 万元 with 6 decimals"] = d => d.Unit == AmountUnit.TenThousandYuan && AllAmounts(d).Any(a => Decimals(a) == 6),
        ["行政"] = d => d.Department.Kind == UnitKind.Administrative,
        ["参公"] = d => d.Department.Kind == UnitKind.CivilServiceManaged,
        ["事业"] = d => d.Department.Kind == UnitKind.Institution,
        ["rare character in the department name"] = d => new[] { "𠀀", "龘", "鿏" }.Any(d.Department.Name.Contains),
        ["rare character in a project name"] = d => d.Projects.Any(p => new[] { "𠀀", "龘", "鿏" }.Any(p.Name.Contains)),
        ["several names"] = d => d.Department.Names.Count >= 2,
        ["no projects"] = d => d.Projects.Count == 0 && d.Expenditures.All(r => r.Project == 0),
        ["projects without a 项 code"] = d => d.Projects.Count > 0 && d.Projects.All(p => p.FunctionalCode == ""),
        ["特定目标类 and 其他运转类 projects"] = d => d.Projects.Any(p => p.Category == "特定目标类") && d.Projects.Any(p => p.Category == "其他运转类"),
        ["special fund partly allocated"] = d => d.Projects.Any(p => p.SpecialFund && p.SpecialFundAllocated < p.Total),
        ["procurement, purchased services and debt"] = d => d.Procurement.Total > 0 && d.PurchasedServices > 0 && d.Debt > 0,
        ["stated subtotals"] = d => d.StatedSubtotals.Count > 0 && d.Income.StatedTotal is not null,
        ["notes"] = d => d.Notes.Count > 0,
        ["no region code"] = d => d.Department.RegionCode == "",
    };

    [Theory]
    [MemberData(nameof(Varieties))]
    public void The_corpus_holds_each_variety(string variety) => Assert.Contains(Corpus, d => VarietyChecks[variety](d));

    private static ComparedAmount[] ThreePublicAmounts(BudgetData d) =>
        [d.ThreePublic.Outbound, d.ThreePublic.VehiclePurchase, d.ThreePublic.VehicleOperation, d.ThreePublic.Reception];

    private static decimal Total(BudgetData d) => d.Income.ThisYear.Values.Sum() + d.Income.Carryover.Values.Sum();

    private static IEnumerable<decimal> AllAmounts(BudgetData d) =>
        d.Expenditures.SelectMany(r => new[] { r.Personnel, r.Public, r.Project })
            .Concat(d.EconomicBasic.Concat(d.EconomicProject).Select(r => r.Total))
            .Concat(d.Projects.SelectMany(p => p.ThisYear.Values.Concat(p.Carryover.Values)))
            .Concat(d.Income.ThisYear.Values);

    private static int Decimals(decimal value) => (decimal.GetBits(decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))[3] >> 16) & 0xFF;
}
