using System.Globalization;
using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// Draws one broken line in a box: left, centred, right, or justified (extra space spread over the gaps between atoms).
/// Atoms are drawn as few strings as possible: a run of atoms of one font whose characters are evenly spaced (the character
/// grid's tracking, a justified line's gaps) is one string with that spacing as the PDF's character spacing (<c>Tc</c>).
/// </summary>
internal static class LineDrawer
{
    /// <summary>Positions closer than this (points) count as equal when runs are formed.</summary>
    private const double Tolerance = 1e-6;

    public static void Draw(XGraphics g, Line line, double left, double width, double baseline, Alignment alignment, XBrush? brush = null)
    {
        brush ??= XBrushes.Black;
        var natural = line.NaturalWidth;
        var justify = alignment == Alignment.Justify && !line.EndsParagraph && line.Atoms.Count > 1 && natural < width;
        var x = alignment switch
        {
            Alignment.Center => left + (width - natural) / 2,
            Alignment.Right => left + width - natural,
            _ => left,
        };
        // The extra space goes between atoms, not inside a word cut by font (a glued atom follows the one before it closely).
        var gaps = justify ? line.Atoms.Skip(1).Count(a => !a.Glued) : 0;
        var gap = gaps == 0 ? 0 : (width - natural) / gaps;
        var atoms = line.Atoms;
        var positions = new double[atoms.Count];
        for (var i = 0; i < atoms.Count; i++)
        {
            if (i > 0 && !atoms[i].Glued) x += gap;
            positions[i] = x;
            x += atoms[i].Width;
        }
        for (var i = 0; i < atoms.Count;) i = DrawRun(g, atoms, positions, i, baseline, brush);
    }

    /// <summary>Draws the longest evenly spaced run of atoms from <paramref name="first"/>; returns the index after it.</summary>
    private static int DrawRun(XGraphics g, IReadOnlyList<Atom> atoms, double[] positions, int first, double baseline, XBrush brush)
    {
        var atom = atoms[first];
        if (atom.Compressed)
        {
            g.DrawString(atom.Text, atom.Font, brush, positions[first] + atom.Offset, baseline);
            return first + 1;
        }
        // The spacing after each character: a word's own tracking, or what the position of the next atom says.
        double? spacing = Characters(atom) > 1 ? atom.Tracking
            : first + 1 < atoms.Count ? positions[first + 1] - positions[first] - Natural(atom) : null;
        var end = first + 1;
        for (; end < atoms.Count && spacing is { } s; end++)
        {
            var previous = atoms[end - 1];
            var next = atoms[end];
            var between = positions[end] - positions[end - 1] - Natural(previous) - (Characters(previous) - 1) * s;
            if (next.Compressed || !ReferenceEquals(next.Font, atom.Font) || Math.Abs(between - s) > Tolerance
                || (Characters(next) > 1 && Math.Abs(next.Tracking - s) > Tolerance)) break;
        }
        var text = end == first + 1 ? atom.Text : string.Concat(atoms.Skip(first).Take(end - first).Select(a => a.Text));
        var spaced = spacing is { } value && Math.Abs(value) > Tolerance ? value : 0;
        if (spaced == 0)
            g.DrawString(text, atom.Font, brush, positions[first], baseline);
        else if (CanSpace(g, atom.Font))
            DrawSpaced(g, text, atom.Font, brush, positions[first], baseline, spaced,
                Characters(atom) == 1 && end > first + 1 ? positions[first + 1] : null);
        else
            for (var i = first; i < end; i++) DrawByCharacter(g, atoms[i], positions[i], baseline, brush);
        return end;
    }

    /// <summary>
    /// Draws <paramref name="text"/> with <paramref name="spacing"/> after each character. The first character is drawn
    /// alone: that makes PDFsharp write the font's state (it resets the character spacing when it changes fonts), and the
    /// rest follows with the spacing written as <c>Tc</c> into the page's content (PDFsharp's XGraphics has no operator for
    /// it) and reset to 0 after. <paramref name="second"/>: where the second character starts, when known.
    /// </summary>
    private static void DrawSpaced(XGraphics g, string text, XFont font, XBrush brush, double x, double baseline, double spacing, double? second)
    {
        var firstLength = Rune.GetRuneAt(text, 0).Utf16SequenceLength;
        var head = text[..firstLength];
        g.DrawString(head, font, brush, x, baseline);
        if (text.Length == firstLength) return;
        var rest = text[firstLength..];
        var restAt = second ?? x + Advance(g, font, Rune.GetRuneAt(text, 0)) + spacing;
        if (rest.Length == Rune.GetRuneAt(rest, 0).Utf16SequenceLength)
        {
            g.DrawString(rest, font, brush, restAt, baseline);
            return;
        }
        var content = g.Internals.ContentStringBuilder!;
        content.Append(spacing.ToString("0.####", CultureInfo.InvariantCulture)).Append(" Tc\n");
        g.DrawString(rest, font, brush, restAt, baseline);
        content.Append("0 Tc\n");
    }

    /// <summary>
    /// True when character spacing can be written for <paramref name="font"/>: PDFsharp writes the page's content (not another
    /// device), nothing transforms the drawing, and the font is not emboldened by PDFsharp (which uses <c>Tc</c> itself for that).
    /// </summary>
    private static bool CanSpace(XGraphics g, XFont font) =>
        g.Internals.ContentStringBuilder is not null && g.Transform.IsIdentity
        && !Fonts.FontSet.IsEmboldened(font);

    /// <summary>Draws one atom a character at a time, each followed by its tracking (where <c>Tc</c> cannot be used).</summary>
    private static void DrawByCharacter(XGraphics g, Atom atom, double x, double baseline, XBrush brush)
    {
        if (atom.Tracking == 0 || atom.Text.Length == 1)
        {
            g.DrawString(atom.Text, atom.Font, brush, x, baseline);
            return;
        }
        foreach (var rune in atom.Text.EnumerateRunes()) // a character beyond the BMP is one surrogate pair, drawn whole
        {
            g.DrawString(rune.ToString(), atom.Font, brush, x, baseline);
            x += Advance(g, atom.Font, rune) + atom.Tracking;
        }
    }

    private static double Advance(XGraphics g, XFont font, Rune rune) =>
        Advances.GetOrAdd((font, rune), key => g.MeasureString(key.Rune.ToString(), key.Font).Width);

    /// <summary>The width of an atom without its tracking.</summary>
    private static double Natural(Atom atom) => atom.Width - atom.Tracking * Characters(atom);

    private static int Characters(Atom atom)
    {
        if (atom.Text.Length == 1) return 1;
        var count = 0;
        foreach (var _ in atom.Text.EnumerateRunes()) count++; // not Count(): that boxes the enumerator
        return count;
    }

    /// <summary>Each character's advance in each font, measured once per process (fonts are shared by every document).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(XFont Font, Rune Rune), double> Advances = new();
}
