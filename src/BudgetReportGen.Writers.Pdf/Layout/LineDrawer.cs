using System.Text;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>Draws one broken line in a box: left, centred, right, or justified (extra space spread over the gaps between atoms).</summary>
internal static class LineDrawer
{
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
        if (!justify)
        {
            DrawRuns(g, line.Atoms, x, baseline, brush);
            return;
        }
        // The extra space goes between atoms, not inside a word cut by font (a glued atom follows the one before it closely).
        var gaps = line.Atoms.Skip(1).Count(a => !a.Glued);
        if (gaps == 0)
        {
            DrawRuns(g, line.Atoms, x, baseline, brush);
            return;
        }
        var gap = (width - natural) / gaps;
        for (var i = 0; i < line.Atoms.Count; i++)
        {
            var atom = line.Atoms[i];
            if (i > 0 && !atom.Glued) x += gap;
            DrawAtom(g, atom, x, baseline, brush);
            x += atom.Width;
        }
    }

    /// <summary>Draws one atom at <paramref name="x"/>: a character at a time when it is tracked (each followed by its tracking).</summary>
    private static void DrawAtom(XGraphics g, Atom atom, double x, double baseline, XBrush brush)
    {
        if (atom.Tracking == 0 || atom.Text.Length == 1)
        {
            g.DrawString(atom.Text, atom.Font, brush, x + atom.Offset, baseline);
            return;
        }
        foreach (var rune in atom.Text.EnumerateRunes()) // a character beyond the BMP is one surrogate pair, drawn whole
        {
            var ch = rune.ToString();
            g.DrawString(ch, atom.Font, brush, x, baseline);
            x += Advances.GetOrAdd((atom.Font, rune), key => g.MeasureString(key.Rune.ToString(), key.Font).Width) + atom.Tracking;
        }
    }

    /// <summary>Each character's advance in each font, measured once per process (fonts are shared by every document).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(XFont Font, Rune Rune), double> Advances = new();

    /// <summary>Draws atoms as few strings as possible: one per run of the same font; a compressed mark or a character on the grid is drawn alone.</summary>
    private static void DrawRuns(XGraphics g, IReadOnlyList<Atom> atoms, double x, double baseline, XBrush brush)
    {
        var text = new StringBuilder();
        XFont? font = null;
        var start = x;
        foreach (var atom in atoms)
        {
            if (atom.Compressed || atom.Tracking != 0)
            {
                if (font is not null && text.Length > 0) g.DrawString(text.ToString(), font, brush, start, baseline);
                text.Clear();
                font = null;
                DrawAtom(g, atom, x, baseline, brush);
                x += atom.Width;
                start = x;
                continue;
            }
            if (font is not null && !ReferenceEquals(font, atom.Font))
            {
                g.DrawString(text.ToString(), font, brush, start, baseline);
                text.Clear();
                start = x;
            }
            font = atom.Font;
            text.Append(atom.Text);
            x += atom.Width;
        }
        if (font is not null && text.Length > 0) g.DrawString(text.ToString(), font, brush, start, baseline);
    }
}
