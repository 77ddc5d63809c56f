using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BudgetReportGen.Core.Loading;

/// <summary>Reads YAML text into a <see cref="DataNode"/> tree from YamlDotNet's parser events, keeping every node's position.</summary>
internal static partial class YamlTreeReader
{
    /// <summary>The tree of the first document, or null for a file with no content.</summary>
    /// <exception cref="SyntaxError">The text is not well-formed YAML.</exception>
    public static DataNode? Read(string text)
    {
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new SyntaxError((int)parser.Current!.Start.Line, (int)parser.Current.Start.Column,
                    "a data file holds one document; found a second one (---)");
            return root is ScalarNode { Kind: ScalarKind.Null } ? null : root;
        }
        catch (YamlException e)
        {
            throw new SyntaxError((int)e.Start.Line, (int)e.Start.Column, StripPosition(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails these ways on some malformed input (reversed surrogate escapes "\udc00\ud800",
            // broken flow scalars) instead of with a YamlException.
            var at = parser?.Current?.Start;
            throw new SyntaxError(at is null ? 1 : (int)at.Value.Line, at is null ? 1 : (int)at.Value.Column, "此处附近的 YAML 结构无法解析（括号、引号或冒号不配对）");
        }
    }

    private static DataNode ReadNode(IParser parser, int depth)
    {
        if (depth > InputLimits.MaxDepth)
            throw new SyntaxError((int)parser.Current!.Start.Line, (int)parser.Current.Start.Column,
                $"嵌套层次过深（超过 {InputLimits.MaxDepth} 层），数据文件只需几层；请检查缩进和括号是否配对");
        if (parser.TryConsume<Scalar>(out var scalar))
            return new ScalarNode(scalar.Value, Classify(scalar), (int)scalar.Start.Line, (int)scalar.Start.Column);

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            var entries = new List<MappingEntry>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, depth + 1);
                if (key is not ScalarNode keyScalar)
                    throw new SyntaxError(key.Line, key.Column, "a mapping key must be plain text");
                entries.Add(new MappingEntry(keyScalar.Text, key.Line, key.Column, ReadNode(parser, depth + 1)));
            }
            return new MappingNode(entries, (int)mappingStart.Start.Line, (int)mappingStart.Start.Column);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<DataNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1));
            return new SequenceNode(items, (int)sequenceStart.Start.Line, (int)sequenceStart.Start.Column);
        }

        var other = parser.Current!;
        throw new SyntaxError((int)other.Start.Line, (int)other.Start.Column,
            other is AnchorAlias ? "anchors and aliases (&name / *name) are not supported in a data file" : $"unexpected {other.GetType().Name}");
    }

    /// <summary>YAML 1.2 core schema for plain scalars; anything quoted (or tagged !!str) is text.</summary>
    private static ScalarKind Classify(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || scalar.Tag is { IsEmpty: false, IsNonSpecific: false } tag && tag.Value == "tag:yaml.org,2002:str") return ScalarKind.String;
        var text = scalar.Value;
        if (text is "" or "~" or "null" or "Null" or "NULL") return ScalarKind.Null;
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return ScalarKind.Boolean;
        return NumberPattern().IsMatch(text) ? ScalarKind.Number : ScalarKind.String;
    }

    private static string StripPosition(string message) => PositionPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
