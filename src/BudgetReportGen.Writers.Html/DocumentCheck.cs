using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Html.Tables;

namespace BudgetReportGen.Writers.Html;

/// <summary>
/// Checks what the HTML writer relies on before it writes anything: a Body font in the style (every role falls back to it),
/// anchors that are usable as unique HTML ids, and well-formed tables. Problems are reported as <see cref="DocumentWriteException"/>.
/// </summary>
internal static class DocumentCheck
{
    public static void Check(Document document)
    {
        if (!document.Style.Fonts.ContainsKey(TextRole.Body))
            throw new DocumentWriteException("样式文件没有定义正文（Body）字体，其他未定义的文字角色也无处回退。请在模板包的样式文件中为 Body 指定字体。");

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    CheckAnchor(anchors, heading.Anchor, $"标题“{heading.Text}”");
                    break;
                case TableBlock { Table: var table }:
                    CheckAnchor(anchors, table.Anchor, TableCheck.Name(table));
                    TableCheck.Check(table);
                    break;
            }
        }
    }

    private static void CheckAnchor(HashSet<string> anchors, string anchor, string owner)
    {
        if (anchor.Length == 0 || anchor.Any(char.IsWhiteSpace))
            throw new DocumentWriteException($"{owner}的锚点“{anchor}”不能为空或含空格。请在模板中为它指定一个不含空格的锚点。");
        if (!anchors.Add(anchor))
            throw new DocumentWriteException($"{owner}的锚点“{anchor}”在文档中重复出现。请在模板中为每个标题和表格指定唯一的锚点。");
    }
}
