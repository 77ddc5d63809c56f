using BudgetReportGen.Cli;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary>
/// Mutated data through the whole command (all three writers): every run ends in exit 0, 1 or 2 with its messages — never
/// exit 3 — and leaves no temporary file. Fixed seed; BUDGETGEN_FUZZ_ITERATIONS and BUDGETGEN_FUZZ_SEED for long runs.
/// </summary>
public class GenerateFuzzTests
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_SEED"), out var s) ? s : 4242;
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_ITERATIONS"), out var n) ? n : 80;

    private static readonly string[] Values =
    [
        "😀", "鿏", "𠀀", "\"\\e[2K\"", "\"\\u202E\"", "0", "-1", "1000000000000000", "0.000000000001", "79228162514264337593543950335", "\"\"",
        new string('长', 300), "\"<script>alert(1)</script>\"", "\"CON\"", "\"../../etc/passwd\"", "~", "[]", "{}", "1,464.64", "2023-02-30",
    ];

    [Fact]
    public void Mutated_data_never_ends_in_an_internal_error()
    {
        var sample = File.ReadAllLines(RepoFiles.SampleYaml);
        var pack = RepoFiles.PathOf("templates/liaoning-2023");
        var folder = Directory.CreateTempSubdirectory("budgetgen-genfuzz-").FullName;
        try
        {
            for (var i = 0; i < Iterations; i++)
            {
                var random = new Random(Seed + i);
                var lines = sample.ToArray();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var at = random.Next(lines.Length);
                    var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0 && !lines[at].TrimStart().StartsWith('#'))
                        lines[at] = lines[at][..(colon + 2)] + Values[random.Next(Values.Length)];
                }
                var data = Path.Combine(folder, $"case{i}.yaml");
                File.WriteAllLines(data, lines);
                var output = new StringWriter();
                var exit = Program.Run(["generate", data, "--template", pack, "--out", Path.Combine(folder, "out")], output);
                Assert.True(exit is 0 or 1 or 2, $"case {i} (seed {Seed}): exit {exit}\n{output}");
                Assert.DoesNotContain("内部错误", output.ToString());
                Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder), "*.tmp", SearchOption.AllDirectories));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
