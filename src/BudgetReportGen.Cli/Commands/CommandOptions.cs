using System.Globalization;
using BudgetReportGen.Core.Checks;

namespace BudgetReportGen.Cli.Commands;

/// <summary>
/// The options <c>validate</c> and <c>generate</c> share, parsed from the arguments: the data files, <c>--template</c>,
/// <c>--packs</c>, <c>--tolerance</c>, <c>--option</c> (a pack option, repeatable), and the options a command adds (each takes a value).
/// </summary>
public sealed class CommandOptions
{
    public List<string> Files { get; } = [];
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public string? Template => Values.GetValueOrDefault("--template");

    /// <summary>The pack's options set for this run (--option 图解=true, repeatable), in the order given.</summary>
    public List<KeyValuePair<string, string>> PackOptions { get; } = [];

    /// <summary>The folder of packs to look a pack name up in first (else BUDGETGEN_PACKS).</summary>
    public string? Packs => Values.GetValueOrDefault("--packs");

    /// <summary>The digest the pack must have (--pack-sha256, else BUDGETGEN_PACK_SHA256), or null: not checked.</summary>
    public string? PackSha256 => Values.GetValueOrDefault("--pack-sha256")
        ?? (Environment.GetEnvironmentVariable(PackDigestVariable) is { Length: > 0 } digest ? digest : null);

    /// <summary>The environment variable that gives the digest every pack used must have.</summary>
    public const string PackDigestVariable = "BUDGETGEN_PACK_SHA256";

    public CheckOptions Checks => new() { Tolerance = Values.TryGetValue("--tolerance", out var t) ? decimal.Parse(t, CultureInfo.InvariantCulture) : 0m };

    /// <summary>Parses <paramref name="args"/>; returns an error message for the user, or null.</summary>
    public static (CommandOptions Options, string? Error) Parse(IReadOnlyList<string> args, string command, params string[] commandOptions) =>
        Parse(args, command, commandOptions, []);

    /// <summary>Parses <paramref name="args"/> with options that take a value and <paramref name="flags"/> that do not.</summary>
    public static (CommandOptions Options, string? Error) Parse(IReadOnlyList<string> args, string command, string[] commandOptions, string[] flags)
    {
        var known = new[] { "--template", "--packs", "--tolerance", "--pack-sha256" }.Concat(commandOptions).ToHashSet();
        var options = new CommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                options.Files.Add(arg);
                continue;
            }
            if (flags.Contains(arg))
            {
                options.Flags.Add(arg);
                continue;
            }
            if (!known.Contains(arg) && arg != "--option") return (options, $"{command} 不认识选项“{arg}”。");
            if (i + 1 >= args.Count) return (options, $"选项 {arg} 后面应给出值。");
            var value = args[++i];
            if (arg != "--option")
                options.Values[arg] = value;
            else if (value.Split('=', 2) is [{ Length: > 0 } name, var setting])
                options.PackOptions.Add(new(name.Trim(), setting.Trim()));
            else
                return (options, $"--option 应写成“名称=值”，如 --option 图解=true；实际为“{value}”。");
        }
        if (options.Values.TryGetValue("--tolerance", out var tolerance)
            && (!decimal.TryParse(tolerance, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) || t < 0))
            return (options, $"--tolerance 应为不小于 0 的数，如 0.01；实际为“{tolerance}”。");
        if (options.Files.Count == 0) return (options, $"请给出数据文件，如 budgetgen {command} data.yaml。");
        return (options, null);
    }
}
