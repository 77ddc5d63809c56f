using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Loading;

/// <summary>A field of the data format: its file name, the model property it fills, and whether a file must give it.</summary>
public sealed record DataField(string Name, PropertyInfo Property, bool Required, bool Nullable);

/// <summary>
/// The data format's naming convention, derived from the model in <see cref="BudgetData"/> so the two cannot drift:
/// a field is the snake_case of a settable property (<c>ThreePublic</c> → <c>three_public</c>); computed-only properties are not
/// fields; <c>required</c> properties are required fields. Enum values are snake_case too, except the unit (元/万元) and the
/// unit kind (行政/参公/事业), which are written as finance staff say them.
/// </summary>
public static class DataFormat
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<DataField>> FieldCache = new();

    private static readonly Dictionary<Type, Dictionary<string, object>> SpokenEnumNames = new()
    {
        [typeof(AmountUnit)] = new() { ["元"] = AmountUnit.Yuan, ["万元"] = AmountUnit.TenThousandYuan },
        [typeof(UnitKind)] = new() { ["行政"] = UnitKind.Administrative, ["参公"] = UnitKind.CivilServiceManaged, ["事业"] = UnitKind.Institution },
        [typeof(BudgetType)] = new() { ["部门预算"] = BudgetType.Department, ["单位预算"] = BudgetType.Unit },
    };

    /// <summary>A top-level key a file may carry to name its JSON Schema for editors; the loader ignores it.</summary>
    public const string SchemaReference = "$schema";

    /// <summary>The file name of a model property: <c>EconomicBasic</c> → <c>economic_basic</c>.</summary>
    public static string FieldName(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

    /// <summary>The fields of a model record, in declaration order. Safe to call from several threads (batch loading).</summary>
    public static IReadOnlyList<DataField> Fields(Type recordType) => FieldCache.GetOrAdd(recordType, static type => ReadFields(type, new NullabilityInfoContext()));

    // NullabilityInfoContext caches without locking, so each type's fields are read with a context of their own.
    private static List<DataField> ReadFields(Type type, NullabilityInfoContext nullability) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => new DataField(
                FieldName(p.Name),
                p,
                p.IsDefined(typeof(RequiredMemberAttribute)),
                Nullable.GetUnderlyingType(p.PropertyType) is not null
                    || nullability.Create(p).WriteState == NullabilityState.Nullable))
            .ToList();

    /// <summary>The values a file may write for an enum, with the member each one means.</summary>
    public static IReadOnlyDictionary<string, object> EnumValues(Type enumType) =>
        SpokenEnumNames.TryGetValue(enumType, out var spoken)
            ? spoken
            : Enum.GetValues(enumType).Cast<object>().ToDictionary(v => FieldName(v.ToString()!), v => v);

    /// <summary>How a file writes an enum value: <c>FundingSource.GeneralPublicBudget</c> → <c>general_public_budget</c>.</summary>
    public static string EnumValue(Enum value) => EnumValues(value.GetType()).First(p => p.Value.Equals(value)).Key;
}
