using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>A role's font with its fixed line height and where the baseline sits in a line.</summary>
internal sealed record TextFormat(FontSpec Spec, XFont Font, double LineHeight, double BaselineOffset)
{
    public double EmSize => Spec.SizePt;
}

/// <summary>Builds the <see cref="TextFormat"/> of each role from the document style.</summary>
internal sealed class TextFormats(DocumentStyle style, FontSet fonts)
{
    private readonly Dictionary<(TextRole, bool), TextFormat> cache = [];

    public DocumentStyle Style => style;

    public TextFormat For(TextRole role, bool bold = false) => For(style.Font(role), role, bold);

    public TextFormat For(FontSpec spec, TextRole role, bool bold = false)
    {
        if (cache.TryGetValue((role, bold), out var format) && format.Spec == spec) return format;
        var font = fonts.Get(spec, role, bold);
        var metrics = font.Metrics;
        var ascent = metrics.Ascent * spec.SizePt / metrics.UnitsPerEm;
        var descent = Math.Abs(metrics.Descent) * spec.SizePt / metrics.UnitsPerEm;
        var lineHeight = spec.LineSpacingPt ?? font.GetHeight();
        // Centre the glyphs' ascent+descent box in the fixed line height, as word processors do with "exact" spacing.
        format = new TextFormat(spec, font, lineHeight, (lineHeight - ascent - descent) / 2 + ascent);
        cache[(role, bold)] = format;
        return format;
    }
}
