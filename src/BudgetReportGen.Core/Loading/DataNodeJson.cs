using System.Globalization;
using System.Text.Json.Nodes;

namespace BudgetReportGen.Core.Loading;

/// <summary>A data file's tree as a JSON value (numbers keep their written text): to validate YAML against the JSON Schema, or to convert a file.</summary>
internal static class DataNodeJson
{
    public static JsonNode? ToJson(DataNode node) => node switch
    {
        MappingNode m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        SequenceNode s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        ScalarNode { Kind: ScalarKind.String } s => JsonValue.Create(s.Text),
        ScalarNode { Kind: ScalarKind.Boolean } s => JsonValue.Create(s.Text.Equals("true", StringComparison.OrdinalIgnoreCase)),
        ScalarNode { Kind: ScalarKind.Number } s => Number(s.Text),
        _ => null,
    };

    /// <summary>Reads a file's tree (YAML or JSON by extension) as JSON; null when it does not parse.</summary>
    public static JsonNode? Read(string text, string fileName)
    {
        try
        {
            var tree = Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? JsonTreeReader.Read(text)
                : YamlTreeReader.Read(text);
            return tree is null ? null : ToJson(tree);
        }
        catch (SyntaxError)
        {
            return null;
        }
    }

    private static JsonNode Number(string text)
    {
        try
        {
            return JsonNode.Parse(text)!; // keeps the exact text (276.40 stays 276.40)
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(decimal.Parse(text.TrimStart('+'), NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }
}
