using BudgetReportGen.Core.Computation;
using Scriban.Runtime;

namespace BudgetReportGen.Templates.Scripting;

/// <summary>
/// The functions a pack's templates and table specs may call. Formatting of amounts lives here (and in
/// <see cref="Amounts"/>), so every document formats numbers the same way.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// The functions, with amounts multiplied by the context's current scale (data unit → the unit being printed) before display;
    /// <paramref name="styles"/> are the pack's named number styles and <paramref name="totals"/> its rounding convention for totals.
    /// </summary>
    public static ScriptObject Create(MarkdownEscapingContext context, IReadOnlyDictionary<string, NumberStyle> styles, TotalsConvention totals)
    {
        var functions = new ScriptObject();
        decimal ToDecimal(object? value) => ToAmount(value) * context.AmountScale;
        // Text amounts: 3773.89, 276.40; zero as "0" (the seed prints 0 万元).
        functions.Import("money", new Func<object?, string>(v => Money(ToDecimal(v))));
        // Text amounts without trailing zeros: 9, 8.5, 276.4.
        functions.Import("money_trim", new Func<object?, string>(v => Amounts.FormatTextTrimmed(ToDecimal(v))));
        // Table amounts: 3,773.89; zero as a blank cell.
        functions.Import("table_amount", new Func<object?, string>(v => Amounts.FormatTable(ToDecimal(v))));
        // Table amounts where zero is printed (0.00).
        functions.Import("table_amount0", new Func<object?, string>(v => Amounts.FormatTable(ToDecimal(v), zeroAsBlank: false)));
        // Percent with 2 decimals, rounded half-up: 0.83, 5.88, 100.00.
        functions.Import("percent", new Func<object?, string>(v => Amounts.FormatPercent(ToAmount(v))));
        // Percent without trailing zeros: 100, 5.88.
        functions.Import("percent_trim", new Func<object?, string>(v => Amounts.FormatTextTrimmed(ToAmount(v))));
        // Chinese numerals: 1 → 一, 19 → 十九, 5 → 五.
        functions.Import("cn", new Func<int, string>(ChineseNumerals.Format));
        // The first item of a list whose member equals a value, or null: find functional.classes "code" "208".
        functions.Import("find", new Func<System.Collections.IEnumerable?, string, object?, object?>(Find));
        // An amount in one of the pack's number styles (pack.yaml number_styles): number x "text" → 4,614 or 1,202.95.
        functions.Import("number", new Func<object?, string, string>((v, style) => styles.TryGetValue(style, out var s)
            ? s.Format(ToDecimal(v))
            : throw new InvalidOperationException($"模板包没有名为“{style}”的数字格式（pack.yaml 的 number_styles）。")));
        // Generic rollups over any list: sum items "member"; where items "member" value (the items whose member equals value).
        functions.Import("sum", new Func<System.Collections.IEnumerable?, string, decimal>((items, member) => Members(items, member).Sum(ToAmount)));
        functions.Import("where", new Func<System.Collections.IEnumerable?, string, object?, System.Collections.IList>(Where));
        // A total by the pack's convention (pack.yaml totals): the rounded sum of the items, or the sum of the items as rounded for
        // display (so a printed total equals the sum of the printed items). The value is in data units, ready for the formatters.
        functions.Import("total_of", new Func<System.Collections.IEnumerable?, string, decimal>((items, member) => totals == TotalsConvention.SumOfRounded
            ? Members(items, member).Sum(v => context.AmountScale == 0 ? 0 : Amounts.RoundHalfUp(ToDecimal(v)) / context.AmountScale)
            : Members(items, member).Sum(ToAmount)));
        // A safe lookup that never fails: the value of a key in a lookup table (or a list item's name by code), or the default
        // ("" when not given) when the table lacks it: lookup glossary row.code; lookup glossary row.code "（暂无说明）".
        functions.Import("lookup", new Func<object?, object?, object?, object?>(Lookup));
        return functions;
    }

    /// <summary>A text amount as <c>money</c> prints it: 3773.89, 276.40, zero as 0.</summary>
    internal static string Money(decimal value) => Amounts.RoundHalfUp(value) == 0 ? "0" : Amounts.FormatText(value);

    private static IEnumerable<object?> Members(System.Collections.IEnumerable? items, string member)
    {
        if (items is null) yield break;
        foreach (var item in items) yield return item is null ? null : Property(item, member).GetValue(item);
    }

    private static System.Collections.IList Where(System.Collections.IEnumerable? items, string member, object? value)
    {
        var list = new ScriptArray();
        if (items is null) return list;
        foreach (var item in items)
            if (item is not null && Equals(Property(item, member).GetValue(item)?.ToString(), value?.ToString())) list.Add(item);
        return list;
    }

    private static System.Reflection.PropertyInfo Property(object item, string member)
    {
        var wanted = member.Replace("_", "");
        return item.GetType().GetProperties().FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"“{item.GetType().Name}”没有成员“{member}”。");
    }

    private static object? Find(System.Collections.IEnumerable? items, string member, object? value)
    {
        if (items is null) return null;
        foreach (var item in items)
            if (item is not null && Equals(Property(item, member).GetValue(item)?.ToString(), value?.ToString())) return item;
        return null;
    }

    /// <summary>The value under <paramref name="key"/> in a lookup table, or <paramref name="fallback"/> ("" when not given).</summary>
    public static object? Lookup(object? table, object? key, object? fallback = null)
    {
        fallback ??= "";
        var name = key?.ToString();
        if (name is null) return fallback;
        return table switch
        {
            ScriptObject script => script.TryGetValue(name, out var value) && value is not null ? value : fallback,
            System.Collections.IDictionary dictionary => dictionary.Contains(name) && dictionary[name] is { } value ? value : fallback,
            _ => fallback,
        };
    }

    internal static decimal ToAmount(object? value) => value switch
    {
        null => 0m,
        decimal d => d,
        int i => i,
        long l => l,
        double d => throw new InvalidOperationException($"金额 {d} 是浮点数；模板中的金额应来自数据（decimal）。"),
        _ => throw new InvalidOperationException($"“{value}”不是金额。"),
    };
}

/// <summary>Chinese numerals for section and table numbers (一 … 九十九).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Format(int n)
    {
        if (n is < 0 or > 99) throw new ArgumentOutOfRangeException(nameof(n), n, "Chinese numerals are supported from 0 to 99.");
        if (n < 10) return Digits[n];
        var tens = n / 10;
        var units = n % 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + (units == 0 ? "" : Digits[units]);
    }
}
