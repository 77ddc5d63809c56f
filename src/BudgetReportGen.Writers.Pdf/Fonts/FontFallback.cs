using System.Collections;
using BudgetReportGen.Documents;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Chooses the font each character of a run is drawn in, so that a character the role's own font has no glyph for is drawn in
/// another installed TrueType face that has it (embedded as a subset like the rest, measured with that face's widths).
/// The faces are tried in a fixed order (<see cref="Chain"/>), so the same text always gets the same font.
/// One per document (not shared across threads).
/// </summary>
internal sealed class FontFallback(DocumentStyle style, FontSet fonts)
{
    private readonly Dictionary<XFont, BitArray> coverage = [];
    private readonly Dictionary<(FontSpec Spec, bool Bold, int CodePoint), XFont?> found = [];
    private readonly Dictionary<FontSpec, IReadOnlyList<FontFace>> chains = [];

    /// <summary>
    /// The font for <paramref name="codePoint"/>: <paramref name="first"/> when it has a glyph, else <paramref name="second"/>
    /// (a run's Chinese and Latin fonts, in the order the character prefers them), else the first face of the role's
    /// <see cref="Chain"/> that has it (at the role's size and weight), else <paramref name="first"/> (the character is then
    /// reported as missing, <see cref="MissingCharacters"/>).
    /// </summary>
    public XFont Pick(XFont first, XFont second, FontSpec spec, bool bold, int codePoint)
    {
        if (Has(first, codePoint)) return first;
        if (Has(second, codePoint)) return second;
        return Fallback(spec, bold, codePoint) ?? first;
    }

    /// <summary>The font of the first face of the role's chain that has <paramref name="codePoint"/>, found once per document.</summary>
    private XFont? Fallback(FontSpec spec, bool bold, int codePoint)
    {
        if (!found.TryGetValue((spec, bold, codePoint), out var font))
        {
            var face = Chain(spec).FirstOrDefault(f => GlyphCoverage.Has(f, codePoint));
            font = face is null ? null : fonts.Of(face, spec.SizePt, bold || spec.Bold);
            found[(spec, bold, codePoint)] = font;
        }
        return font;
    }

    private bool Has(XFont font, int codePoint)
    {
        if (!coverage.TryGetValue(font, out var covered)) coverage[font] = covered = GlyphCoverage.Of(font.FontFamily.Name);
        return covered[codePoint];
    }

    /// <summary>
    /// The installed TrueType faces tried for a role's missing characters, in order: the faces of the role's own families,
    /// then those of the other roles (in role order), then every other installed TrueType face: upright before italic,
    /// nearest the regular weight first (bold text makes its own bold), then by family name and file.
    /// </summary>
    public IReadOnlyList<FontFace> Chain(FontSpec spec)
    {
        if (chains.TryGetValue(spec, out var chain)) return chain;
        var families = spec.Families.Concat(Enum.GetValues<TextRole>().SelectMany(r => style.Font(r).Families));
        var named = families.SelectMany(fonts.Catalog.Find);
        var rest = fonts.Catalog.AllFaces
            .OrderBy(f => f.IsItalic).ThenBy(f => Math.Abs(f.Weight - 400)).ThenBy(f => f.FamilyNames[0], StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.IndexInFile);
        chain = named.Concat(rest).Where(f => f.Flavour == OutlineFlavour.TrueType).Distinct().ToList();
        chains[spec] = chain;
        return chain;
    }
}
