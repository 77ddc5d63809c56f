using BudgetReportGen.Documents;

namespace BudgetReportGen.Writers.Html.Tests;

/// <summary>Header cells print the shared text broken at word boundaries (ColumnFit.HeaderTexts), as PDF and Word do.</summary>
public class HeaderWordsMarkupTests
{
    [Fact]
    public void A_long_header_breaks_between_words()
    {
        var columns = Enumerable.Range(0, 5).Select(_ => new TableColumn(1)).ToList();
        var table = new Table("t", new TableCaption("", "", "", ""), columns,
            [new TableRow([.. Enumerable.Range(0, 5).Select(_ => new TableCell("政府性基金预算拨款收入"))])],
            [new TableRow([.. Enumerable.Range(0, 5).Select(_ => new TableCell("1.00"))])]);
        var html = Html.Render(new Document(new DocumentInfo("t", "s", "a", new DateOnly(2023, 1, 1)), DocumentStyle.Default, [new TableBlock(table)]));
        Assert.Contains(">政府性基金预算拨款<br/>收入</th>", html);
    }
}
