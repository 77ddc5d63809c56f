namespace BudgetReportGen.Core.Classification;

/// <summary>One code of a classification with its official name (208 社会保障和就业支出).</summary>
public sealed record ClassificationEntry(string Code, string Name);

/// <summary>
/// One classification (functional, department economic or government economic): codes with their names, in code order.
/// Codes are unique; names are not (行政运行 appears under many 款).
/// </summary>
public sealed class ClassificationList
{
    private readonly Dictionary<string, ClassificationEntry> _byCode;

    public ClassificationList(IEnumerable<ClassificationEntry> entries)
    {
        Entries = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        _byCode = Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
    }

    public static ClassificationList Empty { get; } = new([]);

    /// <summary>Every entry in code order (each 类 followed by its 款 and their 项).</summary>
    public IReadOnlyList<ClassificationEntry> Entries { get; }

    /// <summary>The 类 (3-digit codes) in code order.</summary>
    public IReadOnlyList<ClassificationEntry> Classes => Entries.Where(e => e.Code.Length == 3).ToList();

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The official name of <paramref name="code"/>, or null when the list does not have it.</summary>
    public string? NameOf(string code) => _byCode.TryGetValue(code, out var entry) ? entry.Name : null;

    /// <summary>This list plus the <paramref name="extra"/> entries whose codes it lacks (its own names win).</summary>
    public ClassificationList With(IEnumerable<ClassificationEntry> extra)
    {
        var added = extra.Where(e => !Contains(e.Code)).DistinctBy(e => e.Code).ToList();
        return added.Count == 0 ? this : new ClassificationList(Entries.Concat(added));
    }
}
