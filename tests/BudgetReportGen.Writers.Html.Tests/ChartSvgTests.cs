using System.Globalization;
using System.Xml.Linq;
using BudgetReportGen.Documents;
using BudgetReportGen.Tests.Shared;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Charts as inline SVG (ChartSvg) and as figures in the HTML document.</summary>
public class ChartSvgTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DocumentStyle Style = DocumentStyle.Default;

    /// <summary>The SVG 1.1 elements the renderer may use; anything else would not be SVG 1.1.</summary>
    private static readonly HashSet<string> Svg11Elements = ["svg", "title", "desc", "g", "rect", "line", "path", "text"];

    private const string Svg11Dtd = "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd";

    public static TheoryData<int> Charts() => new(Enumerable.Range(0, SampleCharts.All().Count));

    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_is_well_formed_svg_1_1_elements_with_title_and_description_for_screen_readers(int index)
    {
        var chart = SampleCharts.All()[index];
        var svg = XElement.Parse(ChartSvg.Render(chart, Style));
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Contains(e.Name.LocalName, Svg11Elements));
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Equal(Svg, e.Name.Namespace));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        var byId = svg.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal(chart.Title, byId[labelledBy[0]].Value);
        Assert.Equal("title", byId[labelledBy[0]].Name.LocalName);
        Assert.Equal(chart.Description, byId[labelledBy[1]].Value);
        Assert.Equal("desc", byId[labelledBy[1]].Name.LocalName);
        // The title is drawn too, and every label and category is text in the drawing (wrapped names in pieces).
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(chart.Title, texts);
        foreach (var point in chart.Series.SelectMany(s => s.Points)) Assert.Contains(point.Label, texts);
        Assert.DoesNotContain("script", ChartSvg.Render(chart, Style), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(svg.Descendants(Svg + "image"));
    }

    [Fact]
    public void A_pie_is_paths_in_the_palette_and_a_bar_chart_is_rectangles_with_round_ticks()
    {
        var pie = XElement.Parse(ChartSvg.Render(SampleCharts.Pie(), Style));
        Assert.Equal(Enumerable.Range(0, 5).Select(Style.ChartColours.Colour), pie.Descendants(Svg + "path").Select(p => (string)p.Attribute("fill")!));
        var bar = XElement.Parse(ChartSvg.Render(SampleCharts.Bar(), Style));
        Assert.True(bar.Descendants(Svg + "rect").Count() >= 6);
        Assert.Equal(["0", "1000", "2000", "3000", "4000"], bar.Descendants(Svg + "text").Select(t => t.Value).Where(v => v.All(char.IsAsciiDigit)));
    }

    [Fact]
    public void Numbers_are_invariant_and_the_same_in_every_run()
    {
        var reference = ChartSvg.Render(SampleCharts.StackedBar(), Style);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(reference, ChartSvg.Render(SampleCharts.StackedBar(), Style));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        var numbers = XElement.Parse(reference).DescendantsAndSelf().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "x" or "y" or "width" or "height" or "x1" or "y1" or "x2" or "y2");
        Assert.All(numbers, a => Assert.Matches(@"^-?\d+(\.\d{1,2})?(pt)?$", a.Value));
    }

    /// <summary>
    /// Validates each chart against the W3C's SVG 1.1 DTD (Debian's w3c-sgml-lib) with xmllint. role and aria-labelledby are
    /// WAI-ARIA attributes that SVG 1.1 predates (SVG 2 allows them), so they are the only ones removed before validating.
    /// </summary>
    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_is_valid_against_the_svg_1_1_dtd(int index)
    {
        Assert.True(File.Exists(Svg11Dtd), $"{Svg11Dtd} is missing: apt-get install w3c-sgml-lib (.ci/run installs it).");
        var svg = XElement.Parse(ChartSvg.Render(SampleCharts.All()[index], Style));
        svg.Attribute("role")!.Remove();
        svg.Attribute("aria-labelledby")!.Remove();
        var path = Path.Combine(Path.GetTempPath(), $"brg-chart-{Guid.NewGuid():N}.svg");
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + svg);
        try
        {
            var result = TestTools.RunTool("xmllint", "libxml2-utils", TimeSpan.FromMinutes(1), "--noout", "--nonet", "--dtdvalid", Svg11Dtd, path);
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Equal("", result.Output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Chromium draws the inline SVG: a screenshot of a page with the pie and the bar chart has the palette's first two
    /// colours over thousands of pixels (a blank or broken SVG has none).</summary>
    [Fact]
    public void Chromium_renders_the_charts()
    {
        var dir = Directory.CreateTempSubdirectory("brg-chart-chromium-").FullName;
        try
        {
            var html = Path.Combine(dir, "chart.html");
            File.WriteAllText(html, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body style=\"margin:0;background:#fff\">"
                + ChartSvg.Render(SampleCharts.Pie(), Style) + ChartSvg.Render(SampleCharts.Bar(), Style) + "</body></html>");
            var png = Path.Combine(dir, "shot.png");
            var result = TestTools.RunTool("chromium", "chromium", TimeSpan.FromMinutes(2), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--screenshot=" + png, "--window-size=800,900", "file://" + html);
            Assert.True(File.Exists(png), result.Output);
            var bytes = File.ReadAllBytes(png);
            var blue = Png.Count(bytes, Style.ChartColours.Colour(0));
            var red = Png.Count(bytes, Style.ChartColours.Colour(1));
            output.WriteLine($"{blue} dark blue and {red} red pixels");
            Assert.True(blue > 5000, $"{blue} pixels of {Style.ChartColours.Colour(0)}");
            Assert.True(red > 2000, $"{red} pixels of {Style.ChartColours.Colour(1)}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_document_shows_each_chart_as_a_figure_captioned_with_its_title_and_unique_ids()
    {
        var html = Html.RenderAndParse(SampleCharts.Document());
        var figures = html.Descendants("figure").ToList();
        Assert.Equal(SampleCharts.All().Count, figures.Count);
        var ids = new HashSet<string>();
        foreach (var (figure, chart) in figures.Zip(SampleCharts.All()))
        {
            Assert.True(figure.HasClass("chart"));
            Assert.Equal(chart.Title, figure.Element("figcaption")!.Value);
            var svg = figure.Element(Svg + "svg")!;
            // Drawn once, as the caption: the drawing holds no second title.
            Assert.DoesNotContain(chart.Title, svg.Descendants(Svg + "text").Select(t => t.Value));
            Assert.Equal(chart.Description, svg.Element(Svg + "desc")!.Value);
            Assert.All(svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>(), id => Assert.True(ids.Add(id), id));
        }
        var css = html.Css();
        Assert.Contains(".chart{margin:1em 0;break-inside:avoid;page-break-inside:avoid}", css);
    }

    [Fact]
    public void A_document_with_charts_gives_the_same_bytes_twice()
    {
        Assert.Equal(Html.Render(SampleCharts.Document()), Html.Render(SampleCharts.Document()));
    }

    [Fact]
    public void A_chart_with_a_negative_value_is_refused_in_chinese()
    {
        var bar = SampleCharts.Bar();
        var negative = bar with { Series = [bar.Series[0] with { Points = [new(-1m, "-1.00万元"), .. bar.Series[0].Points.Skip(1)] }, bar.Series[1]] };
        var document = new Document(SampleDocuments.Info, Style, [new ChartBlock(negative)]);
        var error = Assert.Throws<DocumentWriteException>(() => Html.Render(document));
        Assert.Contains("负数", error.Message);
    }
}
