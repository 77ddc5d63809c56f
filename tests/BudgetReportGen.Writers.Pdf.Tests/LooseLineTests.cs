using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Text;
using Xunit.Abstractions;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>
/// Loose justified lines in real reports: the body paragraphs of both packs' samples and of 30 generated departments each,
/// broken as the PDF breaks them, filled greedily and fitted (JustifiedFit); the lines that still get more than 1.5 em of
/// added space are listed in the test output with the line before them, and the counts before and after compared.
/// </summary>
public class LooseLineTests(ITestOutputHelper output)
{
    private const double LooseEm = 1.5;

    /// <summary>A justified line of a report: which report, its text, the space justification adds (in ems, spread over its gaps) and the line before it.</summary>
    public sealed record JustifiedLine(string Source, string Text, double AddedEm, int Gaps, string Before)
    {
        public double PerGapEm => AddedEm / Math.Max(1, Gaps);
    }

    private static readonly Lazy<IReadOnlyList<(string Name, Document Document, FontSet Fonts)>> Reports = new(() =>
    {
        var reports = new List<(string, Document, FontSet)>();
        foreach (var (pack, sample) in new[]
                 {
                     ("templates/liaoning-2023", "data/examples/anshan-social-insurance-2023.yaml"),
                     ("templates/shanghai-putuo-2025", "data/examples/shanghai-putuo-government-office-2025.yaml"),
                 })
        {
            var generator = ReportGenerator.Load(RepoFiles.PathOf(pack));
            var fonts = FontSet.For([generator.Pack.FontsFolder]);
            reports.Add((Path.GetFileName(sample), generator.Render(RepoFiles.PathOf(sample), new CheckOptions()).Document!, fonts));
            var departments = new DepartmentGenerator(generator.Catalog, new SampleOptions { Year = generator.Pack.Year });
            var folder = Directory.CreateTempSubdirectory("budgetgen-loose-").FullName;
            try
            {
                for (var i = 0; i < 30; i++)
                {
                    var file = Path.Combine(folder, $"sample-{i + 1:0000}.yaml");
                    BudgetDataWriter.WriteFile(departments.Generate(11, i), file);
                    if (generator.Render(file, new CheckOptions()).Document is { } document)
                        reports.Add(($"{Path.GetFileName(pack)} sample-{i + 1:0000}", document, fonts));
                }
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
        return reports;
    });

    /// <summary>Every justified line (not a paragraph's last) of the body paragraphs and list items, with the space it gets.</summary>
    internal static IEnumerable<JustifiedLine> JustifiedLines(string name, Document document, FontSet fonts, bool fitted = true)
    {
        var formats = new TextFormats(document.Style, fonts);
        var breaker = new LineBreaker(new TextMeasurer());
        var width = document.Style.Page.Box(PageOrientation.Portrait).TextWidthPt;
        foreach (var block in document.Blocks)
        {
            var (inlines, role, indent) = block switch
            {
                Paragraph { Alignment: Alignment.Justify } p => (p.Inlines, p.Role, p.FirstLineIndent),
                ListBlock l => (l.Items.SelectMany(i => (IEnumerable<Inline>)[new TextRun(i.Marker), .. i.Inlines]).ToList(), TextRole.Body, true),
                _ => (null, TextRole.Body, false),
            };
            if (inlines is null) continue;
            var format = formats.For(role);
            var first = indent ? document.Style.FirstLineIndentChars * format.CharAdvance : 0;
            var runs = inlines.Select(i => formats.For(role, i is TextRun { Bold: true }).Run(i.Text)).ToList();
            var lines = breaker.Break(runs, width - first, width, justified: fitted);
            for (var n = 0; n < lines.Count; n++)
            {
                if (lines[n].EndsParagraph) continue;
                var available = n == 0 ? width - first : width;
                yield return new JustifiedLine(name, lines[n].Text, (available - lines[n].NaturalWidth) / format.CharAdvance,
                    lines[n].Atoms.Skip(1).Count(a => !a.Glued), n > 0 ? lines[n - 1].Text : "");
            }
        }
    }

    /// <summary>The loose lines, widest first, and a summary line, written to the test output.</summary>
    private static string Summary(IReadOnlyList<JustifiedLine> all) =>
        $"{all.Count(l => l.AddedEm > LooseEm)} of {all.Count} justified lines get more than {LooseEm} em, {all.Count(l => l.AddedEm > 3)} more than 3 em; "
        + $"{all.Count(l => l.PerGapEm > 0.1)} more than 0.1 em a gap, the widest gap {all.Max(l => l.PerGapEm):0.000} em; {all.Sum(l => l.AddedEm):0} em added in all";

    [Fact]
    public void Compressing_punctuation_and_sharing_the_stretch_leave_fewer_loose_lines()
    {
        var greedy = Reports.Value.SelectMany(r => JustifiedLines(r.Name, r.Document, r.Fonts, fitted: false)).ToList();
        var fitted = Reports.Value.SelectMany(r => JustifiedLines(r.Name, r.Document, r.Fonts)).ToList();
        foreach (var line in fitted.Where(l => l.AddedEm > LooseEm).OrderByDescending(l => l.AddedEm))
            output.WriteLine($"{line.AddedEm:0.00} em ({line.PerGapEm:0.000}/gap)  {line.Source}  {line.Text}    [before: {line.Before}]");
        output.WriteLine("filled greedily: " + Summary(greedy));
        output.WriteLine("fitted:          " + Summary(fitted));
        Assert.True(fitted.Count > 1000, $"only {fitted.Count} justified lines");
        Assert.Equal(greedy.Count, fitted.Count); // as many lines in every paragraph: pages do not move
        Assert.All(fitted, l => Assert.True(l.AddedEm > -0.01, $"overflows by {-l.AddedEm:0.00} em: {l.Text}"));
        // Measured on the 62 reports: 693 loose lines filled greedily, 460 fitted; over 3 em 305 and 210; gaps over 0.1 em 402 and 292.
        Assert.True(fitted.Count(l => l.AddedEm > LooseEm) * 4 < greedy.Count(l => l.AddedEm > LooseEm) * 3, "not a quarter fewer loose lines");
        Assert.True(fitted.Count(l => l.PerGapEm > 0.1) * 4 < greedy.Count(l => l.PerGapEm > 0.1) * 3, "not a quarter fewer wide gaps");
        Assert.True(fitted.Count(l => l.AddedEm > 3) * 4 < greedy.Count(l => l.AddedEm > 3) * 3, "not a quarter fewer lines stretched by 3 em");
        Assert.True(fitted.Max(l => l.PerGapEm) < greedy.Max(l => l.PerGapEm), "the widest gap is not narrower");
    }
}
