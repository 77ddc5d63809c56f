using System.Collections;
using System.Globalization;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Workbooks;

namespace BudgetReportGen.Workbooks.Tests;

/// <summary>
/// The workbook must hold every field of the data model: a field added to <see cref="BudgetData"/> (the data format follows it
/// by itself) but not to <see cref="DataWorkbookLayout"/> makes these tests fail, naming the field.
/// </summary>
public class DataWorkbookDriftTests
{
    [Fact]
    public void The_layout_holds_every_field_of_the_model_and_no_other()
    {
        var model = ModelFields(typeof(BudgetData), "").ToHashSet(StringComparer.Ordinal);
        var layout = DataWorkbookLayout.Fields().Select(f => f.Replace("[]", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var missing = model.Except(layout).Order(StringComparer.Ordinal).ToList();
        var unknown = layout.Except(model).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "数据工作簿缺少这些字段（在 DataWorkbookLayout 中加列或加行，并更新 docs/excel.md）：\n" + string.Join("\n", missing));
        Assert.True(unknown.Count == 0, "DataWorkbookLayout 中有模型里没有的字段：\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void Data_with_every_field_set_round_trips_yaml_to_xlsx_to_yaml_identically()
    {
        var yaml = BudgetDataWriter.ToYaml(EveryField.Build());
        var loaded = BudgetDataLoader.Load(yaml, "full.yaml");
        Assert.True(loaded.Diagnostics.Count == 0, string.Join("\n", loaded.Diagnostics.Select(d => $"{d.Path} {d.Message}")));
        var bytes = DataWorkbookWriter.Write(loaded.Data!, Fixtures.Catalog);
        var back = DataWorkbookReader.Load(new MemoryStream(bytes), "full.xlsx");
        Assert.True(back.Diagnostics.Count == 0, string.Join("\n", back.Diagnostics.Select(d => $"{d.Location} {d.RuleId} {d.Path} {d.Message}")));
        Assert.Equal(yaml, BudgetDataWriter.ToYaml(back.Data!));
    }

    [Fact]
    public void The_full_data_sets_every_field()
    {
        // Guards the generator itself: every field path of the model appears in the YAML of the full data.
        var yaml = BudgetDataWriter.ToYaml(EveryField.Build());
        var keys = yaml.Split('\n').SelectMany(l => l.Split([',', '{', '-'])).Select(p => p.Split(':')[0].Trim()).ToHashSet(StringComparer.Ordinal);
        var absent = ModelFields(typeof(BudgetData), "").Select(f => f.Split('.')[^1]).Where(k => !keys.Contains(k)).Distinct().ToList();
        Assert.True(absent.Count == 0, "Not written: " + string.Join(", ", absent));
    }

    /// <summary>The model's leaf field paths: <c>income.this_year.general_public_budget</c>, <c>projects.indicators.level1</c>, <c>duties</c>.</summary>
    internal static IEnumerable<string> ModelFields(Type type, string prefix)
    {
        foreach (var field in DataFormat.Fields(type))
        {
            var path = prefix + field.Name;
            var t = Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType;
            if (DictionaryKey(t) is { } key)
                foreach (Enum value in Enum.GetValues(key))
                    yield return $"{path}.{DataFormat.EnumValue(value)}";
            else if (ListItem(t) is { } item)
            {
                if (item == typeof(string)) yield return path;
                else foreach (var inner in ModelFields(item, path + ".")) yield return inner;
            }
            else if (IsRecord(t))
                foreach (var inner in ModelFields(t, path + ".")) yield return inner;
            else yield return path;
        }
    }

    internal static Type? DictionaryKey(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? t.GetGenericArguments()[0] : null;

    internal static Type? ListItem(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : null;

    internal static bool IsRecord(Type t) => t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t);
}

/// <summary>
/// A <see cref="BudgetData"/> whose every settable field, at every depth, differs from the value the loader would give it, so every
/// field is written to the YAML. Built by reflection over <see cref="DataFormat.Fields"/>: a field added to the model is set too
/// (a field of a type not handled here throws, asking for this generator to learn it).
/// </summary>
internal static class EveryField
{
    /// <summary>Fields whose text must have a shape (codes, dates) or whose value the loader checks.</summary>
    private static readonly Dictionary<string, object> Shaped = new(StringComparer.Ordinal)
    {
        ["year"] = 2024,
        ["publish_date"] = new DateOnly(2024, 2, 10),
        ["department.code"] = "013002",
        ["department.region_code"] = "210300000",
        ["expenditures.code"] = "2080109",
        ["economic_basic.code"] = "30101",
        ["economic_project.code"] = "30201",
        ["stated_subtotals.code"] = "208",
        ["projects.functional_code"] = "2010101",
        ["code_names.code"] = "20126",
        ["assets.as_of"] = "2023-12",
        ["projects.indicators.deadline"] = "2024-12",
        ["performance.indicators.deadline"] = "2024-12",
    };

    private static int _counter;

    public static BudgetData Build()
    {
        _counter = 0;
        return (BudgetData)Record(typeof(BudgetData), "");
    }

    private static object Record(Type type, string prefix)
    {
        var record = Activator.CreateInstance(type)!;
        foreach (var field in DataFormat.Fields(type))
        {
            var path = prefix + field.Name;
            var standard = field.Property.GetValue(record);
            field.Property.SetValue(record, Value(field.Property.PropertyType, path, standard));
        }
        return record;
    }

    private static object Value(Type declared, string path, object? standard)
    {
        if (Shaped.TryGetValue(path, out var shaped)) return shaped;
        var n = ++_counter;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(string)) return $"{path} 的内容{n}";
        if (type == typeof(decimal)) return n + 0.25m;
        if (type == typeof(int)) return (standard as int? ?? 0) + n;
        if (type == typeof(bool)) return !(standard as bool? ?? false);
        if (type == typeof(DateOnly)) return new DateOnly(2024, 1, 1).AddDays(n);
        if (type.IsEnum)
        {
            var members = Enum.GetValues(type).Cast<object>().ToList();
            return members.Last(m => !m.Equals(standard ?? Activator.CreateInstance(type)));
        }
        if (DataWorkbookDriftTests.DictionaryKey(type) is { } key)
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, type.GetGenericArguments()[1]))!;
            foreach (var member in Enum.GetValues(key))
                dictionary[member] = Value(type.GetGenericArguments()[1], path + "." + member, null);
            return dictionary;
        }
        if (DataWorkbookDriftTests.ListItem(type) is { } item)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            for (var i = 0; i < 2; i++)
                list.Add(item == typeof(string) ? $"{path} 第{i + 1}条{n}" : Record(item, path + "."));
            return list;
        }
        if (DataWorkbookDriftTests.IsRecord(type)) return Record(type, path + ".");
        throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
            $"EveryField does not know how to set {path} ({type.Name}); teach it, and give the workbook a cell for the field."));
    }
}
