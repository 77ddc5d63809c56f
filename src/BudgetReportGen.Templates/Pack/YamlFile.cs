using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BudgetReportGen.Templates.Pack;

/// <summary>
/// Reads a pack's YAML file (manifest, style, table spec) keeping node positions, so every fault names file, line and column.
/// </summary>
internal sealed class YamlFile(string path, YamlMappingNode root)
{
    public string Path { get; } = path;
    public YamlMappingNode Root { get; } = root;

    public static YamlFile Load(string path) => Parse(PackText.Read(path), path);

    /// <summary>Parses YAML text that came from <paramref name="path"/> (a file, or a block inside one).</summary>
    public static YamlFile Parse(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            YamlLimits.Check(text, path);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new TemplateException(path, (int)e.Start.Line, (int)e.Start.Column, $"YAML 格式错误：{e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails this way on some malformed input instead of with a YamlException.
            throw new TemplateException(path, 1, 1, "YAML 格式错误：文件中有无法解析的结构（括号、引号或冒号不配对）。");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new TemplateException(path, 1, 1, "文件应为一个 YAML 映射（键: 值）。");
        return new YamlFile(path, map);
    }

    public TemplateException Error(YamlNode node, string message) =>
        new(Path, (int)node.Start.Line, (int)node.Start.Column, message);

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlNode Require(YamlMappingNode map, string key) =>
        Get(map, key) ?? throw Error(map, $"缺少字段“{key}”。");

    public string String(YamlMappingNode map, string key, string? fallback = null) =>
        Get(map, key) switch
        {
            YamlScalarNode s => s.Value ?? "",
            null when fallback is not null => fallback,
            null => throw Error(map, $"缺少字段“{key}”。"),
            var other => throw Error(other, $"字段“{key}”应为文本。"),
        };

    public double Number(YamlMappingNode map, string key, double? fallback = null)
    {
        var node = Get(map, key);
        if (node is null)
            return fallback ?? throw Error(map, $"缺少字段“{key}”。");
        if (node is YamlScalarNode s && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)
            && double.IsFinite(v))
            return v;
        throw Error(node, $"字段“{key}”应为数值。");
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>]; NaN, infinities and values outside are refused with the range.</summary>
    public double Number(YamlMappingNode map, string key, double min, double max, double? fallback = null)
    {
        var value = Number(map, key, fallback);
        if (value < min || value > max)
            throw Error(Get(map, key) ?? map, $"字段“{key}”的值 {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} 超出范围，应在 {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{max.ToString(System.Globalization.CultureInfo.InvariantCulture)} 之间。");
        return value;
    }

    public bool Bool(YamlMappingNode map, string key, bool fallback) =>
        Get(map, key) switch
        {
            null => fallback,
            YamlScalarNode { Value: "true" } => true,
            YamlScalarNode { Value: "false" } => false,
            var other => throw Error(other, $"字段“{key}”应为 true 或 false。"),
        };

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what}应为映射（键: 值）。");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what}应为列表。");

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key) =>
        Get(map, key) switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode s ? s.Value ?? "" : throw Error(c, $"“{key}”的每一项应为文本。")).ToList(),
            YamlScalarNode s => [s.Value ?? ""],
            var other => throw Error(other, $"字段“{key}”应为文本列表。"),
        };

    /// <summary>Fails on keys not in <paramref name="known"/>, so a misspelt key is caught rather than ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw Error(key, $"未知字段“{name}”，可用字段：{string.Join("、", known)}。");
        }
    }
}
