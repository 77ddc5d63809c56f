using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>
/// Turns the template engine's runtime failure into a Chinese message for a bureau's pack maintainer: what went wrong,
/// the expression at the failing place (the data it reads) and what to do. The engine's own words follow in brackets only.
/// </summary>
internal static partial class RenderFailure
{
    public static TemplateException From(ScriptRuntimeException e, string file, string source, string what)
    {
        var (line, column) = (e.Span.Start.Line + 1, e.Span.Start.Column + 1);
        var expression = ExpressionAt(source, e.Span);
        var message = $"{what}无法渲染：{Explain(e.OriginalMessage)}"
            + (expression.Length > 0 ? $"出错的表达式：{expression}。" : "")
            + "这是模板包的问题，不是数据文件的问题：请把本信息发给模板包的维护单位（模板作者见 docs/template-pack.md 的“安全取值”）。"
            + $"（模板引擎原文：{e.OriginalMessage}）";
        return new TemplateException(file, line, column, message);
    }

    /// <summary>The Chinese explanation of an engine message; unknown messages get a general one.</summary>
    public static string Explain(string message)
    {
        if (Match(IndexerMiss(), message) is { } indexer)
            return $"在“{indexer[0]}”中找不到“{indexer[1]}”对应的项（查找表或列表中没有这个键）。查找可能落空时请用 lookup 函数，如 lookup {indexer[0]} {indexer[1]}。";
        if (Match(NullMember(), message) is { } nullMember)
            return $"“{nullMember[0]}”没有值（数据中没有这一项），不能再取它的“{nullMember[1]}”。先用 if 判断它是否存在。";
        if (Match(NullIndexer(), message) is { } nullIndexer)
            return $"“{nullIndexer[0]}”没有值（数据中没有这一项），不能按“{nullIndexer[1]}”查找。先用 if 判断它是否存在。";
        if (Match(NotFound(), message) is { } notFound)
            return $"变量或函数“{notFound[0]}”不存在（拼写错误，或数据中没有这个字段）。可用的变量见 docs/template-pack.md。";
        if (message.EndsWith("for a null object.", StringComparison.Ordinal))
            return "所取成员的对象没有值（数据中没有这一项）。先用 if 判断它是否存在。";
        if (Match(MissingMember(), message) is { } member)
            return $"成员“{member[0]}”不存在（拼写错误，或数据中没有这个字段）。可用的变量和成员见 docs/template-pack.md。";
        if (Match(OutOfBounds(), message) is { } bounds)
            return $"序号 {bounds[0]} 超出了“{bounds[2]}”的范围（共 {bounds[1]} 项）。按序号取值前先判断列表长度。";
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("recursive depth", StringComparison.Ordinal))
            return "循环或递归次数超过上限。检查模板中的循环条件。";
        if (message.Contains("OutputLimit", StringComparison.Ordinal))
            return "渲染出的文字超过了长度上限。";
        return "模板执行出错。";
    }

    private static string[]? Match(Regex regex, string message)
    {
        var match = regex.Match(message);
        return match.Success ? match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToArray() : null;
    }

    /// <summary>The source text of the failing expression: from the enclosing <c>{{</c> to its <c>}}</c> on that line, shortened.</summary>
    private static string ExpressionAt(string source, SourceSpan span)
    {
        var lines = source.Split('\n');
        if (span.Start.Line < 0 || span.Start.Line >= lines.Length) return "";
        var text = lines[span.Start.Line].TrimEnd('\r');
        var column = Math.Clamp(span.Start.Column, 0, text.Length);
        var open = text.LastIndexOf("{{", column, StringComparison.Ordinal);
        var close = text.IndexOf("}}", column, StringComparison.Ordinal);
        var expression = (open >= 0 && close > open ? text[(open + 2)..close] : text).Trim().Trim('~').Trim();
        return expression.Length > 80 ? expression[..80] + "…" : expression;
    }

    [GeneratedRegex(@"Cannot access target `(.*?)` with an (?:untyped )?indexer: (.*)$")]
    private static partial Regex IndexerMiss();

    [GeneratedRegex(@"Object `(.*?)` is null\. Cannot access member: (.*)$")]
    private static partial Regex NullMember();

    [GeneratedRegex(@"(?:Object `(.*?)` is null\. Cannot access indexer|Cannot access target `(.*?)` with a null indexer): (.*)$")]
    private static partial Regex NullIndexer();

    [GeneratedRegex(@"The (?:variable or function|function) `(.*?)` was not found")]
    private static partial Regex NotFound();

    [GeneratedRegex(@"Cannot get (?:the )?member (?:with name )?`?([^`\s]+?)`?\.?(?: for a null object\.)?$")]
    private static partial Regex MissingMember();

    [GeneratedRegex(@"The index (.*?) is out of bounds \[0, (.*?)\] on the `(.*?)`")]
    private static partial Regex OutOfBounds();
}
