using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>A paragraph of three lines or fewer is kept on one printed page, as widow and orphan control keeps it in PDF and Word.</summary>
public class KeepShortParagraphsTests
{
    private static string Render(params Block[] blocks) =>
        Html.Render(new Document(new DocumentInfo("t", "s", "a", new DateOnly(2023, 1, 1)), DocumentStyle.Default, blocks));

    [Fact]
    public void Short_paragraphs_and_list_items_are_kept_and_long_ones_may_split()
    {
        var html = Render(
            new Paragraph(new string('短', 26 + 28 + 28)), // three full lines on the 28-character grid
            new Paragraph(new string('长', 26 + 28 + 28 + 1)),
            new ListBlock([new ListItem("（一）", [new TextRun("短项。")])]));
        Assert.Contains("<p class=\"indent keep\">" + new string('短', 82) + "</p>", html);
        Assert.Contains("<p class=\"indent\">" + new string('长', 83) + "</p>", html);
        Assert.Contains("<li class=\"keep\"><span class=\"marker\">（一）</span>", html);
        Assert.Contains(".keep{break-inside:avoid;page-break-inside:avoid}", html);
    }
}
