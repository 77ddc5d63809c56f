namespace BudgetReportGen.Templates.Pack;

/// <summary>
/// A pack's lookup table: a UTF-8 CSV with the header <c>key,text</c>; each line splits at its first comma, so the text may
/// contain commas. Templates read it as a dictionary (<c>glossary["2080505"]</c>).
/// </summary>
internal static class LookupFile
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        var lines = PackText.Read(path).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "key,text")
            throw new TemplateException(path, 1, 1, "查找表的第一行应为表头“key,text”。");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var comma = lines[i].IndexOf(',');
            if (comma <= 0) throw new TemplateException(path, i + 1, 1, "每行应为“键,文字”。");
            var key = lines[i][..comma].Trim();
            if (!entries.TryAdd(key, lines[i][(comma + 1)..].Trim()))
                throw new TemplateException(path, i + 1, 1, $"键“{key}”重复。");
        }
        return entries;
    }
}
