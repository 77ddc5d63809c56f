using BudgetReportGen.Core.Computation;
using CsCheck;

namespace BudgetReportGen.Core.Tests.Computation;

public class SharesTests
{
    [Fact]
    public void Thirds_get_the_missing_hundredth_on_the_first()
    {
        Assert.Equal([33.34m, 33.33m, 33.33m], Shares.LargestRemainder([1m, 1m, 1m]));
    }

    [Fact]
    public void The_largest_remainder_gets_the_missing_hundredth()
    {
        // exact 16.6669, 33.3339, 49.9991 cut to 16.66, 33.33, 49.99 (99.98): the two largest remainders (0.0091, 0.0069) are raised.
        var shares = Shares.LargestRemainder([1m, 2m, 2.9999m]);
        Assert.Equal(100.00m, shares.Sum());
        Assert.Equal([16.67m, 33.33m, 50.00m], shares);
    }

    [Fact]
    public void Zero_values_get_zero_and_a_single_value_gets_everything()
    {
        Assert.Equal([0m, 100m, 0m], Shares.LargestRemainder([0m, 2575.37m, 0m]));
    }

    [Fact]
    public void Negative_values_and_an_empty_whole_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Shares.LargestRemainder([5m, -1m]));
        Assert.Throws<ArgumentException>(() => Shares.LargestRemainder([0m, 0m]));
        Assert.Throws<ArgumentException>(() => Shares.LargestRemainder([]));
    }

    private static readonly Gen<decimal[]> Amounts =
        Gen.Select(Gen.Long[0, 100_000_000_000L], Gen.Int[0, 4], (n, scale) => new decimal(n) / new[] { 1m, 10m, 100m, 1000m, 10000m }[scale])
            .Array[1, 30]
            .Where(a => a.Sum() > 0);

    [Fact]
    public void Shares_always_sum_to_exactly_100_and_each_is_within_a_hundredth_of_its_exact_value()
    {
        Amounts.Sample(values =>
        {
            var shares = Shares.LargestRemainder(values);
            var total = values.Sum();
            return shares.Sum() == 100.00m
                && shares.All(s => s == Math.Round(s, 2))
                && values.Select((v, i) => Math.Abs(shares[i] - v / total * 100m)).All(d => d < 0.01m);
        }, seed: "0001iLLpHD11", iter: 5000, threads: 1);
    }

    [Fact]
    public void Equal_values_differ_by_at_most_a_hundredth()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Long[1, 1_000_000]).Sample((count, value) =>
        {
            var shares = Shares.LargestRemainder(Enumerable.Repeat(new decimal(value), count).ToArray());
            return shares.Max() - shares.Min() <= 0.01m && shares.Sum() == 100m;
        }, seed: "0001iLLpHD11", iter: 500, threads: 1);
    }
}
