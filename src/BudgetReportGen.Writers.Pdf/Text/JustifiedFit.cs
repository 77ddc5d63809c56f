namespace BudgetReportGen.Writers.Pdf.Text;

/// <summary>
/// Where a justified paragraph's lines break, chosen for the whole paragraph (after CLREQ/JLREQ line adjustment): a line that
/// would be stretched because the next unbreakable piece ("336.12万元", "2023年12月") does not fit first tries to take it by
/// compressing its full-width punctuation (push-in: each mark gives up to half its width, closing marks before opening ones);
/// where that cannot make room, the stretch may be shared with the line before (push-out), whichever leaves the smallest
/// gaps. The paragraph keeps the number of lines the greedy fill gives it, so pages never change and the Word and HTML
/// estimates still agree; a line never gets wider than its measure.
/// </summary>
internal static class JustifiedFit
{
    /// <summary>
    /// The cost of each em taken from punctuation, against the square of the stretch per gap in ems: half an em of
    /// compression costs as much as stretching a line's 27 gaps by 0.055 em each (1.5 em in all), so a line is compressed
    /// rather than visibly stretched, and a slightly stretched line keeps its punctuation full-width.
    /// </summary>
    private const double SqueezeCost = 0.006;

    private const double Tolerance = 0.01;

    /// <summary>True when a line of <paramref name="lines"/> (filled greedily) other than the last would be stretched: else they cannot be bettered.</summary>
    public static bool Stretches(IReadOnlyList<Line> lines, double firstWidth, double width)
    {
        for (var i = 0; i < lines.Count - 1; i++)
            if ((i == 0 ? firstWidth : width) - lines[i].NaturalWidth > Tolerance) return true;
        return false;
    }

    /// <summary>
    /// As many lines as <paramref name="greedy"/> (the paragraph filled greedily) of one paragraph's <paramref name="atoms"/>,
    /// broken only at the atom indices in <paramref name="breaks"/> (ascending, from 0 to the atom count); null when no set
    /// of lines fits that costs less. <paramref name="em"/> is the advance of one full-width character (the unit of the costs).
    /// </summary>
    public static List<Line>? Fit(List<Atom> atoms, IReadOnlyList<int> breaks, IReadOnlyList<Line> greedy, double firstWidth, double width, double em)
    {
        var lineCount = greedy.Count;
        var sums = new Sums(atoms);
        var ends = breaks.Count - 1;
        var cost = new double[lineCount + 1, ends + 1];
        var from = new int[lineCount + 1, ends + 1];
        for (var k = 0; k <= lineCount; k++)
            for (var t = 0; t <= ends; t++) cost[k, t] = double.PositiveInfinity;
        cost[0, 0] = 0;
        // The greedy lines cost this much: a choice that costs more already is not followed further (most are not).
        var bound = greedy.SkipLast(1).Select((l, i) => Stretch((i == 0 ? firstWidth : width) - l.NaturalWidth, l.Atoms.Skip(1).Count(a => !a.Glued), em)).Sum() + 1e-9;
        for (var k = 0; k < lineCount; k++)
        {
            var available = k == 0 ? firstWidth : width;
            var last = k == lineCount - 1;
            for (var s = k; s < ends; s++)
            {
                if (cost[k, s] > bound) continue;
                for (var t = last ? ends : s + 1; t <= ends; t++)
                {
                    var line = sums.Measure(breaks[s], breaks[t]);
                    if (line.Natural - line.Shrink > available + Tolerance) break; // only wider as it ends later
                    if (line.Empty || (!last && t == ends)) continue;
                    var total = cost[k, s] + Cost(line, available, last, em);
                    if (total < cost[k + 1, t] && total <= bound)
                    {
                        cost[k + 1, t] = total;
                        from[k + 1, t] = s;
                    }
                }
            }
        }
        if (double.IsPositiveInfinity(cost[lineCount, ends])) return null;
        var lines = new Line[lineCount];
        for (int k = lineCount, t = ends; k > 0; t = from[k, t], k--)
        {
            var line = sums.Measure(breaks[from[k, t]], breaks[t]);
            var available = k == 1 ? firstWidth : width;
            var excess = line.Natural - available;
            var placed = atoms.GetRange(line.Start, line.End - line.Start);
            lines[k - 1] = new Line(excess > Tolerance ? Squeeze(placed, line.Start, excess) : placed, k == lineCount);
        }
        return [.. lines];
    }

    /// <summary>
    /// A line's badness: stretch is measured per gap (the space a reader sees between two characters), squared so one very
    /// loose line costs more than two slightly loose ones; compression by what it takes; the last line is not justified.
    /// </summary>
    private static double Cost(Measured line, double available, bool last, double em)
    {
        var spare = available - line.Natural;
        if (spare < -Tolerance) return SqueezeCost * -spare / em;
        return last ? 0 : Stretch(spare, line.Gaps, em);
    }

    /// <summary>The cost of stretching a line with <paramref name="gaps"/> gaps by <paramref name="spare"/>: the square of the stretch per gap, in ems.</summary>
    private static double Stretch(double spare, int gaps, double em)
    {
        if (spare <= 0) return 0;
        var perGap = spare / em / Math.Max(1, gaps);
        return perGap * perGap;
    }

    /// <summary>How much narrower a full-width mark may be set: half its width (its blank half); the paragraph's first character keeps its width.</summary>
    private static double Give(Atom atom, int index, string marks) =>
        index > 0 && !atom.Compressed && atom.Text.Length == 1 && marks.Contains(atom.Text[0]) ? atom.Width / 2 : 0;

    /// <summary>The line's atoms with <paramref name="excess"/> taken from its marks: closing marks first, each in proportion to what it can give.</summary>
    private static List<Atom> Squeeze(List<Atom> line, int firstIndex, double excess)
    {
        var result = new List<Atom>(line);
        foreach (var (marks, opening) in new[] { (Documents.LineRules.FullWidthClosing, false), (Documents.LineRules.FullWidthOpening, true) })
        {
            var can = line.Select((a, i) => Give(a, firstIndex + i, marks)).ToList();
            var total = can.Sum();
            if (total <= 0 || excess <= 0) continue;
            var share = Math.Min(1, excess / total);
            for (var i = 0; i < line.Count; i++)
            {
                if (can[i] == 0) continue;
                var cut = can[i] * share;
                result[i] = line[i] with { Width = line[i].Width - cut, Compressed = true, Offset = opening ? -cut : 0 };
            }
            excess -= total * share;
        }
        return result;
    }

    /// <summary>A candidate line: its atoms [Start, End) without leading and trailing spaces, their width, what compression can take, the gaps justification would widen.</summary>
    private readonly record struct Measured(int Start, int End, double Natural, double Shrink, int Gaps)
    {
        public bool Empty => End <= Start;
    }

    /// <summary>Running sums over a paragraph's atoms, so any candidate line is measured in constant time.</summary>
    private sealed class Sums
    {
        private readonly List<Atom> atoms;
        private readonly double[] width;
        private readonly double[] shrink;
        private readonly int[] separate;

        public Sums(List<Atom> atoms)
        {
            this.atoms = atoms;
            width = new double[atoms.Count + 1];
            shrink = new double[atoms.Count + 1];
            separate = new int[atoms.Count + 1];
            for (var i = 0; i < atoms.Count; i++)
            {
                var atom = atoms[i];
                width[i + 1] = width[i] + atom.Width;
                shrink[i + 1] = shrink[i] + Give(atom, i, Documents.LineRules.FullWidthClosing) + Give(atom, i, Documents.LineRules.FullWidthOpening);
                separate[i + 1] = separate[i] + (atom.Glued ? 0 : 1);
            }
        }

        public Measured Measure(int start, int end)
        {
            while (start < end && atoms[start].IsSpace) start++;
            while (end > start && atoms[end - 1].IsSpace) end--;
            if (end <= start) return new Measured(start, start, 0, 0, 0);
            return new Measured(start, end, width[end] - width[start], shrink[end] - shrink[start], separate[end] - separate[start + 1]);
        }
    }
}
