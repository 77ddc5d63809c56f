using System.Text;
using System.Text.RegularExpressions;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Charts;
using BudgetReportGen.Templates.Scripting;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using DocumentBlock = BudgetReportGen.Documents.Block;
using DocumentListBlock = BudgetReportGen.Documents.ListBlock;
using MarkdigListBlock = Markdig.Syntax.ListBlock;

namespace BudgetReportGen.Templates.Markdown;

/// <summary>
/// Turns the Markdown a part's template rendered into document blocks:
/// <c>#</c>…<c>####</c> headings (an id from <c>{#id}</c> or a generated one), paragraphs (<c>{.center}</c>, <c>{.right}</c>,
/// <c>{.noindent}</c> change alignment and indent), <c>**bold**</c>, ordered and bulleted lists, <c>&gt; </c> quotes as remarks,
/// the directives <c>&lt;!-- table N --&gt;</c>, <c>&lt;!-- pagebreak --&gt;</c>, <c>&lt;!-- toc --&gt;</c>, and charts: a fenced block
/// <c>```chart</c> whose YAML body (already rendered by the template, Markdown escapes undone) <paramref name="chart"/> turns into a
/// block. Any other HTML or code block is refused.
/// </summary>
/// <param name="sourceLine">Where a rendered line was written in the part's source, when it can be told (see <see cref="TextTemplate.SourceLine"/>).</param>
internal sealed partial class MarkdownConverter(string file, Func<int, DocumentBlock> table, Func<DocumentBlock> toc, Func<string, DocumentBlock> chart,
    AnchorAllocator anchors, Func<string, int?>? sourceLine = null)
{
    private const int MaxInlineDepth = 64;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseGenericAttributes().Build();

    [GeneratedRegex(@"^<!--\s*(?<name>[a-z]+)(\s+(?<arg>[0-9]{1,4}))?\s*-->$")]
    private static partial Regex DirectivePattern();

    public IEnumerable<DocumentBlock> Convert(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) // Markdig's guard against deep nesting ("depth limit exceeded")
        {
            throw new TemplateException(file, 1, 1, $"渲染后的 Markdown 嵌套层次过深，无法排版（{e.Message}）。请检查模板和数据中连续的 >、*、[ 等符号。");
        }
        foreach (var block in document)
            foreach (var converted in ConvertBlock(block))
                yield return converted;
    }

    private IEnumerable<DocumentBlock> ConvertBlock(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var id = heading.TryGetAttributes()?.Id;
                yield return new Heading(heading.Level, PlainText(heading.Inline), anchors.Claim(id));
                break;
            case ParagraphBlock paragraph:
                var classes = paragraph.TryGetAttributes()?.Classes ?? [];
                var (alignment, indent) = classes switch
                {
                    _ when classes.Contains("center") => (Alignment.Center, false),
                    _ when classes.Contains("right") => (Alignment.Right, false),
                    _ when classes.Contains("noindent") => (Alignment.Justify, false),
                    _ => (Alignment.Justify, true),
                };
                yield return new Paragraph(Inlines(paragraph.Inline), alignment, indent);
                break;
            case MarkdigListBlock list:
                yield return List(list);
                break;
            case QuoteBlock quote:
                yield return new Remark(string.Join("\n", quote.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline))));
                break;
            case HtmlBlock html:
                yield return Directive(html);
                break;
            case FencedCodeBlock { Info: "chart" } fenced:
                yield return Chart(fenced);
                break;
            case ThematicBreakBlock:
                yield return new PageBreak();
                break;
            case LinkReferenceDefinitionGroup:
                break;
            default:
                throw Fault(block, $"不支持的 Markdown 结构（{block.GetType().Name}）。");
        }
    }

    private DocumentBlock Directive(HtmlBlock html)
    {
        var text = html.Lines.ToString().Trim();
        var match = DirectivePattern().Match(text);
        if (!match.Success) throw Fault(html, $"模板中不允许 HTML：“{Shorten(text)}”。可用指令：<!-- table N -->、<!-- pagebreak -->、<!-- toc -->；图用 ```chart 代码块。");
        var argument = match.Groups["arg"].Success ? int.Parse(match.Groups["arg"].Value) : (int?)null;
        return (match.Groups["name"].Value, argument) switch
        {
            ("table", { } number) => table(number),
            ("pagebreak", null) => new PageBreak(),
            ("toc", null) => toc(),
            _ => throw Fault(html, $"未知指令“{text}”。可用指令：<!-- table N -->、<!-- pagebreak -->、<!-- toc -->；图用 ```chart 代码块。"),
        };
    }

    private DocumentBlock Chart(FencedCodeBlock fenced)
    {
        try
        {
            return chart(Unescape(fenced.Lines.ToString()));
        }
        catch (TemplateException e)
        {
            // A line the template wrote literally (a misspelt kind) is found in the source; otherwise the line in the rendered
            // Markdown, whose line 1 of the YAML is the line after the opening fence.
            var text = e.Line >= 1 && e.Line <= fenced.Lines.Count ? fenced.Lines.Lines[e.Line - 1].ToString() : "";
            throw sourceLine?.Invoke(text) is { } line
                ? new TemplateException(file, line, e.Column, $"图（```chart）的定义有误：{e.Reason}")
                : new TemplateException(file, fenced.Line + 1 + e.Line, e.Column, $"图（```chart）的定义有误：{e.Reason}（行号为渲染后的 Markdown 中的行号）");
        }
    }

    /// <summary>
    /// Keeps what expressions wrote inert in the chart's YAML: each backslash-escaped character (all ASCII punctuation in values
    /// is escaped) becomes a private-use stand-in that YAML reads as plain text; the chart spec turns it back.
    /// </summary>
    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && MarkdownEscapingContext.IsAsciiPunctuation(text[i + 1]))
                builder.Append(ChartSpec.StandIn(text[++i]));
            else
                builder.Append(text[i]);
        }
        return builder.ToString();
    }

    private DocumentListBlock List(MarkdigListBlock list)
    {
        var items = new List<ListItem>();
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "•";
            var inlines = item.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList();
            items.Add(new ListItem(marker, inlines));
        }
        return new DocumentListBlock(items);
    }

    private List<Documents.Inline> Inlines(ContainerInline? container)
    {
        var runs = new List<Documents.Inline>();
        if (container is null) return runs;
        void Walk(Markdig.Syntax.Inlines.Inline inline, bool bold, bool italic, int depth = 0)
        {
            if (depth > MaxInlineDepth) throw Fault(inline, $"Markdown 行内格式嵌套过深（超过 {MaxInlineDepth} 层）。");
            switch (inline)
            {
                case LiteralInline literal:
                    Add(literal.Content.ToString(), bold, italic);
                    break;
                case HtmlEntityInline entity:
                    Add(entity.Transcoded.ToString(), bold, italic);
                    break;
                case CodeInline code:
                    Add(code.Content, bold, italic);
                    break;
                case LineBreakInline { IsHard: true }:
                    Add("\n", bold, italic);
                    break;
                case LineBreakInline:
                    break; // a soft break inside Chinese text joins the lines
                case EmphasisInline emphasis:
                    foreach (var child in emphasis) Walk(child, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1, depth + 1);
                    break;
                case HtmlInline html:
                    throw Fault(html, $"模板中不允许 HTML：“{html.Tag}”。");
                case ContainerInline other:
                    foreach (var child in other) Walk(child, bold, italic, depth + 1);
                    break;
            }
        }
        void Add(string text, bool bold, bool italic)
        {
            if (runs.Count > 0 && runs[^1] is TextRun last && last.Bold == bold && last.Italic == italic)
                runs[^1] = new TextRun(last.Value + text, bold, italic);
            else
                runs.Add(new TextRun(text, bold, italic));
        }
        foreach (var inline in container) Walk(inline, false, false);
        // Attribute syntax leaves a trailing space before "{.center}".
        if (runs.Count > 0 && runs[^1] is TextRun end) runs[^1] = new TextRun(end.Value.TrimEnd(), end.Bold, end.Italic);
        return runs;
    }

    private string PlainText(ContainerInline? container)
    {
        var text = new StringBuilder();
        foreach (var run in Inlines(container)) text.Append(run.Text);
        return text.ToString().Trim();
    }

    private TemplateException Fault(MarkdownObject node, string message) =>
        new(file, node.Line + 1, node.Column + 1, message + "（行号为渲染后的 Markdown 中的行号）");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>Hands out unique anchors: the id a template gives, or sec-1, sec-2, … in document order.</summary>
internal sealed class AnchorAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _next = 1;

    public string Claim(string? wanted)
    {
        if (wanted is { Length: > 0 } && _used.Add(wanted)) return wanted;
        string anchor;
        do anchor = $"sec-{_next++}"; while (!_used.Add(anchor));
        return anchor;
    }
}
