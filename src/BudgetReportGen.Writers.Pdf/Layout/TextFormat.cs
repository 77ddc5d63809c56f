using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>
/// A role's fonts (Chinese, and Latin for letters, digits and spaces) with its fixed line height and where the baseline sits
/// in a line (set by the Chinese font).
/// </summary>
internal sealed record TextFormat(FontSpec Spec, XFont Font, XFont Latin, double LineHeight, double BaselineOffset, FontPicker? Pick = null, double Tracking = 0)
{
    public double EmSize => Spec.SizePt;

    /// <summary>The advance of one full-width character: the em plus the grid's tracking.</summary>
    public double CharAdvance => EmSize + Tracking;

    /// <summary>Text set in this format's fonts (a character they lack in another installed face that has it; on the character
    /// grid when the role is).</summary>
    public StyledText Run(string text) => new(text, Font, Latin, Pick, Tracking);
}

/// <summary>Builds the <see cref="TextFormat"/> of each role from the document style.</summary>
internal sealed class TextFormats(DocumentStyle style, FontSet fonts)
{
    private readonly Dictionary<(TextRole, bool), TextFormat> cache = [];
    private readonly FontFallback fallback = new(style, fonts);

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
        var latin = fonts.GetLatin(spec, bold) ?? font;
        format = new TextFormat(spec, font, latin, lineHeight, (lineHeight - ascent - descent) / 2 + ascent,
            (first, second, codePoint) => fallback.Pick(first, second, spec, bold, codePoint), style.CharTrackingPt(spec));
        cache[(role, bold)] = format;
        return format;
    }
}
