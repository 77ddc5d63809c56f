using System.Collections;
using System.Globalization;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>
/// Binds a <see cref="DataNode"/> tree onto the model records by the <see cref="DataFormat"/> convention, recording every
/// field's position in the <see cref="SourceMap"/> and reporting each problem it meets (it goes on after one, so a file's
/// problems are all reported at once). The result is null when any error was reported.
/// </summary>
internal sealed class ModelBinder(SourceMap map, List<Diagnostic> diagnostics)
{
    private int _errors;

    public BudgetData? Bind(DataNode root)
    {
        map.Add("", root.Line, root.Column, root.Sheet);
        var data = BindValue(typeof(BudgetData), root, "", code: null);
        return _errors == 0 ? (BudgetData?)data : null;
    }

    private object? BindValue(Type type, DataNode node, string path, CodeRule? code)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return BindString(node, path, code);
        if (type == typeof(decimal)) return BindNumber(node, path, integer: false);
        if (type == typeof(int)) return BindNumber(node, path, integer: true);
        if (type == typeof(bool))
            return node is ScalarNode { Kind: ScalarKind.Boolean } b ? b.Text == "true" : TypeError(node, path, "true 或 false", "写 true（是）或 false（否）");
        if (type == typeof(DateOnly)) return BindDate(node, path);
        if (type.IsEnum) return BindEnum(type, node, path);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return BindList(type.GetGenericArguments()[0], node, path);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            return BindDictionary(type.GetGenericArguments()[0], type.GetGenericArguments()[1], node, path);
        return BindRecord(type, node, path);
    }

    private object? BindRecord(Type type, DataNode node, string path)
    {
        if (node is not MappingNode mapping) return TypeError(node, path, "一组字段（键: 值）", "在这一项下逐行写出它的字段");
        var fields = DataFormat.Fields(type).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var record = Activator.CreateInstance(type)!;
        var seen = new Dictionary<string, MappingEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (path.Length == 0 && entry.Key == DataFormat.SchemaReference) continue;
            var fieldPath = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (!fields.TryGetValue(entry.Key, out var field))
            {
                UnknownKey(entry, fieldPath, fields.Keys, "字段");
                continue;
            }
            if (!FirstOccurrence(seen, entry, fieldPath)) continue;
            Record(fieldPath, entry);
            if (entry.Value is ScalarNode { Kind: ScalarKind.Null } && field.Nullable) continue;
            var value = BindValue(field.Property.PropertyType, entry.Value, fieldPath, CodeRule.For(type, field.Property.Name));
            if (value is not null) field.Property.SetValue(record, value);
        }
        foreach (var missing in fields.Values.Where(f => f.Required && !seen.ContainsKey(f.Name)))
            Report("schema.required", path.Length == 0 ? missing.Name : $"{path}.{missing.Name}",
                $"缺少必填字段“{missing.Name}”。", map.Locate(path),
                expected: missing.Name, fix: $"在{(path.Length == 0 ? "文件顶层" : $"“{path}”下")}加上“{missing.Name}: …”。");
        return record;
    }

    private object? BindList(Type itemType, DataNode node, string path)
    {
        if (node is not SequenceNode sequence) return TypeError(node, path, "列表", "每一项另起一行，以“- ”开头");
        if (sequence.Items.Count > InputLimits.MaxListItems)
            return Report("limit.list", path, $"列表“{path}”有 {sequence.Items.Count} 项，超过上限 {InputLimits.MaxListItems} 项。", Where(node),
                expected: $"不超过 {InputLimits.MaxListItems} 项", found: sequence.Items.Count.ToString(CultureInfo.InvariantCulture),
                fix: "检查是否把别的数据误放进了这个列表；一个部门的预算数据不会有这么多项。");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var itemPath = $"{path}[{i}]";
            map.Add(itemPath, item.Line, item.Column, item.Sheet);
            var value = BindValue(itemType, item, itemPath, code: null);
            if (value is not null) list.Add(value);
        }
        return list;
    }

    /// <summary>A mapping keyed by enum values, e.g. <c>this_year: { general_public_budget: 3773.89 }</c>.</summary>
    private object? BindDictionary(Type keyType, Type valueType, DataNode node, string path)
    {
        if (node is not MappingNode mapping) return TypeError(node, path, "一组“名称: 金额”", "逐行写出，如 general_public_budget: 3773.89");
        var allowed = DataFormat.EnumValues(keyType);
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(keyType, valueType))!;
        var seen = new Dictionary<string, MappingEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var entryPath = $"{path}.{entry.Key}";
            if (!allowed.TryGetValue(entry.Key, out var key))
            {
                UnknownKey(entry, entryPath, allowed.Keys, "名称");
                continue;
            }
            if (!FirstOccurrence(seen, entry, entryPath)) continue;
            Record(entryPath, entry);
            var value = BindValue(valueType, entry.Value, entryPath, code: null);
            if (value is not null) dictionary[key] = value;
        }
        return dictionary;
    }

    private object? BindString(DataNode node, string path, CodeRule? code)
    {
        if (node is not ScalarNode { Kind: ScalarKind.String } scalar)
            return TypeError(node, path, "文本", node is ScalarNode { Kind: ScalarKind.Number or ScalarKind.Boolean } s
                ? $"加上引号，如 \"{s.Text}\"（编码、指标值等看起来像数字的文本都要加引号）"
                : "写出这一项的文字内容");
        if (InputLimits.TextProblem(scalar.Text) is { } problem)
            return Report("schema.text", path, $"文字中{problem}。", Where(node), found: problem,
                fix: "删除该字符（它多半是从别处复制时带进来的）：用编辑器重新输入这段文字，或把文件另存为 UTF-8 编码。");
        if (scalar.Text.Length > InputLimits.MaxTextLength)
            return Report("limit.text", path, $"文字太长（{scalar.Text.Length} 个字符，上限 {InputLimits.MaxTextLength}）。", Where(node),
                expected: $"不超过 {InputLimits.MaxTextLength} 个字符", found: scalar.Text.Length.ToString(CultureInfo.InvariantCulture),
                fix: "检查是否把别的内容误粘贴进了这一项。");
        if (code is not null && !code.Accepts(scalar.Text))
            return Report("schema.code-format", path, $"{code.What}应为 {code.Shape()}，实际为“{scalar.Text}”。", Where(node),
                expected: code.Shape(), found: scalar.Text,
                fix: $"按分类科目表填写数字编码，如 \"{code.Example}\"，不要带名称、空格或其他符号。");
        return scalar.Text;
    }

    private object? BindNumber(DataNode node, string path, bool integer)
    {
        var what = integer ? "整数" : "数值";
        if (node is not ScalarNode { Kind: ScalarKind.Number } scalar)
            return TypeError(node, path, what, NumberFix(node, integer));
        var text = scalar.Text;
        if (text.Contains('e') || text.Contains('E'))
            return Report("schema.type", path, $"应为{what}，实际为科学计数法“{text}”。", Where(node),
                expected: what, found: text, fix: "写成普通小数，如 1000 或 3773.89（金额按文字精确读取，不支持科学计数法）。");
        var styles = NumberStyles.AllowLeadingSign | (integer ? NumberStyles.None : NumberStyles.AllowDecimalPoint);
        object? value = integer
            ? int.TryParse(text, styles, CultureInfo.InvariantCulture, out var i) ? i : null
            : decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var d) ? d : null;
        if (value is null)
            return IsPlainNumber(text, integer)
                ? Report("limit.number", path, $"{what} {text} 超出可处理的范围。", Where(node),
                    expected: integer ? $"不超过 {InputLimits.MaxInteger} 的整数" : $"绝对值不超过 {InputLimits.MaxAmount.ToString("0", CultureInfo.InvariantCulture)} 的数", found: text,
                    fix: "检查这个数是否多写了位数，或把单位写错了（元与万元）。")
                : TypeError(node, path, what, NumberFix(node, integer));
        if (value is decimal fraction && fraction.Scale > InputLimits.MaxDecimals && fraction != decimal.Round(fraction, InputLimits.MaxDecimals))
            return Report("limit.number", path, $"数值 {text} 的小数位数过多（最多 {InputLimits.MaxDecimals} 位）。", Where(node),
                expected: $"最多 {InputLimits.MaxDecimals} 位小数", found: text,
                fix: $"删去多余的小数位：以元为单位时写到分，以万元为单位时写到 6 位小数（即 0.01 元）即可，最多 {InputLimits.MaxDecimals} 位。");
        if (value is int n && n > InputLimits.MaxInteger || value is decimal m && Math.Abs(m) > InputLimits.MaxAmount)
            return Report("limit.number", path, $"{what} {text} 超出可处理的范围。", Where(node),
                expected: integer ? $"不超过 {InputLimits.MaxInteger} 的整数" : $"绝对值不超过 {InputLimits.MaxAmount.ToString("0", CultureInfo.InvariantCulture)} 的数", found: text,
                fix: "检查这个数是否多写了位数，或把单位写错了（元与万元）。");
        if (value is < 0 or < 0m)
            return Report("schema.negative", path, $"{(integer ? "数量" : "金额")}不能为负数，实际为 {text}。", Where(node),
                expected: "0 或正数", found: text, fix: "填写 0 或正数；减少的情况由上年数和本年数自动算出，不要填负数。");
        return value;
    }

    /// <summary>Digits with an optional sign (and, for an amount, one decimal point): a number too large to hold.</summary>
    private static bool IsPlainNumber(string text, bool integer)
    {
        var digits = text.TrimStart('-', '+');
        return digits.Length > 0 && digits.Any(char.IsAsciiDigit) && digits.All(c => char.IsAsciiDigit(c) || !integer && c == '.')
            && digits.Count(c => c == '.') <= 1;
    }

    private static string NumberFix(DataNode node, bool integer)
    {
        if (integer) return "写成不带引号的整数，如 4";
        if (node is ScalarNode { Kind: ScalarKind.String } s
            && decimal.TryParse(s.Text.Replace(",", "").Replace("，", "").Replace("万元", "").Replace("元", "").Trim(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            return $"去掉引号、千分位逗号和单位，写成 {d.ToString(CultureInfo.InvariantCulture)}";
        return "写成不带引号的数字，如 3773.89；没有金额写 0";
    }

    private object? BindDate(DataNode node, string path)
    {
        if (node is not ScalarNode { Kind: ScalarKind.String } scalar) return TypeError(node, path, "日期（YYYY-MM-DD）", "写成 2023-02-10 这样的形式");
        if (DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return Report("schema.date", path, $"日期应写成 YYYY-MM-DD，实际为“{scalar.Text}”。", Where(node),
            expected: "YYYY-MM-DD", found: scalar.Text, fix: "写成 2023-02-10 这样的形式（年-月-日，月和日两位数，且是真实存在的日期）。");
    }

    private object? BindEnum(Type type, DataNode node, string path)
    {
        var allowed = DataFormat.EnumValues(type);
        var list = string.Join("、", allowed.Keys);
        if (node is not ScalarNode { Kind: ScalarKind.String } scalar) return TypeError(node, path, $"以下之一：{list}", $"从 {list} 中选一个");
        if (allowed.TryGetValue(scalar.Text, out var value)) return value;
        var suggestion = DidYouMean.Closest(scalar.Text, allowed.Keys);
        return Report("schema.enum", path,
            $"“{scalar.Text}”不是允许的取值，应为以下之一：{list}。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
            Where(node), expected: list, found: scalar.Text, fix: suggestion is null ? $"从 {list} 中选一个。" : $"改为“{suggestion}”。");
    }

    private void UnknownKey(MappingEntry entry, string path, IEnumerable<string> known, string what)
    {
        var names = known.ToList();
        if (System.Text.RegularExpressions.Regex.IsMatch(entry.Key, @"^\d{3}(\.\d+)?$") && entry.Value is ScalarNode { Kind: ScalarKind.Null })
        {
            // {a: 1,464.64} — in braces a comma separates entries, so a thousands separator splits the number in two.
            Report("schema.thousands-separator", path, $"“{entry.Key}”看起来是被千分位逗号分开的数字的后半部分（在 {{ }} 中逗号分隔各项）。",
                new SourceLocation(map.File, entry.Line, entry.Column, entry.Sheet), found: entry.Key,
                fix: "去掉数字中的千分位逗号，如把 1,464.64 写成 1464.64。");
            return;
        }
        var suggestion = DidYouMean.Closest(entry.Key, names);
        Report("schema.unknown-field", path,
            $"未知{what}“{entry.Key}”。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
            new SourceLocation(map.File, entry.Line, entry.Column, entry.Sheet),
            expected: string.Join("、", names), found: entry.Key,
            fix: suggestion is null ? $"删除它，或改为这里允许的{what}之一：{string.Join("、", names)}。" : $"改为“{suggestion}”。");
    }

    private bool FirstOccurrence(Dictionary<string, MappingEntry> seen, MappingEntry entry, string path)
    {
        if (seen.TryAdd(entry.Key, entry)) return true;
        var first = seen[entry.Key];
        var firstPlace = first.Sheet is null ? $"第 {first.Line} 行" : $"{first.Sheet}!{SourceLocation.CellReference(first.Line, first.Column)}";
        Report("schema.duplicate-key", path, $"“{entry.Key}”重复出现（第一次在{firstPlace}），只能写一次。",
            new SourceLocation(map.File, entry.Line, entry.Column, entry.Sheet), found: entry.Key, fix: "删除其中一处，或把两处的内容合并为一处。");
        return false;
    }

    /// <summary>A field's position: where its value starts when it is a scalar, else where its key is.</summary>
    private void Record(string path, MappingEntry entry)
    {
        if (entry.Value is ScalarNode) map.Add(path, entry.Value.Line, entry.Value.Column, entry.Value.Sheet);
        else map.Add(path, entry.Line, entry.Column, entry.Sheet);
    }

    private SourceLocation Where(DataNode node) => new(map.File, node.Line, node.Column, node.Sheet);

    private object? TypeError(DataNode node, string path, string expected, string fix)
    {
        var found = node switch
        {
            ScalarNode { Kind: ScalarKind.String } s => $"文本“{s.Text}”",
            ScalarNode { Kind: ScalarKind.Number } s => $"数值 {s.Text}",
            ScalarNode { Kind: ScalarKind.Boolean } s => $"是非值 {s.Text}",
            ScalarNode => "空值",
            MappingNode => "一组字段",
            _ => "列表",
        };
        return Report("schema.type", path, $"应为{expected}，实际为{found}。", Where(node), expected, found, fix + "。");
    }

    private object? Report(string rule, string path, string message, SourceLocation? location,
        string? expected = null, string? found = null, string? fix = null)
    {
        _errors++;
        diagnostics.Add(new Diagnostic(rule, Severity.Error, message, path, location, expected, found, fix));
        return null;
    }
}
