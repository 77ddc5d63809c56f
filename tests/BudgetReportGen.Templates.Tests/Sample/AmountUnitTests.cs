using System.Collections;
using System.Reflection;
using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>A department may file its amounts in 元; the report (in the pack's 万元) must print the same figures.</summary>
public class AmountUnitTests
{
    [Fact]
    public void The_sample_filed_in_yuan_prints_exactly_the_same_report()
    {
        var data = BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;
        var inYuan = (BudgetData)Scaled(data, 10000m)! with { Unit = AmountUnit.Yuan };
        Assert.Equal(37738900m, inYuan.Income.ThisYear[FundingSource.GeneralPublicBudget]);

        var figures = FigureCalculator.Compute(inYuan, SampleReport.Generator.Catalog);
        var document = SampleReport.Generator.Pack.Render(figures, AmountUnit.Yuan);

        Assert.Equal(SampleReport.Text, DocumentText.Of(document));
    }

    [Theory]
    [InlineData(AmountUnit.Yuan, 0.0001)]
    [InlineData(AmountUnit.TenThousandYuan, 1)]
    public void Scale_from_the_data_unit_to_the_pack_unit(AmountUnit dataUnit, double expected) =>
        Assert.Equal((decimal)expected, SampleReport.Generator.Pack.ScaleFrom(dataUnit));

    /// <summary>A copy of a model object with every decimal amount multiplied by <paramref name="factor"/> (counts are ints and stay).</summary>
    private static object? Scaled(object? value, decimal factor)
    {
        switch (value)
        {
            case null or string or int or bool or DateOnly or Enum:
                return value;
            case decimal d:
                return d * factor;
            case IReadOnlyDictionary<FundingSource, decimal> bySource:
                return bySource.ToDictionary(kv => kv.Key, kv => kv.Value * factor);
            case IList list:
                var elementType = list.GetType().IsArray ? list.GetType().GetElementType()! : list.GetType().GetGenericArguments()[0];
                var copy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
                foreach (var item in list) copy.Add(Scaled(item, factor));
                return copy;
        }
        var clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(value, null)!;
        foreach (var property in value.GetType().GetProperties().Where(p => p.CanWrite))
            property.SetValue(clone, Scaled(property.GetValue(value), factor));
        return clone;
    }
}
