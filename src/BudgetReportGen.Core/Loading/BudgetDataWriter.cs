using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>The two spellings of a data file.</summary>
public enum DataFileFormat { Yaml, Json }

/// <summary>
/// Writes a <see cref="BudgetData"/> as a data file (YAML or JSON) in exactly the shape <see cref="BudgetDataLoader"/> reads,
/// by the same <see cref="DataFormat"/> convention (snake_case fields, spoken enum names), so fields added to the model later
/// are written without changes here. Amounts are written exactly (invariant culture, never an exponent); codes and any text
/// YAML could read as something else are quoted; a field still at the value the loader would give it anyway is left out
/// (required fields and enum values are always written). The same data always gives the same bytes.
/// </summary>
public static class BudgetDataWriter
{
    /// <summary>The data as YAML text (LF line ends, ending with a newline); <paramref name="comments"/> become leading “#” lines.</summary>
    public static string ToYaml(BudgetData data, IReadOnlyList<string>? comments = null)
    {
        var text = new StringBuilder();
        foreach (var comment in comments ?? [])
            text.Append('#').Append(comment.Length == 0 ? "" : " " + comment.ReplaceLineEndings(" ")).Append('\n');
        YamlEmitter.Document(text, WrittenTree.Of(data));
        return text.ToString();
    }

    /// <summary>The data as indented JSON text (LF line ends, ending with a newline).</summary>
    public static string ToJson(BudgetData data)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   NewLine = "\n",
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
            JsonEmitter.Value(json, WrittenTree.Of(data));
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string Write(BudgetData data, DataFileFormat format) => format == DataFileFormat.Json ? ToJson(data) : ToYaml(data);

    /// <summary>The format a file name asks for: .json is JSON, anything else YAML (as the loader decides).</summary>
    public static DataFileFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? DataFileFormat.Json : DataFileFormat.Yaml;

    /// <summary>Writes the file (UTF-8 without byte-order mark) in the format its extension names.</summary>
    public static void WriteFile(BudgetData data, string path) =>
        File.WriteAllText(path, Write(data, FormatOf(path)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

/// <summary>What a value is written as: a number, a true/false, text (a code is always quoted), a date, a mapping or a list.</summary>
internal enum WrittenKind { Number, Boolean, Text, Code, Date }

internal abstract record WrittenNode;

internal sealed record WrittenScalar(string Text, WrittenKind Kind) : WrittenNode;

/// <summary>A mapping; <see cref="ByName"/> marks the enum-keyed amounts (this_year: { general_public_budget: … }).</summary>
internal sealed record WrittenMapping(IReadOnlyList<KeyValuePair<string, WrittenNode>> Entries, bool ByName = false) : WrittenNode
{
    /// <summary>Every value is a scalar or an enum-keyed mapping: short enough for one line ({ code: "30101", … }).</summary>
    public bool IsFlat => Entries.All(e => e.Value is WrittenScalar or WrittenMapping { ByName: true });
}

internal sealed record WrittenList(IReadOnlyList<WrittenNode> Items) : WrittenNode;

/// <summary>The model turned into the tree a file holds, by reflection over <see cref="DataFormat.Fields"/>.</summary>
internal static class WrittenTree
{
    public static WrittenMapping Of(BudgetData data) => Record(data);

    /// <summary>A record's fields, leaving out those still at the value of a new record (what the loader starts from).</summary>
    private static WrittenMapping Record(object record)
    {
        var type = record.GetType();
        var baseline = Activator.CreateInstance(type)!;
        var entries = new List<KeyValuePair<string, WrittenNode>>();
        foreach (var field in DataFormat.Fields(type))
        {
            var value = field.Property.GetValue(record);
            var standard = field.Property.GetValue(baseline);
            if (!field.Required && IsStandard(value, standard)) continue;
            if (value is null) continue; // a nullable field left empty
            var node = Value(value, CodeRule.For(type, field.Property.Name) is not null);
            // A nested record with nothing to say is left out when the loader's own default says nothing either.
            if (!field.Required && node is WrittenMapping { Entries.Count: 0, ByName: false }
                && standard is not null && standard.GetType() == value.GetType() && Record(standard).Entries.Count == 0) continue;
            entries.Add(KeyValuePair.Create(field.Name, node));
        }
        return new WrittenMapping(entries);
    }

    /// <summary>True when the loader would give the field this value without the file writing it.</summary>
    private static bool IsStandard(object? value, object? standard) => value switch
    {
        null => standard is null,
        Enum => false, // written even at their default (source: general_public_budget), as people read them
        string or decimal or int or bool or DateOnly => value.Equals(standard),
        IDictionary dictionary => dictionary.Count == 0 && standard is IDictionary { Count: 0 },
        IList list => list.Count == 0 && standard is IList { Count: 0 },
        _ => false,
    };

    private static WrittenNode Value(object value, bool isCode) => value switch
    {
        string text => new WrittenScalar(text, isCode ? WrittenKind.Code : WrittenKind.Text),
        decimal amount => new WrittenScalar(amount.ToString(CultureInfo.InvariantCulture), WrittenKind.Number),
        int count => new WrittenScalar(count.ToString(CultureInfo.InvariantCulture), WrittenKind.Number),
        bool flag => new WrittenScalar(flag ? "true" : "false", WrittenKind.Boolean),
        DateOnly date => new WrittenScalar(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), WrittenKind.Date),
        Enum member => new WrittenScalar(DataFormat.EnumValue(member), WrittenKind.Text),
        IDictionary dictionary => new WrittenMapping(dictionary.Keys.Cast<Enum>().Order()
            .Select(key => KeyValuePair.Create(DataFormat.EnumValue(key), Value(dictionary[key]!, false))).ToList(), ByName: true),
        IList list => new WrittenList(list.Cast<object>().Select(item => Value(item, false)).ToList()),
        _ => Record(value),
    };
}

/// <summary>YAML in block style, with one-line flow mappings for flat list items (rows) and enum-keyed amounts, like the examples.</summary>
internal static class YamlEmitter
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf",
    };

    public static void Document(StringBuilder text, WrittenMapping root) => Mapping(text, root, 0);

    private static void Mapping(StringBuilder text, WrittenMapping mapping, int indent)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            text.Append(' ', indent).Append(key).Append(':');
            switch (value)
            {
                case WrittenScalar scalar:
                    text.Append(' ').Append(Scalar(scalar)).Append('\n');
                    break;
                case WrittenMapping { Entries.Count: 0 }:
                    text.Append(" {}\n");
                    break;
                case WrittenMapping { ByName: true } byName:
                    text.Append(' ').Append(Flow(byName)).Append('\n');
                    break;
                case WrittenMapping nested:
                    text.Append('\n');
                    Mapping(text, nested, indent + 2);
                    break;
                case WrittenList { Items.Count: 0 }:
                    text.Append(" []\n");
                    break;
                case WrittenList list:
                    text.Append('\n');
                    List(text, list, indent + 2);
                    break;
            }
        }
    }

    private static void List(StringBuilder text, WrittenList list, int indent)
    {
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case WrittenScalar scalar:
                    text.Append(' ', indent).Append("- ").Append(Scalar(scalar)).Append('\n');
                    break;
                case WrittenMapping mapping when mapping.IsFlat:
                    text.Append(' ', indent).Append("- ").Append(Flow(mapping)).Append('\n');
                    break;
                case WrittenMapping mapping:
                    // The first field on the dash's line, the others under it.
                    var nested = new StringBuilder();
                    Mapping(nested, mapping, indent + 2);
                    text.Append(' ', indent).Append("- ").Append(nested, indent + 2, nested.Length - indent - 2);
                    break;
                case WrittenList inner:
                    text.Append(' ', indent).Append("-\n");
                    List(text, inner, indent + 2);
                    break;
            }
        }
    }

    private static string Flow(WrittenMapping mapping) => mapping.Entries.Count == 0
        ? "{}"
        : "{ " + string.Join(", ", mapping.Entries.Select(e => $"{e.Key}: {(e.Value is WrittenMapping m ? Flow(m) : Scalar((WrittenScalar)e.Value))}")) + " }";

    private static string Scalar(WrittenScalar scalar) => scalar.Kind switch
    {
        WrittenKind.Number or WrittenKind.Boolean or WrittenKind.Date => scalar.Text,
        WrittenKind.Code => Quoted(scalar.Text),
        _ => IsPlainSafe(scalar.Text) ? scalar.Text : Quoted(scalar.Text),
    };

    /// <summary>
    /// Text that every YAML reader (1.1 or 1.2, block or flow context) reads back as this same text when written without quotes:
    /// no YAML indicator or ASCII punctuation beyond <c>_ . - ( ) /</c>, not starting like a number, date, sign or list item,
    /// no surrounding or unusual spaces, no control or format characters, and not a word YAML reads as true/false/null.
    /// Chinese text with full-width punctuation (，：（）“”) is plain.
    /// </summary>
    internal static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || ReservedWords.Contains(text)) return false;
        var first = text[0];
        if (char.IsAsciiDigit(first) || first is ' ' or '-' or '.' or '_' or '(' or ')' or '/') return false;
        if (text[^1] == ' ') return false;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '.' or '-' or '(' or ')' or '/') continue;
                return false;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return false;
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) return false;
        }
        return true;
    }

    /// <summary>A double-quoted scalar: backslash, quote and every control or line-separator character escaped.</summary>
    internal static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                    quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }
}

internal static class JsonEmitter
{
    public static void Value(Utf8JsonWriter json, WrittenNode node)
    {
        switch (node)
        {
            case WrittenScalar { Kind: WrittenKind.Number } number:
                json.WriteRawValue(number.Text);
                break;
            case WrittenScalar { Kind: WrittenKind.Boolean } flag:
                json.WriteBooleanValue(flag.Text == "true");
                break;
            case WrittenScalar text:
                json.WriteStringValue(text.Text);
                break;
            case WrittenMapping mapping:
                json.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    json.WritePropertyName(key);
                    Value(json, value);
                }
                json.WriteEndObject();
                break;
            case WrittenList list:
                json.WriteStartArray();
                foreach (var item in list.Items) Value(json, item);
                json.WriteEndArray();
                break;
        }
    }
}
