using CsCheck;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>
/// CsCheck fuzzing of the data loader: structural and value mutations of the sample (YAML and JSON) end in data or diagnostics,
/// never an exception. A fixed seed in CI; BUDGETGEN_FUZZ_ITERATIONS and BUDGETGEN_FUZZ_CSCHECK_SEED (the seed a failure prints, after shrinking; "random" for a
/// fresh one) for long runs and replays.
/// </summary>
public class LoaderFuzzTests
{
    private const string CiSeed = "0001iLLpHD11";
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_ITERATIONS"), out var n) ? n : 3000;
    private static readonly string? Seed = Environment.GetEnvironmentVariable("BUDGETGEN_FUZZ_CSCHECK_SEED") switch
    {
        "random" => null, // a fresh seed each run (printed on a failure)
        { Length: > 0 } s => s,
        _ => CiSeed,
    };

    private static readonly string[] Tokens =
    [
        "\t", ":", ": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "<<: *a", "!!binary ", "\"", "'", "#", "---\n", "%YAML 1.1\n", "~",
        "\r", "\0", "\u001b[2K", "\u202E", "\uFEFF", "😀", "鿏", "𠀀", "\\ud800", "\\udc00\\ud800", "79228162514264337593543950335", "1e400",
        "NaN", "-.inf", "0.0000000000001", "1,464.64", "2023-02-30", "2147483648", "-0", new string('[', 100), new string('{', 100), "|", ">",
    ];

    private static readonly (string Text, string Name)[] Sources =
    [
        (File.ReadAllText(RepoFiles.SampleYaml), "fuzz.yaml"),
        (File.ReadAllText(RepoFiles.SampleJson), "fuzz.json"),
        (File.ReadAllText(RepoFiles.Broken("minimal.yaml")), "fuzz.yaml"),
    ];

    /// <summary>A mutation: kind, where (a fraction of the text, in millionths), and which token.</summary>
    private static readonly Gen<(int Kind, int At, int Token)> Mutation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 999_999], Gen.Int[0, Tokens.Length - 1]);

    private static readonly Gen<(int Source, (int Kind, int At, int Token)[] Mutations)> Case =
        Gen.Select(Gen.Int[0, Sources.Length - 1], Mutation.Array[1, 4]);

    private static string Apply(string text, (int Kind, int At, int Token)[] mutations)
    {
        foreach (var (kind, at, token) in mutations)
        {
            if (text.Length == 0) break;
            var position = (int)((long)at * text.Length / 1_000_000);
            var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
            var lineEnd = text.IndexOf('\n', position) is var e and >= 0 ? e : text.Length;
            text = kind switch
            {
                0 => text.Insert(position, Tokens[token]), // insert a hostile token
                1 => text.Remove(lineStart, Math.Min(text.Length, lineEnd + 1) - lineStart), // delete a line
                2 => text.Insert(lineStart, text[lineStart..lineEnd] + "\n"), // duplicate a line
                3 => text.Insert(lineStart, "  "), // indent a line
                4 => text[..position], // truncate
                _ => text.Remove(position, Math.Min(1, text.Length - position)), // delete a character
            };
        }
        return text;
    }

    [Fact]
    public void Mutated_data_ends_in_data_or_diagnostics()
    {
        Case.Sample(c =>
        {
            var (text, name) = Sources[c.Source];
            var result = BudgetDataLoader.Load(Apply(text, c.Mutations), name);
            return result.Data is not null || result.Diagnostics.Count > 0;
        }, seed: Seed, iter: Iterations, threads: 1);
    }
}
