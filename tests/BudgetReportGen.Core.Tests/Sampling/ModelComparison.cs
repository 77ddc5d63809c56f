using System.Collections;
using BudgetReportGen.Core.Loading;

namespace BudgetReportGen.Core.Tests.Sampling;

/// <summary>
/// Compares two models field by field (records hold lists and dictionaries, which a record's own Equals compares by reference):
/// the first difference as “path: expected ≠ actual”, or null when they are equal.
/// </summary>
internal static class ModelComparison
{
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (null, _) or (_, null):
                return $"{path}: {Show(expected)} ≠ {Show(actual)}";
            case (string or decimal or int or bool or DateOnly or Enum, _):
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} ≠ {Show(actual)}";
            case (IDictionary e, IDictionary a):
                if (e.Count != a.Count) return $"{path}: {e.Count} entries ≠ {a.Count}";
                foreach (var key in e.Keys)
                {
                    if (!a.Contains(key)) return $"{path}.{key}: missing";
                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } difference) return difference;
                }
                return null;
            case (IList e, IList a):
                if (e.Count != a.Count) return $"{path}: {e.Count} items ≠ {a.Count}";
                for (var i = 0; i < e.Count; i++)
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } difference) return difference;
                return null;
        }
        if (expected.GetType() != actual.GetType()) return $"{path}: {expected.GetType().Name} ≠ {actual.GetType().Name}";
        foreach (var field in DataFormat.Fields(expected.GetType()))
            if (FirstDifference(field.Property.GetValue(expected), field.Property.GetValue(actual), path.Length == 0 ? field.Name : $"{path}.{field.Name}") is { } difference)
                return difference;
        return null;
    }

    private static string Show(object? value) => value switch { null => "null", string s => $"“{s}”", _ => value.ToString() ?? "" };
}
