using System.Text.Json;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Tests.Shared;
using Json.Schema;

namespace BudgetReportGen.Core.Tests.Sampling;

/// <summary>Written files satisfy the published JSON Schema, as the hand-written samples do.</summary>
public class WrittenSchemaTests
{
    // A registry of its own: the schema has an $id, and SchemaTests registers it in the global one.
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepoFiles.Schema), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    [Fact]
    public void Written_json_of_generated_departments_and_the_sample_is_valid_against_the_schema()
    {
        var data = SampleCorpus.Departments.Take(60).Append(BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!);
        foreach (var (department, i) in data.Select((d, i) => (d, i)))
        {
            using var json = JsonDocument.Parse(BudgetDataWriter.ToJson(department));
            var results = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, $"#{i}: " + string.Join("; ",
                (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
        }
    }
}
