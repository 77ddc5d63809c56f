using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Charts;
using BudgetReportGen.Templates.Markdown;
using BudgetReportGen.Templates.Scripting;
using BudgetReportGen.Templates.Tables;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace BudgetReportGen.Templates.Pack;

/// <summary>
/// A template pack: a folder a finance bureau ships (manifest <c>pack.yaml</c>, Markdown + Scriban parts, one YAML spec per table,
/// <c>style.yaml</c>, classification CSVs). Loaded and parsed once; <see cref="Render"/> is then safe to call from many threads.
/// It knows nothing of budgets: the model's public properties become the templates' variables (in snake_case).
/// </summary>
public sealed class TemplatePack
{
    private readonly PackInfo _info;
    private readonly TextTemplate _coverTitle;
    private readonly TextTemplate _coverLines;
    private readonly (string Title, int MaxLevel) _toc;
    private readonly IReadOnlyList<TextTemplate> _parts;
    private readonly IReadOnlyList<TableSpec> _tables;
    private readonly IReadOnlyList<Requirement> _required;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _lookups;
    private readonly IReadOnlyDictionary<string, NumberStyle> _numberStyles;
    private readonly TotalsConvention _totals;
    private readonly TextTemplate _outputName;
    private readonly IReadOnlyDictionary<string, string> _ruleTables;
    private SortedDictionary<string, bool> _options;

    public string Folder { get; }
    public string Id { get; }
    public string Name { get; }
    public string Version { get; }
    public int Year { get; }
    public DocumentStyle Style { get; }
    /// <summary>The unit the pack prints amounts in (its text and table notes say it); data in another unit is converted.</summary>
    public AmountUnit AmountUnit { get; }
    /// <summary>The folder of the classification CSVs.</summary>
    public string ClassificationsFolder { get; }
    /// <summary>The folder of fonts the pack ships (may not exist).</summary>
    public string FontsFolder { get; }
    /// <summary>
    /// The pack's switches (pack.yaml <c>options</c>, e.g. 图解: false) as this pack renders them: the templates read them as
    /// <c>options.图解</c>; <see cref="WithOptions"/> turns them on or off for a run.
    /// </summary>
    public IReadOnlyDictionary<string, bool> Options => _options;

    private TemplatePack(string folder, YamlFile manifest)
    {
        Folder = folder;
        var root = manifest.Root;
        manifest.OnlyKeys(root, "id", "name", "version", "year", "style", "classifications", "fonts", "info", "cover", "toc", "table_defaults",
            "parts", "tables", "required", "checks", "lookups", "amount_unit", "number_styles", "totals", "output_name", "rule_tables", "options");
        Id = manifest.String(root, "id");
        Name = manifest.String(root, "name");
        Version = manifest.String(root, "version");
        Year = (int)manifest.Number(root, "year", 1900, 9999);
        AmountUnit = Unit(manifest, root, "amount_unit") ?? AmountUnit.TenThousandYuan;
        _numberStyles = manifest.Get(root, "number_styles") is { } styles
            ? manifest.Mapping(styles, "number_styles").Children.ToDictionary(
                kv => (kv.Key as YamlScalarNode)?.Value ?? throw manifest.Error(kv.Key, "number_styles 的键应为格式名称。"),
                kv => NumberStyleOf(manifest, manifest.Mapping(kv.Value, "number_styles 的每一项")))
            : new Dictionary<string, NumberStyle>();
        _totals = manifest.String(root, "totals", "rounded_sum") switch
        {
            "rounded_sum" => TotalsConvention.RoundedSum,
            "sum_of_rounded" => TotalsConvention.SumOfRounded,
            var other => throw manifest.Error(manifest.Require(root, "totals"), $"totals 的值“{other}”无效，应为 rounded_sum（合计按精确值四舍五入）或 sum_of_rounded（合计等于各项四舍五入后之和）。"),
        };
        _outputName = TextTemplate.Parse(manifest.Path, manifest.String(root, "output_name", "{{ data.department.name }}-{{ data.year }}-部门预算公开"));
        _ruleTables = manifest.Get(root, "rule_tables") is { } ruleTables
            ? manifest.Mapping(ruleTables, "rule_tables").Children.ToDictionary(
                kv => (kv.Key as YamlScalarNode)?.Value ?? throw manifest.Error(kv.Key, "rule_tables 的键应为规则编号。"),
                kv => (kv.Value as YamlScalarNode)?.Value ?? throw manifest.Error(kv.Value, "rule_tables 的值应为文字（本模板包中对应的表）。"))
            : new Dictionary<string, string>();
        _options = new SortedDictionary<string, bool>(manifest.Get(root, "options") is { } options
            ? manifest.Mapping(options, "options").Children.ToDictionary(
                kv => (kv.Key as YamlScalarNode)?.Value ?? throw manifest.Error(kv.Key, "options 的键应为选项名称。"),
                kv => (kv.Value as YamlScalarNode)?.Value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw manifest.Error(kv.Value, "options 的每一项应为 true（默认打开）或 false（默认关闭）。"),
                })
            : new Dictionary<string, bool>(), StringComparer.Ordinal);
        // Every path the pack names stays inside the pack folder (symbolic links resolved): a pack cannot publish other files.
        string Inside(string key, string relative) =>
            PackPaths.Inside(folder, relative) ?? throw manifest.Error(manifest.Get(root, key) ?? root, PackPaths.OutsideMessage(key, relative));
        Style = StyleFile.Load(Inside("style", manifest.String(root, "style", "style.yaml")));
        ClassificationsFolder = Inside("classifications", manifest.String(root, "classifications", "classifications"));
        foreach (var file in ClassificationCatalogFiles)
            Inside("classifications", Path.Combine(manifest.String(root, "classifications", "classifications"), file));
        FontsFolder = Inside("fonts", manifest.String(root, "fonts", "fonts"));

        var info = manifest.Mapping(manifest.Require(root, "info"), "info");
        manifest.OnlyKeys(info, "title", "subject", "author", "date");
        _info = new PackInfo(
            TextTemplate.Parse(manifest.Path, manifest.String(info, "title")),
            TextTemplate.Parse(manifest.Path, manifest.String(info, "subject")),
            TextTemplate.Parse(manifest.Path, manifest.String(info, "author")),
            Expr(manifest, info, "date"));

        var cover = manifest.Mapping(manifest.Require(root, "cover"), "cover");
        manifest.OnlyKeys(cover, "title", "lines");
        _coverTitle = TextTemplate.Parse(manifest.Path, manifest.String(cover, "title"));
        _coverLines = TextTemplate.Parse(manifest.Path, manifest.String(cover, "lines", ""));

        var toc = manifest.Mapping(manifest.Require(root, "toc"), "toc");
        manifest.OnlyKeys(toc, "title", "max_level");
        _toc = (manifest.String(toc, "title"), (int)manifest.Number(toc, "max_level", 1, 6, 2));

        var defaults = manifest.Get(root, "table_defaults") is { } d ? manifest.Mapping(d, "table_defaults") : new YamlMappingNode();
        manifest.OnlyKeys(defaults, "left_note", "right_note", "caption_number", "toc_label", "unit", "continued", "number_position");
        var tableDefaults = new TableDefaults(manifest.String(defaults, "left_note", ""), manifest.String(defaults, "right_note", ""),
            manifest.String(defaults, "caption_number", "表{{ number }}"), manifest.String(defaults, "toc_label", "{{ cn number }}、{{ title }}"),
            Unit(manifest, defaults, "unit"), manifest.String(defaults, "continued", ""),
            TableSpecFile.NumberBelowTitle(manifest, defaults, false));

        _lookups = manifest.Get(root, "lookups") is { } lookups
            ? manifest.Mapping(lookups, "lookups").Children.ToDictionary(
                kv => (kv.Key as YamlScalarNode)?.Value ?? throw manifest.Error(kv.Key, "lookups 的键应为名称。"),
                kv => LookupFile.Load((kv.Value as YamlScalarNode)?.Value is { } relative
                    ? PackPaths.Inside(folder, relative) ?? throw manifest.Error(kv.Value, PackPaths.OutsideMessage("lookups", relative))
                    : throw manifest.Error(kv.Value, "lookups 的值应为 CSV 文件路径。")))
            : new Dictionary<string, IReadOnlyDictionary<string, string>>();
        _parts = manifest.Strings(root, "parts").Select(p => TextTemplate.Load(Inside("parts", p))).ToList();
        _tables = manifest.Strings(root, "tables").Select(t => TableSpecFile.Load(Inside("tables", t), tableDefaults)).ToList();
        var duplicate = _tables.GroupBy(t => t.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new TemplateException(duplicate.Last().File, 1, 1, $"表号 {duplicate.Key} 重复（另见 {duplicate.First().File}）。");

        _required = Requirements(manifest, root, "required", "pack.required").Concat(Requirements(manifest, root, "checks", null)).ToList();
    }

    /// <summary>
    /// The pack's own rules: <c>required</c> (data the pack needs) and <c>checks</c> (any identity the bureau adds), each an
    /// expression that must hold, with a message, the data field it concerns, a severity and (for checks) its rule id.
    /// </summary>
    private static IEnumerable<Requirement> Requirements(YamlFile manifest, YamlMappingNode root, string key, string? ruleId) =>
        manifest.Get(root, key) is { } list
            ? manifest.Sequence(list, key).Children.Select(node =>
            {
                var map = manifest.Mapping(node, $"{key} 的每一项");
                manifest.OnlyKeys(map, ruleId is null ? new[] { "id", "value", "message", "field", "severity" } : new[] { "value", "message", "field", "severity" });
                var severity = manifest.String(map, "severity", "error") switch
                {
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    var other => throw manifest.Error(manifest.Require(map, "severity"), $"severity 的值“{other}”无效，应为 error（缺少时不生成）或 warning（提示后照常生成）。"),
                };
                return new Requirement(Expr(manifest, map, "value"), manifest.String(map, "message"), manifest.String(map, "field", ""), severity,
                    ruleId ?? "pack." + manifest.String(map, "id"));
            })
            : [];

    private static AmountUnit? Unit(YamlFile file, YamlMappingNode map, string key) => file.Get(map, key) is null ? null : file.String(map, key) switch
    {
        "万元" => AmountUnit.TenThousandYuan,
        "元" => AmountUnit.Yuan,
        var other => throw file.Error(file.Require(map, key), $"{key} 的值“{other}”无效，应为 元 或 万元。"),
    };

    private static NumberStyle NumberStyleOf(YamlFile file, YamlMappingNode map)
    {
        file.OnlyKeys(map, "thousands", "decimals", "trim", "zero");
        var decimals = (int)file.Number(map, "decimals", 2);
        if (decimals is < 0 or > 6) throw file.Error(file.Require(map, "decimals"), "decimals 应在 0–6 之间。");
        var trim = file.String(map, "trim", "none") switch
        {
            "none" => ZeroTrimming.None,
            "all" => ZeroTrimming.All,
            "integer" => ZeroTrimming.Integer,
            var other => throw file.Error(file.Require(map, "trim"), $"trim 的值“{other}”无效，可用：none（不去零）、all（去掉末尾的零）、integer（整数不写小数）。"),
        };
        return new NumberStyle(file.Bool(map, "thousands", false), decimals, trim, file.String(map, "zero", "0"));
    }

    private static readonly string[] ClassificationCatalogFiles =
    [
        Core.Classification.ClassificationCatalog.FunctionalFile, Core.Classification.ClassificationCatalog.EconomicDepartmentFile,
        Core.Classification.ClassificationCatalog.EconomicGovernmentFile, Core.Classification.ClassificationCatalog.MappingFile,
    ];

    /// <summary>The note a pack adds to a rule's messages (rule_tables: the table of this pack the rule concerns), or null.</summary>
    public string? RuleNote(string ruleId) => _ruleTables.GetValueOrDefault(ruleId);

    /// <summary>The output files' name without extension for <paramref name="model"/> (pack.yaml output_name), safe for any file system.</summary>
    public string OutputName(object model)
    {
        var context = CreateContext(model, 1m);
        context.Escaping = false; // a file name, not Markdown
        return Generation.OutputFileName.Sanitize(_outputName.Render(context).Trim());
    }

    /// <summary>
    /// This pack with some of its options set (<c>--option 图解=true</c>): values true/false (also 是/否, 开/关, on/off, 1/0).
    /// An option the pack does not have, or another value, is a fault naming the pack's options.
    /// </summary>
    public TemplatePack WithOptions(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var copy = (TemplatePack)MemberwiseClone();
        copy._options = new SortedDictionary<string, bool>(_options, StringComparer.Ordinal);
        foreach (var (name, text) in settings)
        {
            if (!_options.ContainsKey(name))
                throw new TemplateException(Path.Combine(Folder, "pack.yaml"), 1, 1, _options.Count == 0
                    ? $"模板包“{Name}”没有选项，不能设置“{name}”。"
                    : $"模板包“{Name}”没有选项“{name}”；可用选项：{string.Join("、", _options.Keys)}（见 pack.yaml 的 options）。");
            copy._options[name] = text.Trim().ToLowerInvariant() switch
            {
                "true" or "是" or "开" or "on" or "1" => true,
                "false" or "否" or "关" or "off" or "0" => false,
                _ => throw new TemplateException(Path.Combine(Folder, "pack.yaml"), 1, 1, $"选项“{name}”的值“{text}”无效，应为 true 或 false。"),
            };
        }
        return copy;
    }

    /// <summary>Loads and parses a pack folder; faults name the pack file, line and column.</summary>
    public static TemplatePack Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new TemplateException(folder, 1, 1, "模板包目录不存在。");
        var real = PackPaths.RealPath(folder);
        var manifest = PackPaths.Inside(real, "pack.yaml")
            ?? throw new TemplateException(Path.Combine(folder, "pack.yaml"), 1, 1, PackPaths.OutsideMessage("pack.yaml", "pack.yaml"));
        return new TemplatePack(real, YamlFile.Load(manifest));
    }

    /// <summary>
    /// Checks the model has what the pack requires (<c>required:</c> in pack.yaml): each unmet requirement, with its severity,
    /// message and the data field it names (empty: all met).
    /// </summary>
    public IReadOnlyList<UnmetRequirement> UnmetRequirements(object model)
    {
        var context = CreateContext(model, 1m);
        return _required.Where(r => !TableBuilder.IsTruthy(r.Value.Evaluate(context)))
            .Select(r => new UnmetRequirement(r.RuleId, r.Severity, r.Message, r.Field)).ToList();
    }

    /// <summary>
    /// Renders the whole document for <paramref name="model"/>, whose amounts are in <paramref name="dataUnit"/>
    /// (converted to <see cref="AmountUnit"/> when displayed).
    /// </summary>
    public Document Render(object model, AmountUnit dataUnit = AmountUnit.TenThousandYuan)
    {
        var scale = ScaleFrom(dataUnit);
        var context = CreateContext(model, scale);
        context.Escaping = false;
        var tables = new Dictionary<int, Table>();
        foreach (var spec in _tables)
        {
            context.AmountScale = Scale(dataUnit, spec.Unit ?? AmountUnit); // a table may print in its own unit
            tables[spec.Number] = TableBuilder.Build(spec, context);
        }
        context.AmountScale = scale;
        var summaries = _tables.Select(t => new TableSummary(t.Number, tables[t.Number].Caption.Title, tables[t.Number].TocLabel ?? tables[t.Number].Caption.Title,
            tables[t.Number].IsEmpty, t.EmptyReason)).ToList();
        var reportValues = new ScriptObject
        {
            ["tables"] = summaries,
            ["empty_tables"] = summaries.Where(s => s.IsEmpty).ToList(),
        };
        context.PushGlobal(reportValues);

        var info = new DocumentInfo(
            _info.Title.Render(context).Trim(),
            _info.Subject.Render(context).Trim(),
            _info.Author.Render(context).Trim(),
            _info.Date.Evaluate(context) switch
            {
                DateOnly date => date,
                DateTime time => DateOnly.FromDateTime(time),
                var other => throw new TemplateException(Path.Combine(Folder, "pack.yaml"), 1, 1, $"info.date 应为日期，实际为“{other}”。"),
            });
        var blocks = new List<Block>
        {
            new TitlePage(_coverTitle.Render(context).Trim(), Lines(_coverLines.Render(context))),
            new TableOfContents(_toc.Title, _toc.MaxLevel),
            new PageBreak(),
        };

        context.Escaping = true;
        var charts = 0;
        Block Chart(string text, string file)
        {
            var spec = ChartSpec.Parse(text, file);
            var unit = spec.Unit ?? AmountUnit;
            var (block, drawn) = ChartBuilder.Build(spec, charts + 1, Scale(dataUnit, unit), unit == AmountUnit.Yuan ? "元" : "万元", NumberFormat(spec.NumberStyle));
            if (drawn) charts++;
            return block;
        }
        var placed = new HashSet<int>();
        var anchors = new AnchorAllocator();
        foreach (var part in _parts)
        {
            var converter = new MarkdownConverter(
                part.File,
                number => tables.TryGetValue(number, out var table) && placed.Add(number)
                    ? new TableBlock(table)
                    : throw new TemplateException(part.File, 1, 1, $"表{number}不在模板包的 tables 中，或已被放置过一次。"),
                () => throw new TemplateException(part.File, 1, 1, "目录由模板包清单（pack.yaml 的 toc）生成，正文中不能再放 <!-- toc -->。"),
                text => Chart(text, part.File),
                anchors,
                part.SourceLine);
            blocks.AddRange(converter.Convert(part.Render(context)));
        }
        var unplaced = _tables.FirstOrDefault(t => !placed.Contains(t.Number));
        if (unplaced is not null)
            throw new TemplateException(unplaced.File, 1, 1, $"表{unplaced.Number}没有被任何部分放置（在正文中写 <!-- table {unplaced.Number} -->）。");
        return new Document(info, Style, blocks);
    }

    /// <summary>How a chart's labels print a number: a named number style of the pack, or as <c>money</c> (2575.37, zero as 0).</summary>
    private Func<decimal, string> NumberFormat(string? style) => style switch
    {
        null => TemplateFunctions.Money,
        _ when _numberStyles.TryGetValue(style, out var s) => s.Format,
        _ => throw new TemplateException("", 1, 1, $"模板包没有名为“{style}”的数字格式（number_style 应为 pack.yaml 的 number_styles 中的名称）。"),
    };

    /// <summary>The factor from <paramref name="dataUnit"/> to the pack's unit: 0.0001 from 元 to 万元, 10000 the other way.</summary>
    public decimal ScaleFrom(AmountUnit dataUnit) => Scale(dataUnit, AmountUnit);

    private static decimal Scale(AmountUnit from, AmountUnit to) => (from, to) switch
    {
        (AmountUnit.Yuan, AmountUnit.TenThousandYuan) => 0.0001m,
        (AmountUnit.TenThousandYuan, AmountUnit.Yuan) => 10000m,
        _ => 1m,
    };

    private MarkdownEscapingContext CreateContext(object model, decimal amountScale)
    {
        var context = new MarkdownEscapingContext { AmountScale = amountScale };
        var globals = TemplateFunctions.Create(context, _numberStyles, _totals);
        foreach (var (name, table) in _lookups)
        {
            var lookup = new ScriptObject();
            foreach (var (key, text) in table) lookup.Add(key, text);
            globals.Add(name, lookup);
        }
        var options = new ScriptObject();
        foreach (var (name, on) in _options) options.Add(name, on);
        globals.Add("options", options);
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        context.PushGlobal(globals);
        return context;
    }

    private static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static Expression Expr(YamlFile file, YamlMappingNode map, string key)
    {
        var node = file.Require(map, key);
        return new Expression(file.String(map, key), file.Path, (int)node.Start.Line, (int)node.Start.Column);
    }

    private sealed record Requirement(Expression Value, string Message, string Field, Severity Severity, string RuleId);

    private sealed record PackInfo(TextTemplate Title, TextTemplate Subject, TextTemplate Author, Expression Date);
}

/// <summary>A requirement of the pack the data does not meet: an error stops generation, a warning is reported.</summary>
public sealed record UnmetRequirement(string RuleId, Severity Severity, string Message, string Field);

/// <summary>What the text templates know of each table: <c>tables</c> and <c>empty_tables</c> (for the 空表说明).</summary>
public sealed record TableSummary(int Number, string Title, string TocLabel, bool IsEmpty, string EmptyReason);
