using BudgetReportGen.Core.Classification;

namespace BudgetReportGen.Core.Computation;

/// <summary>A node of a classification rollup: its code, name, level and every leaf item that counts toward it.</summary>
internal sealed record ClassificationNode<T>(string Code, string Name, ClassLevel Level, IReadOnlyList<T> Items);

/// <summary>
/// Groups leaf items (项 rows, or 款 rows for economic classifications) into the 类/款/项 nodes they roll up to.
/// A leaf counts toward its own code and toward each shorter level prefix of it (2080109 → 208, 20801, 2080109),
/// so every node's figure is a sum over the same leaves: Σ 项 = 款, Σ 款 = 类 hold by construction.
/// Nodes come in code order (ordinal), which puts each 类 before its 款 and each 款 before its 项.
/// </summary>
internal static class ClassificationTree
{
    public static IReadOnlyList<ClassificationNode<T>> Build<T>(
        IEnumerable<T> leaves, Func<T, string> code, Func<T, string> name, IReadOnlyList<int> levels, ClassificationList names)
    {
        var items = new SortedDictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            var leafCode = code(leaf);
            foreach (var node in levels.Where(l => l < leafCode.Length).Select(l => leafCode[..l]).Append(leafCode))
            {
                if (!items.TryGetValue(node, out var list)) items[node] = list = [];
                list.Add(leaf);
            }
        }
        return items.Select(pair => new ClassificationNode<T>(
                pair.Key,
                pair.Value.Where(i => code(i) == pair.Key).Select(name).FirstOrDefault() ?? names.NameOf(pair.Key) ?? pair.Key,
                LevelOf(pair.Key),
                pair.Value))
            .ToList();
    }

    public static ClassLevel LevelOf(string code) => code.Length switch
    {
        0 => ClassLevel.Total,
        <= 3 => ClassLevel.Class,
        <= 5 => ClassLevel.Section,
        _ => ClassLevel.Item,
    };
}
