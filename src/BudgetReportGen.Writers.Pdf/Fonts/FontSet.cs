using BudgetReportGen.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The fonts of one document: for each <see cref="FontSpec"/> the first of its families found (in the writer's font folders,
/// then the user's and system's), as a PDFsharp <see cref="XFont"/> embedded as a Unicode subset.
/// A missing font or a CFF-only face stops with a <see cref="DocumentWriteException"/> that says what to install.
/// </summary>
internal sealed class FontSet(FontCatalog catalog)
{
    private readonly Dictionary<(FontSpec Spec, bool Bold), XFont> fonts = [];
    private readonly Dictionary<(FontSpec Spec, bool Bold), XFont?> latinFonts = [];

    /// <summary>The font for a role's spec, bold when the spec or the text asks for it.</summary>
    public XFont Get(FontSpec spec, TextRole role, bool bold = false)
    {
        bold |= spec.Bold;
        if (fonts.TryGetValue((spec, bold), out var font)) return font;
        var face = Resolve(spec, role);
        var family = FaceRegistry.Instance.Register(face);
        font = new XFont(family, spec.SizePt, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        fonts[(spec, bold)] = font;
        return font;
    }

    /// <summary>
    /// The font for Latin letters, digits and spaces: the spec's <see cref="FontSpec.LatinFamily"/> or a metric-compatible
    /// substitute (<see cref="LatinSubstitutes"/>), an upright TrueType face of the wanted weight preferred.
    /// Null when none is installed: the caller then sets Latin text in the Chinese font, whose faces carry Latin glyphs.
    /// </summary>
    public XFont? GetLatin(FontSpec spec, bool bold = false)
    {
        bold |= spec.Bold;
        if (string.IsNullOrWhiteSpace(spec.LatinFamily)) return null;
        if (latinFonts.TryGetValue((spec, bold), out var cached)) return cached;
        var face = LatinFamilies(spec.LatinFamily)
            .Select(family => catalog.Find(family).Where(f => f.Flavour == OutlineFlavour.TrueType && !f.IsItalic)
                .OrderBy(f => f.IsBold == bold ? 0 : 1).FirstOrDefault())
            .FirstOrDefault(f => f is not null);
        var font = face is null ? null
            : new XFont(FaceRegistry.Instance.Register(face), spec.SizePt, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        latinFonts[(spec, bold)] = font;
        return font;
    }

    /// <summary>Free fonts with the metrics of the common Windows Latin fonts (as fontconfig substitutes them on Linux).</summary>
    private static readonly Dictionary<string, string[]> LatinSubstitutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Times New Roman"] = ["Liberation Serif", "Tinos"],
        ["Arial"] = ["Liberation Sans", "Arimo"],
        ["Courier New"] = ["Liberation Mono", "Cousine"],
    };

    private static IEnumerable<string> LatinFamilies(string family) =>
        LatinSubstitutes.TryGetValue(family, out var substitutes) ? [family, .. substitutes] : [family];

    private FontFace Resolve(FontSpec spec, TextRole role)
    {
        var refused = new List<FontFace>();
        foreach (var family in spec.Families)
        {
            var candidates = catalog.Find(family).ToList();
            var trueType = candidates.FirstOrDefault(f => f.Flavour == OutlineFlavour.TrueType);
            if (trueType is not null) return trueType;
            refused.AddRange(candidates.Where(f => f.Flavour == OutlineFlavour.Cff));
        }
        var tried = string.Join("、", spec.Families.Select(f => $"“{f}”"));
        if (refused.Count > 0)
            throw new DocumentWriteException(
                $"PDF 输出找不到“{role}”角色可用的字体：字体 {string.Join("、", refused.Select(f => $"{f.FileName}（{f.FamilyNames[0]}）").Distinct())} "
                + "是 CFF（PostScript 轮廓）OpenType 字体，PDFsharp 无法为其生成子集嵌入，因此不能使用。"
                + $"已尝试的字体：{tried}。请改用 TrueType 轮廓的字体（.ttf 或 .ttc，如 SimSun/SimHei 或文泉驿、AR PL 字体）。"
                + FontInstallHint.For(spec.Families));
        throw new DocumentWriteException(
            $"PDF 输出找不到“{role}”角色的字体：已尝试 {tried}，在 {string.Join("、", catalog.SearchedFolders)} 中都没有找到。"
            + FontInstallHint.For(spec.Families));
    }
}
