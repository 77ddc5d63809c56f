using BudgetReportGen.Core.Checks;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Sample;

/// <summary>The sample department's report rendered once with the standard pack, shared by the sample tests.</summary>
internal static class SampleReport
{
    public static string PackFolder => RepoFiles.PathOf("templates/liaoning-2023");

    private static readonly Lazy<ReportGenerator> LazyGenerator = new(() => ReportGenerator.Load(PackFolder));
    private static readonly Lazy<(Validation Validation, Document Document)> Rendered = new(() =>
    {
        var (validation, document) = Generator.Render(RepoFiles.SampleYaml, new CheckOptions());
        return (validation, document ?? throw new InvalidOperationException(
            "The sample did not render: " + string.Join("; ", validation.Diagnostics.Select(d => $"{d.RuleId} {d.Message}"))));
    });

    public static ReportGenerator Generator => LazyGenerator.Value;
    public static Validation Validation => Rendered.Value.Validation;
    public static Document Document => Rendered.Value.Document;
    public static string Text { get; } = DocumentText.Of(Document);

    public static Table Table(int number) =>
        Document.Blocks.OfType<TableBlock>().Single(t => t.Table.Caption.Number == $"表{number}").Table;

    /// <summary>The paragraphs of the section whose heading starts with <paramref name="heading"/>, up to the next heading of its level or above.</summary>
    public static string Section(string heading)
    {
        var blocks = Document.Blocks.SkipWhile(b => b is not Heading h || !h.Text.StartsWith(heading, StringComparison.Ordinal)).ToList();
        var level = ((Heading)blocks[0]).Level;
        return string.Join("\n", blocks.Skip(1).TakeWhile(b => b is not Heading h || h.Level > level)
            .Select(b => b switch { Paragraph p => p.Text, Heading h => h.Text, _ => "" }));
    }
}
