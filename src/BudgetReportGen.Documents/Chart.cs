namespace BudgetReportGen.Documents;

/// <summary>The kinds of chart a document can hold.</summary>
public enum ChartKind
{
    /// <summary>Composition of a whole: one series, a slice per category.</summary>
    Pie,
    /// <summary>A pie with a hole (doughnut): the same data as <see cref="Pie"/>.</summary>
    Ring,
    /// <summary>Bars side by side per category, a bar per series (e.g. last year against this year).</summary>
    Bar,
    /// <summary>One bar per category, the series stacked in it (e.g. basic and project spending per year).</summary>
    StackedBar,
}

/// <summary>
/// A chart, drawn as vectors by every writer. Everything printed is already here, computed by the engine: the values (exact
/// decimals, the same as the tables and the text), each point's label as printed, each share (for pie and ring: adding to exactly
/// 100.00 by the largest-remainder rule) and a text alternative for readers who cannot see it. Writers only draw.
/// </summary>
/// <param name="Kind">How it is drawn.</param>
/// <param name="Title">The caption printed above it (e.g. "图1 2023年支出预算构成").</param>
/// <param name="Unit">The unit of the values as printed ("万元", "元").</param>
/// <param name="Categories">Slices (pie, ring) or the groups along the category axis (bar, stacked bar).</param>
/// <param name="Series">Pie and ring: exactly one. Bar and stacked bar: one or more, each with a value per category.</param>
/// <param name="Description">The text alternative: what the chart shows, in words, with the figures.</param>
public sealed record Chart(
    ChartKind Kind,
    string Title,
    string Unit,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string Description)
{
    /// <summary>The largest value (of a stacked bar: the largest category total), for the value axis; zero when there is none.</summary>
    public decimal MaxValue => Kind == ChartKind.StackedBar
        ? Enumerable.Range(0, Categories.Count).Select(i => Series.Sum(s => Math.Max(0, s.Points[i].Value))).DefaultIfEmpty(0).Max()
        : Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(0).Max();
}

/// <summary>One series of a chart: its name (shown in the legend) and a point per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// One value of a chart. <see cref="Label"/> is the text printed at the point (e.g. "2575.37万元，45.12%"); <see cref="Share"/> is its
/// percentage of the whole (pie and ring; of the category's total for a stacked bar), null where the chart shows none.
/// </summary>
public sealed record ChartPoint(decimal Value, string Label, decimal? Share = null);

/// <summary>The colours of charts: the series (bar) or slice (pie) colours in order, as "#RRGGBB", reused cyclically.</summary>
public sealed record ChartStyle(IReadOnlyList<string> Palette)
{
    /// <summary>A sober palette that prints well in grey: dark blue, red, gold, teal, grey, brown, violet, green.</summary>
    public static ChartStyle Default { get; } = new(["#1F4E79", "#C00000", "#BF9000", "#2E75B6", "#7F7F7F", "#833C0B", "#7030A0", "#548235"]);

    /// <summary>The colour of the <paramref name="index"/>th series or slice.</summary>
    public string Colour(int index) => Palette[index % Palette.Count];
}

/// <summary>A chart in the flow of the document; see <see cref="Chart"/>.</summary>
public sealed record ChartBlock(Chart Chart) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}
