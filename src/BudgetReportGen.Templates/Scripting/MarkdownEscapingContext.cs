using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>
/// The Scriban context every template renders in: unknown variables and members are errors (never an empty string),
/// members are snake_case, and every value an expression writes into the Markdown is escaped, so data text
/// (a name with <c>&lt;script&gt;</c>, a duty starting with "1.") is printed as text and never becomes markup.
/// </summary>
internal sealed class MarkdownEscapingContext : TemplateContext
{
    public MarkdownEscapingContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        MemberRenamer = StandardMemberRenamer.Default;
        LoopLimit = 100_000;
        LimitToString = 0; // never cut a value silently: the output as a whole is limited instead (MaxOutputChars)
        // Same output on every machine and every day: numbers and dates in the invariant culture, and no clock (date.now).
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        if (BuiltinObject["date"] is ScriptObject date)
        {
            date.Remove("now");
            date.Import("now", new Func<object>(() => throw new InvalidOperationException("模板中不能使用 date.now：报告中不写生成时间，同样的数据应得到同样的报告。请使用数据中的日期，如 publish_date。")));
        }
    }

    /// <summary>The most characters one template (a part) may write: 4 Mi; more is an error, never a silent cut.</summary>
    public const int MaxOutputChars = 4 * 1024 * 1024;

    /// <summary>Characters written since the last <see cref="ResetOutputCount"/>.</summary>
    private long _written;

    /// <summary>Starts counting a template's output afresh (each part has the whole limit).</summary>
    public void ResetOutputCount() => _written = 0;

    private TemplateContext Counted(SourceSpan span, string text)
    {
        if (Core.Loading.InputLimits.TextProblem(text) is { } problem)
            throw new ScriptRuntimeException(span, $"模板输出的文字中{problem}（如字符串中的 \\x01 转义），这样的字符不能印进报告。请改正模板。");
        _written += text.Length;
        if (_written > MaxOutputChars)
            throw new ScriptRuntimeException(span, $"渲染结果超过 {MaxOutputChars} 个字符的上限（模板可能在循环中输出了过多内容）。报告的一个部分不会这么长，请检查模板中的循环和数据。");
        return base.Write(span, text);
    }

    /// <summary>
    /// The factor from the data's amount unit to the unit being printed (0.0001 for a file in 元 shown in 万元): the pack's
    /// unit in the text, a table's own unit while that table is built. Applied by every amount formatter, so figures stay
    /// exact until displayed.
    /// </summary>
    public decimal AmountScale { get; set; } = 1m;

    /// <summary>False while rendering plain text (table notes, document properties), which is not Markdown.</summary>
    public bool Escaping { get; set; } = true;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        // Only what reaches the document is escaped; output captured by a template function is escaped once, when the
        // function's result is written.
        if (OutputCount > 1) return base.Write(span, textAsObject);
        if (!Escaping) return Counted(span, textAsObject as string ?? ObjectToString(textAsObject) ?? "");
        // Leading spaces are dropped: four of them at a line start would make Markdown read the value as code.
        var text = (textAsObject as string ?? ObjectToString(textAsObject) ?? "").TrimStart();
        return Counted(span, EscapeMarkdown(text));
    }

    /// <summary>
    /// Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them; Markdown and our attribute syntax
    /// give meaning to many, and a chart block's YAML to the rest, e.g. ':' and ','); line breaks become spaces.
    /// </summary>
    internal static string EscapeMarkdown(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var special = IsAsciiPunctuation(c) || c is '\r' or '\n';
            if (!special) { builder?.Append(c); continue; }
            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            if (c is '\r' or '\n') builder.Append(' ');
            else builder.Append('\\').Append(c);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>The characters CommonMark lets a backslash escape: !"#$%&amp;'()*+,-./:;&lt;=&gt;?@[\]^_`{|}~.</summary>
    internal static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
