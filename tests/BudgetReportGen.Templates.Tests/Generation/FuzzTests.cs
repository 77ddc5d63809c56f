using System.Text;
using System.Text.RegularExpressions;
using BudgetReportGen.Core.Checks;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Templates.Generation;
using BudgetReportGen.Templates.Pack;
using BudgetReportGen.Templates.Tests.Engine;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Templates.Tests.Generation;

/// <summary>
/// Structural and value mutations of the sample data (YAML and JSON) and of a pack's files: each must end in diagnostics
/// (or a TemplateException for a pack) or a valid report, never another exception. A fixed seed in CI; for a long run set
/// BUDGETGEN_FUZZ_ITERATIONS (e.g. 200000) and BUDGETGEN_FUZZ_SEED. A failure names the seed and case to replay.
/// </summary>
public partial class FuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_SEED"), out var s) ? s : 20231;
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_ITERATIONS"), out var n) ? n : 0;
    private static int Iterations(int ci) => Scale > 0 ? Scale : ci;

    private static readonly string[] Tokens =
    [
        "\t", ":", ": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "<<: *a", "!!binary ", "!!python/object ", "\"", "'", "#", "---\n", "...\n",
        "%YAML 1.1\n", "~", "null", "true", "\r", "\0", "\u001b[2K", "\u202E", "\uFEFF", "\u2028", "😀", "鿏", "𠀀", "\\ud800", "\\udc00\\ud800", "\\u0000",
        "79228162514264337593543950335", "99999999999999999999999999999999", "-1", "1e400", "NaN", ".inf", "-.inf", "0.0000001", "1,464.64", "0x1F",
        "2023-02-30", "2147483648", "-0", "1_000", new string('x', 5000), new string('[', 200), new string('{', 200), "?", "|", ">", "&", "*",
    ];

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    private static string Mutate(string text, Random random)
    {
        var count = random.Next(1, 4);
        for (var k = 0; k < count && text.Length > 0; k++)
        {
            var lines = text.Split('\n').ToList();
            var token = Tokens[random.Next(Tokens.Length)];
            switch (random.Next(9))
            {
                case 0: lines.RemoveAt(random.Next(lines.Count)); text = string.Join('\n', lines); break;
                case 1: var d = random.Next(lines.Count); lines.Insert(d, lines[d]); text = string.Join('\n', lines); break;
                case 2:
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    text = string.Join('\n', lines);
                    break;
                case 3: text = text.Insert(random.Next(text.Length), token); break;
                case 4:
                    var numbers = NumberPattern().Matches(text);
                    if (numbers.Count > 0)
                    {
                        var m = numbers[random.Next(numbers.Count)];
                        text = text[..m.Index] + token + text[(m.Index + m.Length)..];
                    }
                    break;
                case 5: text = text[..random.Next(text.Length)]; break;
                case 6:
                    var i = random.Next(lines.Count);
                    lines[i] = random.Next(2) == 0 ? "  " + lines[i] : lines[i].TrimStart();
                    text = string.Join('\n', lines);
                    break;
                case 7:
                    var colon = text.IndexOf(": ", random.Next(text.Length), StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        var end = text.IndexOf('\n', colon);
                        text = text[..(colon + 2)] + token + (end < 0 ? "" : text[end..]);
                    }
                    break;
                default: text = text.Remove(random.Next(text.Length), 1); break;
            }
        }
        return text;
    }

    [Fact]
    public void Data_mutations_end_in_diagnostics_or_data()
    {
        var sources = new[] { (RepoFiles.SampleYaml, ".yaml"), (RepoFiles.SampleJson, ".json"), (RepoFiles.Broken("minimal.yaml"), ".yaml") }
            .Select(f => (Text: File.ReadAllText(f.Item1), Extension: f.Item2)).ToList();
        for (var i = 0; i < Iterations(3000); i++)
        {
            var random = new Random(Seed + i);
            var (text, extension) = sources[random.Next(sources.Count)];
            var mutated = Mutate(text, random);
            var result = Record(i, () => BudgetDataLoader.Load(mutated, "fuzz" + extension));
            Assert.True(result.Data is not null || result.Diagnostics.Count > 0, $"case {i} (seed {Seed}): no data and no diagnostic");
        }
    }

    [Fact]
    public void Data_mutations_through_the_whole_pipeline_never_throw()
    {
        var generator = ReportGenerator.Load(RepoFiles.PathOf("templates/liaoning-2023"));
        var folder = Directory.CreateTempSubdirectory("budgetgen-fuzz-").FullName;
        try
        {
            var sample = File.ReadAllText(RepoFiles.SampleYaml);
            for (var i = 0; i < Iterations(600); i++)
            {
                var random = new Random(Seed * 7 + i);
                var path = Path.Combine(folder, $"case{i % 8}.yaml");
                File.WriteAllText(path, Mutate(sample, random));
                var validation = Record(i, () => generator.Validate(path, new CheckOptions()));
                Assert.True(validation.HasErrors || validation.Figures is not null, $"case {i}");
                if (validation.OutputBaseName is { } name)
                    Assert.True(Encoding.UTF8.GetByteCount(name) <= OutputFileName.MaxBytes, $"case {i}: {name}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Pack_mutations_end_in_a_template_error_or_a_document()
    {
        var model = new MiniModel("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10), [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);
        using var pack = new MiniPack();
        var files = new[] { "pack.yaml", "style.yaml", "part.md", "table.yaml" };
        var originals = files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(pack.Folder, f)));
        for (var i = 0; i < Iterations(400); i++)
        {
            var random = new Random(Seed * 13 + i);
            var file = files[random.Next(files.Length)];
            foreach (var (name, text) in originals) File.WriteAllText(Path.Combine(pack.Folder, name), text);
            File.WriteAllText(Path.Combine(pack.Folder, file), Mutate(originals[file], random));
            try
            {
                TemplatePack.Load(pack.Folder).Render(model);
            }
            catch (TemplateException)
            {
                // a placed message: the expected end of a broken pack
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} (seed {Seed}, {file}): {e.GetType().Name}: {e.Message}\n{File.ReadAllText(Path.Combine(pack.Folder, file))}");
            }
        }
    }

    private static T Record<T>(int i, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e)
        {
            Assert.Fail($"case {i} (seed {Seed}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            throw;
        }
    }
}
