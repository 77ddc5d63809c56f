using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// Reads JSON into a <see cref="DataNode"/> tree with <see cref="Utf8JsonReader"/>, turning each token's byte offset into
/// a 1-based line and a column counted in characters (so a column is right after Chinese text too).
/// </summary>
internal static partial class JsonTreeReader
{
    /// <exception cref="SyntaxError">The text is not well-formed JSON.</exception>
    public static DataNode? Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = InputLimits.MaxDepth });
            if (!reader.Read()) return null;
            var root = ReadValue(ref reader, lines);
            reader.Read(); // throws when anything but whitespace follows the root value
            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = lines.Column(line, (int)(e.BytePositionInLine ?? 0));
            throw new SyntaxError(line + 1, column, PositionSuffix().Replace(e.Message, "").Trim());
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var (line, column) = lines.Locate(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (keyLine, keyColumn) = lines.Locate(reader.TokenStartIndex);
                    var key = Text(ref reader, keyLine, keyColumn);
                    reader.Read();
                    entries.Add(new MappingEntry(key, keyLine, keyColumn, ReadValue(ref reader, lines)));
                }
                return new MappingNode(entries, line, column);
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, lines));
                return new SequenceNode(items, line, column);
            case JsonTokenType.String:
                return new ScalarNode(Text(ref reader, line, column), ScalarKind.String, line, column);
            case JsonTokenType.Number:
                return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number, line, column);
            case JsonTokenType.True or JsonTokenType.False:
                return new ScalarNode(reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarKind.Boolean, line, column);
            default:
                return new ScalarNode("", ScalarKind.Null, line, column);
        }
    }

    /// <summary>A string token's text; an escaped lone surrogate ("\ud800") cannot be decoded and is a syntax error at the token.</summary>
    private static string Text(ref Utf8JsonReader reader, int line, int column)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new SyntaxError(line, column, "文字中有无法解码的字符（不成对的代理项转义，如 \\ud800）；请删除或改正这个转义");
        }
    }

    /// <summary>Byte offsets of line starts, to turn a byte offset into line and character column.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
        }

        public (int Line, int Column) Locate(long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, Column(line, (int)offset - _starts[line]));
        }

        /// <summary>1-based character column of a byte position within a 0-based line.</summary>
        public int Column(int line, int bytePosition)
        {
            if (line >= _starts.Count) return 1;
            var start = _starts[line];
            var length = Math.Clamp(bytePosition, 0, _bytes.Length - start);
            return Encoding.UTF8.GetCharCount(_bytes, start, length) + 1;
        }
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?$")]
    private static partial Regex PositionSuffix();
}
