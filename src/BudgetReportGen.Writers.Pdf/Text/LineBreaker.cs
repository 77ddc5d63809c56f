using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Text;

/// <summary>
/// Chooses the font of a character: the first of two fonts (the run's fonts in the order the character prefers them) that
/// has a glyph for it, else another installed face that has one.
/// </summary>
internal delegate XFont FontPicker(XFont first, XFont second, int codePoint);

/// <summary>
/// A piece of text in one style (a run of a paragraph): wide characters in <paramref name="Font"/>, Latin words, digits and
/// spaces in <paramref name="Latin"/>; with <paramref name="Pick"/>, a character the preferred font lacks in the one it picks;
/// <paramref name="Tracking"/> is added to each character's advance (the character grid; like Word's character spacing and
/// CSS letter-spacing, which the other writers use, it applies to every character).
/// </summary>
internal sealed record StyledText(string Text, XFont Font, XFont Latin, FontPicker? Pick = null, double Tracking = 0)
{
    public StyledText(string text, XFont font) : this(text, font, font) { }
}

/// <summary>
/// The smallest unit of a line: one CJK character, one Latin word or number, or a space. A compressed full-width mark
/// (<see cref="Compressed"/>) is half its natural width and drawn <see cref="Offset"/> from where it starts. A word whose
/// characters need different fonts is cut into atoms by font; the later ones are <see cref="Glued"/> (no break before them).
/// An atom with <see cref="Tracking"/> (text on the character grid) has that added after each of its characters, so it is
/// drawn a character at a time.
/// </summary>
internal sealed record Atom(string Text, XFont Font, double Width, bool IsSpace, bool Compressed = false, double Offset = 0, bool Glued = false, double Tracking = 0);

/// <summary>A line of atoms; <see cref="EndsParagraph"/> is true for the last line and for lines ended by '\n' (not justified).</summary>
internal sealed record Line(IReadOnlyList<Atom> Atoms, bool EndsParagraph)
{
    public double NaturalWidth => Atoms.Sum(a => a.Width);
    public string Text => string.Concat(Atoms.Select(a => a.Text));
}

/// <summary>
/// Chinese line breaking: a line may break between any two CJK characters and at spaces, never before closing punctuation
/// nor after opening punctuation, nor inside a number with its unit or a date (<see cref="Documents.LineRules.NoBreakSpans"/>);
/// Latin words and numbers are kept whole (split only when one alone is wider than the line). Adjacent full-width marks are
/// compressed ("）。" sets the "）" half-width). '\n' forces a break.
/// </summary>
internal sealed class LineBreaker(TextMeasurer measurer)
{
    /// <summary>
    /// Breaks <paramref name="runs"/> into lines: the first line is <paramref name="firstWidth"/> wide, the others <paramref name="width"/>.
    /// Lines are filled greedily; text that will be <paramref name="justified"/> then has its breaks chosen for the whole
    /// paragraph (<see cref="JustifiedFit"/>: punctuation compressed before a line is stretched), in as many lines.
    /// </summary>
    public IReadOnlyList<Line> Break(IReadOnlyList<StyledText> runs, double firstWidth, double width, bool justified = false)
    {
        var lines = new List<Line>();
        foreach (var paragraph in SplitAtNewlines(runs))
        {
            var atoms = Atomize(paragraph);
            var segments = Segments(atoms, Documents.LineRules.NoBreakSpans(string.Concat(paragraph.Select(r => r.Text)))).ToList();
            var first = lines.Count == 0 ? firstWidth : width;
            var (filled, forced) = Fill(segments, first, width);
            if (justified && !forced && JustifiedFit.Stretches(filled, first, width)
                && JustifiedFit.Fit(atoms, Breaks(segments), filled, first, width, paragraph[0].Font.Size + paragraph[0].Tracking) is { } fitted)
                filled = fitted;
            lines.AddRange(filled);
        }
        return lines;
    }

    /// <summary>The atom indices a line may break at: the start of each segment and the end of the last.</summary>
    private static List<int> Breaks(List<List<Atom>> segments)
    {
        var breaks = new List<int>(segments.Count + 1) { 0 };
        foreach (var segment in segments) breaks.Add(breaks[^1] + segment.Count);
        return breaks;
    }

    /// <summary>One paragraph's segments filled greedily into lines; <c>Forced</c> when a segment wider than a line had to be split.</summary>
    private (List<Line> Lines, bool Forced) Fill(List<List<Atom>> segments, double firstWidth, double width)
    {
        var lines = new List<Line>();
        var forced = false;
        var current = new LineBuilder();
        var available = firstWidth;
        foreach (var segment in segments)
        {
            if (current.Count > 0 && current.ContentWidth + (ContentWidth(segment) + current.TrailingSpaceWidth()) > available + 0.01)
            {
                lines.Add(current.ToLine(false));
                current = new LineBuilder();
                available = width;
            }
            var toPlace = current.Count == 0 ? segment.SkipWhile(a => a.IsSpace).ToList() : segment;
            if (current.Count == 0 && ContentWidth(toPlace) > available + 0.01)
            {
                // A single unbreakable segment wider than the line: split it where it must.
                forced = true;
                foreach (var piece in ForceSplit(toPlace, available, width))
                {
                    if (current.Count > 0)
                    {
                        lines.Add(current.ToLine(false));
                        available = width;
                    }
                    current = new LineBuilder();
                    current.AddRange(piece);
                }
                continue;
            }
            current.AddRange(toPlace);
        }
        lines.Add(current.ToLine(true));
        return (lines, forced);
    }

    /// <summary>
    /// The line being filled, with the width of its atoms up to the last non-space kept as they are added
    /// (the same sum, in the same order, as adding them up again), so a line is not re-measured for every segment.
    /// </summary>
    private sealed class LineBuilder
    {
        private readonly List<Atom> atoms = [];
        private double total;

        public int Count => atoms.Count;

        /// <summary>The width without trailing spaces (they hang into the margin and never push a line over).</summary>
        public double ContentWidth { get; private set; }

        public void AddRange(List<Atom> more)
        {
            foreach (var atom in more)
            {
                atoms.Add(atom);
                total += atom.Width;
                if (!atom.IsSpace) ContentWidth = total;
            }
        }

        /// <summary>The width of the trailing spaces, which count when more text follows them on the line.</summary>
        public double TrailingSpaceWidth()
        {
            var width = 0.0;
            for (var i = atoms.Count - 1; i >= 0 && atoms[i].IsSpace; i--) width += atoms[i].Width;
            return width;
        }

        /// <summary>The finished line, without trailing spaces (the builder's list becomes the line's; the builder is not used after).</summary>
        public Line ToLine(bool endsParagraph)
        {
            var end = atoms.Count;
            while (end > 0 && atoms[end - 1].IsSpace) end--;
            atoms.RemoveRange(end, atoms.Count - end);
            return new Line(atoms, endsParagraph);
        }
    }

    private static IEnumerable<List<StyledText>> SplitAtNewlines(IReadOnlyList<StyledText> runs)
    {
        var current = new List<StyledText>();
        foreach (var run in runs)
        {
            var parts = run.Text.Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    yield return current;
                    current = [];
                }
                if (parts[i].Length > 0) current.Add(run with { Text = parts[i] });
            }
        }
        yield return current;
    }

    /// <summary>The number of characters (a surrogate pair is one), each of which gets the grid's tracking.</summary>
    private static int Characters(string text) => text.EnumerateRunes().Count();

    /// <summary>Cuts text into atoms: each wide character alone, Latin words whole, spaces alone; adjacent full-width marks compressed.</summary>
    internal List<Atom> Atomize(IReadOnlyList<StyledText> runs)
    {
        var atoms = new List<Atom>(runs.Sum(r => r.Text.Length));
        var all = string.Concat(runs.Select(r => r.Text));
        var offset = 0;
        foreach (var run in runs)
        {
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                var c = text[i];
                if (c is ' ' or '\t')
                    i++;
                else if (CharClass.IsWide(c) || char.IsSurrogate(c))
                    i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                else
                    while (i < text.Length && text[i] is not (' ' or '\t') && !CharClass.IsWide(text[i]) && !char.IsSurrogate(text[i])) i++;
                var piece = c == '\t' ? " " : text[start..i];
                var wide = CharClass.IsWide(c) || char.IsSurrogate(c);
                var parts = ByFont(run, piece, wide);
                if (parts is { Count: > 1 })
                {
                    atoms.AddRange(parts.Select((p, n) => new Atom(p.Text, p.Font, measurer.Width(p.Text, p.Font) + run.Tracking * Characters(p.Text),
                        false, Glued: n > 0, Tracking: run.Tracking)));
                    continue;
                }
                var font = parts?[0].Font ?? (wide ? run.Font : run.Latin);
                var width = measurer.Width(piece, font) + run.Tracking * Characters(piece);
                var at = offset + start;
                if (Documents.LineRules.CompressRightHalf(all, at))
                    atoms.Add(new Atom(piece, font, width / 2, false, Compressed: true));
                else if (Documents.LineRules.CompressLeftHalf(all, at))
                    atoms.Add(new Atom(piece, font, width / 2, false, Compressed: true, Offset: -width / 2));
                else
                    atoms.Add(new Atom(piece, font, width, piece == " ", Tracking: run.Tracking));
            }
            offset += text.Length;
        }
        return atoms;
    }

    /// <summary>
    /// A piece cut where its characters need different fonts: wide characters in the run's font, the others in its Latin font,
    /// a character that font lacks in the one the run's <see cref="StyledText.Pick"/> chooses. Null when the whole piece is
    /// in its preferred font (most pieces: nothing is allocated for them).
    /// </summary>
    private static List<(string Text, XFont Font)>? ByFont(StyledText run, string piece, bool wide)
    {
        if (run.Pick is null) return null;
        var (first, second) = wide ? (run.Font, run.Latin) : (run.Latin, run.Font);
        List<(string, XFont)>? parts = null;
        var (start, font) = (0, first);
        for (var i = 0; i < piece.Length;)
        {
            var pair = char.IsSurrogatePair(piece, i);
            var next = char.IsSurrogate(piece[i]) && !pair ? first : run.Pick(first, second, pair ? char.ConvertToUtf32(piece, i) : piece[i]);
            if (!ReferenceEquals(font, next))
            {
                parts ??= [];
                if (i > start) parts.Add((piece[start..i], font));
                (start, font) = (i, next);
            }
            i += pair ? 2 : 1;
        }
        parts?.Add((piece[start..], font));
        return parts;
    }

    /// <summary>True when a line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    internal static bool MayBreakBetween(Atom before, Atom after) =>
        !after.Glued
        && (before.IsSpace || (!after.IsSpace && !CharClass.IsClosing(after.Text[0]) && !CharClass.IsOpening(before.Text[^1])));

    /// <summary>The unbreakable pieces of a paragraph's atoms; <paramref name="noBreak"/> are the character ranges of its text no line breaks inside.</summary>
    private static IEnumerable<List<Atom>> Segments(List<Atom> atoms, IReadOnlyList<(int Start, int Length)> noBreak)
    {
        var segment = new List<Atom>();
        var offset = 0;
        for (var i = 0; i < atoms.Count; i++)
        {
            if (segment.Count > 0 && MayBreakBetween(atoms[i - 1], atoms[i]) && !Documents.LineRules.InsideSpan(noBreak, offset))
            {
                yield return segment;
                segment = [];
            }
            segment.Add(atoms[i]);
            offset += atoms[i].Text.Length;
        }
        if (segment.Count > 0) yield return segment;
    }

    /// <summary>Splits an over-wide segment: first between atoms, then (for one over-wide word) between characters.</summary>
    private IEnumerable<List<Atom>> ForceSplit(List<Atom> segment, double firstWidth, double width)
    {
        var pieces = segment.SelectMany(a => a.Width > width && a.Text.Length > 1 && !a.IsSpace ? SplitWord(a) : [a]);
        var current = new List<Atom>();
        var available = firstWidth;
        foreach (var atom in pieces)
        {
            if (current.Count > 0 && ContentWidth(current) + atom.Width > available + 0.01)
            {
                yield return current;
                current = [];
                available = width;
            }
            current.Add(atom);
        }
        if (current.Count > 0) yield return current;
    }

    private IEnumerable<Atom> SplitWord(Atom word) =>
        word.Text.Select(c => c.ToString()).Select(s => new Atom(s, word.Font, measurer.Width(s, word.Font), false));

    /// <summary>The width of <paramref name="atoms"/> without trailing spaces.</summary>
    private static double ContentWidth(List<Atom> atoms)
    {
        var end = atoms.Count;
        while (end > 0 && atoms[end - 1].IsSpace) end--;
        var width = 0.0;
        for (var i = 0; i < end; i++) width += atoms[i].Width;
        return width;
    }
}
