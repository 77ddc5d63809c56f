using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>
/// A Scriban expression from a pack file (a table cell's value, a row source), parsed once and evaluated many times.
/// Faults name the pack file and the line and column of the expression.
/// </summary>
internal sealed class Expression
{
    private readonly Template _template;
    private readonly string _file;
    private readonly int _line;
    private readonly int _column;

    public string Text { get; }

    public Expression(string text, string file, int line, int column)
    {
        Text = text;
        _file = file;
        _line = line;
        _column = column;
        _template = Template.Parse(text, file, lexerOptions: new LexerOptions { Mode = ScriptMode.ScriptOnly });
        if (_template.HasErrors)
        {
            var first = _template.Messages[0];
            throw new TemplateException(file, line, column, $"表达式“{text}”有语法错误：{first.Message}");
        }
    }

    public object? Evaluate(TemplateContext context)
    {
        try
        {
            return _template.Evaluate(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(_file, _line, _column,
                $"表达式“{Text}”无法求值：{RenderFailure.Explain(e.OriginalMessage)}这是模板包的问题，不是数据文件的问题：请把本信息发给模板包的维护单位。（模板引擎原文：{e.OriginalMessage}）");
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateException(_file, _line, _column, $"表达式“{Text}”无法求值：{e.Message}");
        }
    }
}
