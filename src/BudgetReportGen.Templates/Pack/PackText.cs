using BudgetReportGen.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetReportGen.Templates.Pack;

/// <summary>Reads a pack's text file through <see cref="InputFile"/> (regular file, size limit, strict UTF-8/UTF-16): faults become <see cref="TemplateException"/>s.</summary>
internal static class PackText
{
    /// <summary>The largest pack text file: 4 MiB (a part is some KiB).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    public static string Read(string path)
    {
        string text;
        try
        {
            text = InputFile.ReadText(path, MaxBytes);
        }
        catch (InputFileException e)
        {
            throw new TemplateException(path, e.Line, e.Column, e.Reason);
        }
        // A control character would be published (or break the Word writer's XML): refused with its place.
        var bad = InputLimits.ProblemIndex(text);
        if (bad >= 0)
        {
            var line = 1 + text.AsSpan(0, bad).Count('\n');
            var column = bad - (text.LastIndexOf('\n', Math.Max(0, bad - 1)) is var nl && nl >= 0 && nl < bad ? nl + 1 : 0) + 1;
            throw new TemplateException(path, line, column, $"文件中{InputLimits.TextProblem(text)}。请删除该字符（多半是从别处复制时带进来的）。");
        }
        return text;
    }
}

/// <summary>
/// Limits on a pack's YAML before it is loaded into a tree: nesting depth (a deep file would overflow the stack) and the
/// number of nodes with every alias expanded (an alias bomb would fill the memory when the tree is walked).
/// </summary>
internal static class YamlLimits
{
    public const int MaxDepth = 64;
    public const long MaxExpandedNodes = 200_000;

    /// <exception cref="TemplateException">The text exceeds a limit.</exception>
    /// <exception cref="YamlException">The text is not well-formed YAML.</exception>
    public static void Check(string text, string path)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();
        long total = 0;
        void Count(long size, ParsingEvent at)
        {
            total += size;
            if (total > MaxExpandedNodes)
                throw new TemplateException(path, (int)at.Start.Line, (int)at.Start.Column,
                    $"YAML 文件展开锚点（&）与别名（*）后节点过多（超过 {MaxExpandedNodes} 个）。请直接写出内容，不要用别名层层引用。");
        }
        void AddToParent(long size)
        {
            if (open.Count > 0) { var (anchor, s) = open.Pop(); open.Push((anchor, s + size)); }
        }
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    Count(1, scalar);
                    AddToParent(1);
                    break;
                case AnchorAlias alias:
                    var aliased = sizes.GetValueOrDefault(alias.Value.Value, 1);
                    Count(aliased, alias);
                    AddToParent(aliased);
                    break;
                case NodeEvent start and (MappingStart or SequenceStart):
                    if (open.Count >= MaxDepth)
                        throw new TemplateException(path, (int)start.Start.Line, (int)start.Start.Column,
                            $"YAML 嵌套层次过深（超过 {MaxDepth} 层）。请检查缩进和括号是否配对。");
                    Count(1, start);
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 1));
                    break;
                case MappingEnd or SequenceEnd:
                    var (name, size) = open.Pop();
                    if (name is not null) sizes[name] = size;
                    AddToParent(size);
                    break;
            }
        }
    }
}
