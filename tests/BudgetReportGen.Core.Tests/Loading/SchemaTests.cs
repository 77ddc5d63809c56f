using BudgetReportGen.Tests.Shared;
using System.Text.Json.Nodes;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using Json.Schema;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>The published JSON Schema (data/schema/budget-data.schema.json): the samples satisfy it and it names exactly the fields the loader reads.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepoFiles.Schema));
    private static readonly JsonObject SchemaJson = JsonNode.Parse(File.ReadAllText(RepoFiles.Schema))!.AsObject();

    private static EvaluationResults Evaluate(string path) =>
        Schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(DataNodeJson.Read(File.ReadAllText(path), path)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void Sample_files_are_valid_against_the_schema()
    {
        foreach (var path in new[] { RepoFiles.SampleYaml, RepoFiles.SampleJson, RepoFiles.Broken("minimal.yaml") })
        {
            var results = Evaluate(path);
            Assert.True(results.IsValid, path + ": " + string.Join("; ",
                (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
        }
    }

    [Theory]
    [InlineData("unknown-field.yaml")]
    [InlineData("amount-as-text.yaml")]
    [InlineData("negative-amount.yaml")]
    [InlineData("bad-code.yaml")]
    [InlineData("missing-required.yaml")]
    public void Schema_rejects_what_the_loader_rejects(string file) => Assert.False(Evaluate(RepoFiles.Broken(file)).IsValid);

    [Fact]
    public void Schema_declares_draft_2020_12_and_closes_every_object()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)SchemaJson["$schema"]);
        foreach (var node in Objects(SchemaJson))
        {
            Assert.False((bool)node["additionalProperties"]!);
            Assert.All(node["properties"]!.AsObject(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["description"] ?? (string?)Def(p.Value!)?["description"])));
        }
    }

    /// <summary>No drift: following the schema from the root, every object names exactly the loader's fields (and required ones).</summary>
    [Fact]
    public void Schema_properties_match_the_loader_fields()
    {
        var visited = new HashSet<Type>();
        Compare(typeof(BudgetData), SchemaJson, "(root)", visited);
        Assert.Contains(typeof(Indicator), visited);
        Assert.Contains(typeof(Vehicles), visited);
    }

    private static void Compare(Type type, JsonObject schema, string where, HashSet<Type> visited)
    {
        if (!visited.Add(type)) return;
        var fields = DataFormat.Fields(type);
        var properties = schema["properties"]!.AsObject();
        var expected = fields.Select(f => f.Name).Concat(type == typeof(BudgetData) ? [DataFormat.SchemaReference] : []).Order();
        Assert.Equal(expected, properties.Select(p => p.Key).Order());
        var required = schema["required"]?.AsArray().Select(n => (string)n!).Order() ?? Enumerable.Empty<string>();
        Assert.Equal(fields.Where(f => f.Required).Select(f => f.Name).Order(), required);

        foreach (var field in fields)
        {
            var property = properties[field.Name]!.AsObject();
            var fieldType = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
            if (fieldType.IsGenericType && fieldType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                Assert.Equal("array", (string?)property["type"]);
                fieldType = fieldType.GetGenericArguments()[0];
                property = property["items"]!.AsObject();
            }
            var target = Def(property) ?? property;
            if (fieldType.IsEnum)
                Assert.Equal(DataFormat.EnumValues(fieldType).Keys.Order(), target["enum"]!.AsArray().Select(n => (string)n!).Order());
            else if (fieldType.IsGenericType && fieldType.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
                Assert.Equal(DataFormat.EnumValues(fieldType.GetGenericArguments()[0]).Keys.Order(), target["properties"]!.AsObject().Select(p => p.Key).Order());
            else if (fieldType.IsClass && fieldType != typeof(string))
                Compare(fieldType, target, $"{where}.{field.Name}", visited);
        }
    }

    private static JsonObject? Def(JsonNode node) =>
        node["$ref"] is { } reference ? SchemaJson["$defs"]![((string)reference!)["#/$defs/".Length..]]!.AsObject() : null;

    private static IEnumerable<JsonObject> Objects(JsonObject root) =>
        new[] { root }.Concat(root["$defs"]!.AsObject().Select(d => d.Value!.AsObject()).Where(d => (string?)d["type"] == "object"));
}
