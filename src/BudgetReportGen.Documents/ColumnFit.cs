namespace BudgetReportGen.Documents;

/// <summary>
/// Column widths fitted to the content, as a browser's automatic table layout does, with the pack's widths as the starting
/// hint; computed once here so the PDF, Word and HTML writers set the same widths (as fractions of the text width).
/// <para>Each column's <em>preferred</em> width is its widest single-column cell on one line (the header at the header size,
/// the body at the body size, plus padding); its <em>minimum</em> is its longest piece no line may break inside (a number with
/// its unit, a Latin word, <see cref="LineRules.NoBreakSpans"/>, a short body label) and at least two characters. Starting from the pack's widths,
/// columns wider than they need (运算符, 度量单位, 完成时限) give their spare width to columns whose text would wrap, in
/// proportion to how much each lacks; then a column below its minimum takes what it needs from columns above theirs. A table
/// whose columns all fit keeps the pack's widths.</para>
/// </summary>
public static class ColumnFit
{
    /// <summary>Cell padding (left + right) as a multiple of the body size.</summary>
    public const double PaddingEm = 0.7;

    /// <summary>The columns' widths as fractions of the text width (summing to 1). Fitted once per table and style.</summary>
    public static double[] Fractions(Table table, DocumentStyle style) => (double[])Fitted(table, style).Fractions.Clone();

    /// <summary>What the fit gives a table, made once per table and style (every writer and the page estimate ask for it; two
    /// threads that make it at once make the same).</summary>
    private sealed record Fit(DocumentStyle Style, double[] Fractions)
    {
        public IReadOnlyDictionary<(int Row, int Column), string>? HeaderTexts { get; set; }
        public IReadOnlyDictionary<(int Row, int Column), string>? BodyTexts { get; set; }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Table, Fit> Fits = new();

    private static Fit Fitted(Table table, DocumentStyle style)
    {
        if (Fits.TryGetValue(table, out var fit) && ReferenceEquals(fit.Style, style)) return fit;
        fit = new Fit(style, Compute(table, style));
        Fits.AddOrUpdate(table, fit);
        return fit;
    }

    private static double[] Compute(Table table, DocumentStyle style)
    {
        var count = table.Columns.Count;
        var weights = table.Columns.Select(c => c.Width > 0 && double.IsFinite(c.Width) ? c.Width : 0).ToArray();
        var total = weights.Sum();
        if (count == 0 || total <= 0) return weights;
        var available = style.Page.TextWidthPt(table.Orientation);
        var widths = weights.Select(w => w / total * available).ToArray();
        var headerSize = style.Font(TextRole.TableHeader).SizePt;
        var bodySize = style.Font(TextRole.TableBody).SizePt;
        var padding = Padding(style);
        var preferred = new double[count];
        var minimum = new double[count];
        var headerWord = new double[count]; // the longest word of the column's header (HeaderWords)
        void Consider(IReadOnlyList<IReadOnlyList<PlacedCell>> rows, double size, bool header)
        {
            foreach (var row in rows)
                foreach (var placed in row)
                {
                    if (placed.Cell.ColSpan != 1 || placed.Cell.Text.Length == 0) continue;
                    var c = placed.Column;
                    // Bold text is set wider (a simulated bold thickens each glyph): measured a little larger.
                    var cellSize = placed.Cell.Bold ? size * BoldWidthFactor : size;
                    preferred[c] = Math.Max(preferred[c], placed.Cell.Text.Split('\n').Max(l => Width(l, cellSize)) + padding);
                    minimum[c] = Math.Max(minimum[c], (header ? Unbreakable(placed.Cell.Text, cellSize) : BodyUnbreakable(placed.Cell.Text, cellSize)) + padding);
                    if (header)
                        headerWord[c] = Math.Max(headerWord[c], placed.Cell.Text.Split('\n').SelectMany(HeaderWords.Words).Max(w => Width(w.Trim(), size)) + padding);
                }
        }
        var grid = TableGrid.Of(table);
        Consider(grid.Header, headerSize, header: true);
        Consider(grid.Body, bodySize, header: false);

        // Spare width of columns wider than their content, to columns whose text would wrap.
        var demand = Enumerable.Range(0, count).Select(c => Math.Max(0, preferred[c] - widths[c])).ToArray();
        var spare = Enumerable.Range(0, count).Select(c => Math.Max(0, widths[c] - Math.Max(preferred[c], minimum[c]))).ToArray();
        Move(widths, spare, demand);
        // A column narrower than its longest unbreakable piece takes it from columns wider than theirs.
        demand = Enumerable.Range(0, count).Select(c => Math.Max(0, minimum[c] - widths[c])).ToArray();
        spare = Enumerable.Range(0, count).Select(c => Math.Max(0, widths[c] - minimum[c] - demand[c])).ToArray();
        Move(widths, spare, demand);
        // A header's longest word gets whole where other columns have width their own text does not use ("政府性基金预算"),
        // not at the cost of a column's body text.
        demand = Enumerable.Range(0, count).Select(c => Math.Max(0, headerWord[c] - widths[c])).ToArray();
        spare = Enumerable.Range(0, count).Select(c => Math.Max(0, widths[c] - Math.Max(Math.Max(preferred[c], minimum[c]), headerWord[c]))).ToArray();
        Move(widths, spare, demand);
        var sum = widths.Sum();
        return widths.Select(w => w / sum).ToArray();
    }

    /// <summary>
    /// The text of each header cell, keyed by (row, column) of <see cref="TableGrid.Of"/>'s header, with its lines broken at word
    /// boundaries (<see cref="HeaderWords.Break"/>) for the cell's fitted width less the padding; every writer prints these.
    /// </summary>
    public static IReadOnlyDictionary<(int Row, int Column), string> HeaderTexts(Table table, DocumentStyle style)
    {
        var fit = Fitted(table, style);
        return fit.HeaderTexts ??= BreakHeaders(table, style);
    }

    private static IReadOnlyDictionary<(int Row, int Column), string> BreakHeaders(Table table, DocumentStyle style) =>
        CellTexts(table, style, TableGrid.Of(table).Header, TextRole.TableHeader, HeaderWords.Break);

    /// <summary>Each cell's text as <paramref name="print"/> sets it for the room its fitted width leaves inside the padding, keyed
    /// by the cell's (row, column) in <paramref name="rows"/>.</summary>
    private static Dictionary<(int, int), string> CellTexts(Table table, DocumentStyle style, IReadOnlyList<IReadOnlyList<PlacedCell>> rows,
        TextRole role, Func<string, double, double, string> print)
    {
        var fractions = Fractions(table, style);
        var available = style.Page.TextWidthPt(table.Orientation);
        var size = style.Font(role).SizePt;
        var padding = Padding(style);
        var texts = new Dictionary<(int, int), string>();
        foreach (var placed in rows.SelectMany(r => r))
        {
            var room = fractions.Skip(placed.Column).Take(placed.Cell.ColSpan).Sum() * available - padding;
            texts[(placed.Row, placed.Column)] = print(placed.Cell.Text, room, size);
        }
        return texts;
    }

    /// <summary>
    /// The text of each body cell, keyed by (row, column) of <see cref="TableGrid.Of"/>'s body, as every writer prints it: the
    /// cell's own text, except that a line whose wrap at the cell's fitted width would leave one character alone on its last
    /// line ("预算绩效目标覆盖/率") is broken into lines of even length instead ("预算绩效目/标覆盖率").
    /// </summary>
    public static IReadOnlyDictionary<(int Row, int Column), string> BodyTexts(Table table, DocumentStyle style)
    {
        var fit = Fitted(table, style);
        return fit.BodyTexts ??= BalanceBody(table, style);
    }

    private static IReadOnlyDictionary<(int Row, int Column), string> BalanceBody(Table table, DocumentStyle style) =>
        CellTexts(table, style, TableGrid.Of(table).Body, TextRole.TableBody,
            (text, room, size) => string.Join('\n', text.Split('\n').Select(l => Balanced(l, room, size))));

    /// <summary><paramref name="line"/> as it is, or broken into lines of even length when wrapped in <paramref name="room"/> its
    /// last line would hold a single character; breaks only where the line rules allow one.</summary>
    private static string Balanced(string line, double room, double sizePt)
    {
        var ems = Width(line, sizePt) / sizePt;
        var perLine = Math.Floor(room / sizePt + 1e-6);
        if (perLine < 2 || ems <= perLine) return line;
        var lines = (int)Math.Ceiling(ems / perLine - 1e-9);
        if (ems - (lines - 1) * perLine > 1 + 1e-9) return line;
        var target = Math.Ceiling(ems / lines - 1e-9);
        var noBreak = LineRules.NoBreakSpans(line);
        var pieces = new List<string>();
        var start = 0;
        var width = 0.0;
        for (var i = 0; i < line.Length; i++)
        {
            var w = IsWide(line[i]) ? 1 : 0.5;
            var canBreak = i > start && !LineRules.IsClosing(line[i]) && !LineRules.IsOpening(line[i - 1])
                && (IsWide(line[i]) || IsWide(line[i - 1])) && !LineRules.InsideSpan(noBreak, i);
            if (width + w > target + 1e-9 && canBreak)
            {
                pieces.Add(line[start..i]);
                start = i;
                width = 0;
            }
            width += w;
        }
        pieces.Add(line[start..]);
        return pieces.Count == lines && pieces.All(p => Width(p, sizePt) / sizePt <= perLine + 1e-9) ? string.Join('\n', pieces) : line;
    }

    /// <summary>A cell's padding, and a point of slack so a text that just fits is not wrapped by a writer's own rounding.</summary>
    private static double Padding(DocumentStyle style) => PaddingEm * style.Font(TextRole.TableBody).SizePt + 1;

    /// <summary>Moves up to the total demand from the spare widths (each giving in proportion to its spare) to the demanding columns
    /// (each taking in proportion to its demand).</summary>
    private static void Move(double[] widths, double[] spare, double[] demand)
    {
        var totalSpare = spare.Sum();
        var totalDemand = demand.Sum();
        var moved = Math.Min(totalSpare, totalDemand);
        if (moved <= 0.01) return;
        for (var c = 0; c < widths.Length; c++)
            widths[c] += moved * demand[c] / totalDemand - moved * spare[c] / totalSpare;
    }

    /// <summary>An estimate of the width of <paramref name="text"/> at <paramref name="sizePt"/>: wide characters one em, others half.</summary>
    public static double Width(string text, double sizePt)
    {
        var ems = 0.0;
        foreach (var ch in text) ems += IsWide(ch) ? 1 : 0.5;
        return ems * sizePt;
    }

    /// <summary>How much wider bold text is set than regular (PDFsharp and Word thicken a face without a bold style).</summary>
    private const double BoldWidthFactor = 1.04;

    /// <summary>The longest body text kept on one line: a short label (年度主要任务, 部门（单位）名称, 满意度指标) wrapped in
    /// a narrow column leaves a character or two alone on a line, so a cell of up to this many characters is a word.</summary>
    public const int ShortLabelChars = 8;

    /// <summary>A body cell's unbreakable width: each short line whole (<see cref="ShortLabelChars"/>: "部门（单位）" of
    /// "部门（单位）\n名称"), and <see cref="Unbreakable"/> for the rest.</summary>
    private static double BodyUnbreakable(string text, double sizePt) =>
        Math.Max(Unbreakable(text, sizePt), text.Split('\n').Where(l => l.Length <= ShortLabelChars).Select(l => Width(l, sizePt)).DefaultIfEmpty(0).Max());

    /// <summary>The widest piece of <paramref name="text"/> no line may break inside, and at least two wide characters when it has them.</summary>
    private static double Unbreakable(string text, double sizePt)
    {
        var widest = 0.0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Runs of narrow characters (a number, a Latin word) are kept whole.
                var start = -1;
                for (var i = 0; i <= word.Length; i++)
                {
                    var narrow = i < word.Length && !IsWide(word[i]);
                    if (narrow && start < 0) start = i;
                    if (!narrow && start >= 0)
                    {
                        widest = Math.Max(widest, Width(word[start..i], sizePt));
                        start = -1;
                    }
                }
            }
            foreach (var (start, length) in LineRules.NoBreakSpans(line))
                widest = Math.Max(widest, Width(line.Substring(start, length), sizePt));
            if (line.Count(IsWide) >= 2) widest = Math.Max(widest, 2 * sizePt);
        }
        return widest;
    }

    internal static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF'
          or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF' or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019';
}
