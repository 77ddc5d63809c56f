namespace BudgetReportGen.Documents;

/// <summary>
/// Table header text broken at word boundaries, one rule for every writer. Headers are Chinese without spaces, so the words
/// come from how budget headings are built: a term ends with one of <see cref="WordEnds"/> (政府性基金<b>预算</b>, 单位<b>资金</b>,
/// 项目<b>支出</b>), and a header line breaks only after such an ending, at a space or punctuation, never inside a word:
/// "政府性基金预算" stays whole where it fits. The breaks are made once here as '\n' so PDF, Word and HTML break alike.
/// </summary>
public static class HeaderWords
{
    /// <summary>The endings of the terms budget table headers are made of; a header may break after each.</summary>
    public static IReadOnlyList<string> WordEnds { get; } =
        ["预算", "资金", "支出", "收入", "经费", "拨款", "结转", "结余", "合计", "小计", "总计", "名称", "编码", "代码", "科目",
         "项目", "金额", "指标", "目标", "单位", "分类", "类型", "部门"];

    /// <summary>Endings inside the terms (政府性<b>基金</b>预算, 国有<b>资本</b>经营预算): only a term wider than its cell breaks before them.</summary>
    public static IReadOnlyList<string> InnerEnds { get; } = ["基金", "资本", "经营", "专户", "公共", "管理"];

    /// <summary>Marks a header may break after (a bracket's content stays with the word it qualifies: "（境）费").</summary>
    private const string Separators = "，、；：。,;:";

    /// <summary>The words of one header line, in order; joined they give the line back.</summary>
    public static IReadOnlyList<string> Words(string line)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            var endsWord = line[i] == ' ' || (Separators.Contains(line[i]) && !LineRules.IsClosing(next)) || next == ' '
                || (LineRules.IsOpening(next) && !LineRules.IsOpening(line[i]))
                || (WordEnds.Any(w => EndsAt(line, i, w)) && !LineRules.IsClosing(next));
            if (!endsWord || i + 1 == line.Length) continue;
            words.Add(line[start..(i + 1)]);
            start = i + 1;
        }
        if (start < line.Length) words.Add(line[start..]);
        return words;
    }

    /// <summary>
    /// <paramref name="text"/> with '\n' where its lines break in a cell <paramref name="widthPt"/> wide at <paramref name="sizePt"/>
    /// (<see cref="ColumnFit.Width"/>): whole words a line; a word wider than the cell is broken before the endings inside it
    /// (政府性 | 基金 | 预算, <see cref="InnerEnds"/> too), and only a part still too wide between characters. A cell too narrow for one character keeps the text.
    /// </summary>
    public static string Break(string text, double widthPt, double sizePt)
    {
        if (text.Length == 0 || widthPt < sizePt) return text;
        widthPt += 0.01; // a word that just fits is not broken by rounding
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var current = "";
            var words = Words(line).SelectMany(w => ColumnFit.Width(w.Trim(), sizePt) > widthPt ? Parts(w) : [w]);
            foreach (var word in words)
            {
                if (current.Length > 0 && ColumnFit.Width((current + word).TrimEnd(), sizePt) > widthPt)
                {
                    lines.Add(current.TrimEnd());
                    current = "";
                }
                current += current.Length == 0 ? word.TrimStart() : word;
                while (ColumnFit.Width(current.TrimEnd(), sizePt) > widthPt && current.Length > 1)
                {
                    var fit = 1;
                    while (fit < current.Length && ColumnFit.Width(current[..(fit + 1)], sizePt) <= widthPt) fit++;
                    lines.Add(current[..fit]);
                    current = current[fit..];
                }
            }
            lines.Add(current.TrimEnd());
        }
        return string.Join('\n', lines);
    }

    /// <summary>A word cut before each ending inside it: "政府性基金预算" gives "政府性", "基金" and "预算".</summary>
    private static IEnumerable<string> Parts(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
            if (WordEnds.Concat(InnerEnds).Any(w => string.CompareOrdinal(word, i, w, 0, w.Length) == 0) && !LineRules.IsOpening(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        yield return word[start..];
    }

    private static bool EndsAt(string line, int index, string word) =>
        index + 1 >= word.Length && string.CompareOrdinal(line, index + 1 - word.Length, word, 0, word.Length) == 0;
}
