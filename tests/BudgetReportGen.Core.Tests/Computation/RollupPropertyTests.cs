using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Tests.Checks;
using CsCheck;

namespace BudgetReportGen.Core.Tests.Computation;

/// <summary>Random 项 rows always roll up consistently, and the checker accepts subtotals stated from the rollup.</summary>
public class RollupPropertyTests
{
    private static readonly Gen<decimal> Amount = Gen.Int[0, 5_000_000].Select(cents => cents / 100m);

    private static readonly Gen<FunctionalRow> Row = Gen.Select(
        Gen.Int[0, 3], Gen.Int[1, 3], Gen.Int[1, 4], Gen.Select(Amount, Amount, Amount, (a, b, c) => (a, b, c)),
        (cls, section, item, amounts) => new FunctionalRow
        {
            Code = $"{201 + cls * 3}{section:00}{item:00}",
            Name = "行",
            Personnel = amounts.a,
            Public = amounts.b,
            Project = amounts.c,
        });

    [Fact]
    public void Items_sum_to_sections_sections_to_classes_classes_to_the_total()
    {
        Row.List[1, 40].Sample(rows =>
        {
            var unique = rows.DistinctBy(r => r.Code).ToList();
            var figures = FigureCalculator.Compute(TestBudget.Minimal(unique), Classification.RepoPaths.Catalog);
            var table = figures.Functional;

            foreach (var parent in table.Rows.Where(r => r.Level != ClassLevel.Item).Append(table.Sum))
            {
                var childLevel = parent.Level + 1;
                var children = table.Rows.Where(r => r.Level == childLevel && r.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(children);
                Assert.Equal(parent.Personnel, children.Sum(c => c.Personnel));
                Assert.Equal(parent.Public, children.Sum(c => c.Public));
                Assert.Equal(parent.Project, children.Sum(c => c.Project));
            }
            Assert.Equal(unique.Sum(r => r.Total), table.Sum.Total);
            Assert.Equal(table.Rows.Select(r => r.Code).Order(StringComparer.Ordinal), table.Rows.Select(r => r.Code));

            var stated = table.Rows.Where(r => r.Level != ClassLevel.Item).Append(table.Sum)
                .Select(r => new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = r.Code, Total = r.Total })
                .ToList();
            var diagnostics = BudgetChecker.Check(TestBudget.Minimal(unique) with { StatedSubtotals = stated }, null, CheckOptions.Default);
            Assert.DoesNotContain(diagnostics, d => d.RuleId.StartsWith("hierarchy.", StringComparison.Ordinal));
        });
    }
}
