using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Classification;

/// <summary>A department economic 款 and the government economic 款 it is reported under, for 行政 and for 事业 units.</summary>
public sealed record EconomicMappingEntry(string DepartmentCode, string Administrative, string Institution);

/// <summary>部门预算支出经济分类 → 政府预算支出经济分类, by unit kind.</summary>
public sealed class EconomicMapping
{
    private readonly Dictionary<string, EconomicMappingEntry> _byCode;

    public EconomicMapping(IEnumerable<EconomicMappingEntry> entries) =>
        _byCode = entries.ToDictionary(e => e.DepartmentCode, StringComparer.Ordinal);

    public static EconomicMapping Empty { get; } = new([]);

    public IReadOnlyCollection<EconomicMappingEntry> Entries => _byCode.Values;

    /// <summary>
    /// The government 款 for a department 款: the 行政 column for administrative and 参公 units, the 事业 column for institutions;
    /// null when the mapping has no such code.
    /// </summary>
    public string? ToGovernment(string departmentCode, UnitKind kind)
    {
        if (!_byCode.TryGetValue(departmentCode, out var entry)) return null;
        return kind == UnitKind.Institution ? entry.Institution : entry.Administrative;
    }
}
