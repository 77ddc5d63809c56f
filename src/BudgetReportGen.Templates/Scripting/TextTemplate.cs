using Scriban;
using Scriban.Syntax;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>A Markdown + Scriban text file of a pack (a part of the report), parsed once and rendered per department.</summary>
internal sealed class TextTemplate
{
    private readonly Template _template;
    private readonly string _source;

    public string File { get; }

    private TextTemplate(string file, Template template, string source)
    {
        File = file;
        _template = template;
        _source = source;
    }

    /// <summary>
    /// The line number (1-based) of the one line of the template's source that reads <paramref name="renderedLine"/> (trimmed),
    /// or null when none or several do: where a fault in rendered text came from, when that text was written literally.
    /// </summary>
    public int? SourceLine(string renderedLine)
    {
        var wanted = renderedLine.Trim();
        if (wanted.Length == 0) return null;
        var matches = _source.Split('\n').Select((line, index) => (Line: line.Trim(), Number: index + 1)).Where(l => l.Line == wanted).Take(2).ToList();
        return matches.Count == 1 ? matches[0].Number : null;
    }

    public static TextTemplate Parse(string file, string text)
    {
        var template = Template.Parse(text, file);
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new TemplateException(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1, $"模板语法错误：{first.Message}");
        }
        return new TextTemplate(file, template, text);
    }

    public static TextTemplate Load(string path)
    {
        return Parse(path, Pack.PackText.Read(path));
    }

    public string Render(TemplateContext context)
    {
        try
        {
            (context as MarkdownEscapingContext)?.ResetOutputCount();
            var text = _template.Render(context);
            // Literal template text is not counted as it is written; the whole result is checked too.
            if (text.Length > MarkdownEscapingContext.MaxOutputChars)
                throw new TemplateException(File, 1, 1, $"渲染结果有 {text.Length} 个字符，超过 {MarkdownEscapingContext.MaxOutputChars} 个字符的上限（模板可能在循环中输出了过多内容）。请检查模板中的循环。");
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            throw RenderFailure.From(e, File, _source, "模板");
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateException(File, 1, 1, $"模板无法渲染：{e.Message}");
        }
    }
}
