namespace BudgetReportGen.Core.Diagnostics;

/// <summary>
/// Where each field of a loaded data file stands in its text. Paths use the data format's own names:
/// <c>expenditures[3].project</c>, <c>three_public.reception.amount</c>. A path that is not recorded resolves to its
/// nearest recorded parent, so a finding about a derived figure still points at the block it comes from.
/// </summary>
public sealed class SourceMap(string file)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public string File { get; } = file;

    /// <summary>Records where a path stands: a line and column, or a workbook cell (row, column) of <paramref name="sheet"/>.</summary>
    public void Add(string path, int line, int column, string? sheet = null) => _locations[path] = new SourceLocation(File, line, column, sheet);

    public SourceLocation? Locate(string path)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (_locations.TryGetValue(p, out var location)) return location;
            if (p.Length == 0) return null;
        }
    }

    /// <summary>The diagnostic with its location filled in from this map (when it has none yet).</summary>
    public Diagnostic Place(Diagnostic diagnostic) =>
        diagnostic.Location is null ? diagnostic with { Location = Locate(diagnostic.Path) } : diagnostic;

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
