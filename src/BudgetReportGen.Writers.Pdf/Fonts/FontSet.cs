using System.Collections.Concurrent;
using BudgetReportGen.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The fonts of a set of font folders: for each <see cref="FontSpec"/> the first of its families found (in the writer's font folders,
/// then the user's and system's), as a PDFsharp <see cref="XFont"/> embedded as a Unicode subset.
/// A missing font or a CFF-only face stops with a <see cref="DocumentWriteException"/> that says what to install.
/// One per set of folders and process (<see cref="For"/>): an XFont is made once and shared by every document and thread
/// (XFonts are immutable; PDFsharp embeds a subset per document), and it is cached by value (families, size, weight),
/// not by the style object, so documents rendered separately share it. Thread-safe.
/// </summary>
internal sealed class FontSet
{
    private static readonly ConcurrentDictionary<string, FontSet> Sets = new(StringComparer.Ordinal);

    private readonly FontCatalog catalog;
    private readonly ConcurrentDictionary<(string Families, double Size, bool Bold), XFont> fonts = new();
    private readonly ConcurrentDictionary<(string Family, double Size, bool Bold), XFont?> latinFonts = new();
    private readonly ConcurrentDictionary<(FontFace Face, double Size, bool Bold), XFont> faceFonts = new();

    private FontSet(FontCatalog catalog) => this.catalog = catalog;

    /// <summary>The installed faces these fonts are chosen from.</summary>
    public FontCatalog Catalog => catalog;

    /// <summary>The fonts of the writer's extra folders (then the user's and system's), made once per process.</summary>
    public static FontSet For(IReadOnlyList<string> extraFolders)
    {
        var catalog = FontCatalog.For(extraFolders);
        return Sets.GetOrAdd(string.Join('\n', catalog.SearchedFolders), _ => new FontSet(catalog));
    }

    /// <summary>The font for a role's spec, bold when the spec or the text asks for it.</summary>
    public XFont Get(FontSpec spec, TextRole role, bool bold = false)
    {
        bold |= spec.Bold;
        // A font that is not found is not cached: each document reports it (with its role).
        return fonts.GetOrAdd((string.Join('\n', spec.Families), spec.SizePt, bold), _ => Of(Resolve(spec, role).Face, spec.SizePt, bold));
    }

    /// <summary>The font of an installed face at a size and weight (made once per process), embedded as a Unicode subset.</summary>
    public XFont Of(FontFace face, double size, bool bold) =>
        faceFonts.GetOrAdd((face, size, bold), _ =>
        {
            var font = new XFont(FaceRegistry.Instance.Register(face), size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            if (bold && !face.IsBold) Emboldened.TryAdd(font, 0);
            return font;
        });

    /// <summary>
    /// True when PDFsharp draws <paramref name="font"/> emboldened (bold asked of a face that is not bold: its bold simulation,
    /// which strokes the outlines and sets the character spacing itself; FaceRegistry.ResolveTypeface asks for it).
    /// </summary>
    public static bool IsEmboldened(XFont font) => Emboldened.ContainsKey(font);

    private static readonly ConcurrentDictionary<XFont, byte> Emboldened = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Which face serves a role: the first family of its spec that is installed as TrueType, and whether that is a substitute
    /// (not the spec's first family, the official font). A role none of whose families is usable stops with a
    /// <see cref="DocumentWriteException"/> that says what to install.
    /// </summary>
    public FontChoice Choose(FontSpec spec, TextRole role)
    {
        var (face, family) = Resolve(spec, role);
        return new FontChoice(role, spec.Families[0], family, face.Path,
            !string.Equals(family, spec.Families[0], StringComparison.OrdinalIgnoreCase), FontInstallHint.FreeSubstitutes(spec.Families));
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
        return latinFonts.GetOrAdd((spec.LatinFamily, spec.SizePt, bold), _ =>
        {
            var face = LatinFamilies(spec.LatinFamily)
                .Select(family => catalog.Find(family).Where(f => f.Flavour == OutlineFlavour.TrueType && !f.IsItalic)
                    .OrderBy(f => f.IsBold == bold ? 0 : 1).FirstOrDefault())
                .FirstOrDefault(f => f is not null);
            return face is null ? null : Of(face, spec.SizePt, bold);
        });
    }

    /// <summary>True when an installed TrueType face (of any family) has a glyph for <paramref name="codePoint"/>.</summary>
    public bool AnyFaceHas(int codePoint) =>
        catalog.AllFaces.Any(f => f.Flavour == OutlineFlavour.TrueType && GlyphCoverage.Has(f, codePoint));

    /// <summary>Free fonts with the metrics of the common Windows Latin fonts (as fontconfig substitutes them on Linux).</summary>
    private static readonly Dictionary<string, string[]> LatinSubstitutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Times New Roman"] = ["Liberation Serif", "Tinos"],
        ["Arial"] = ["Liberation Sans", "Arimo"],
        ["Courier New"] = ["Liberation Mono", "Cousine"],
    };

    private static IEnumerable<string> LatinFamilies(string family) =>
        LatinSubstitutes.TryGetValue(family, out var substitutes) ? [family, .. substitutes] : [family];

    private (FontFace Face, string Family) Resolve(FontSpec spec, TextRole role)
    {
        var refused = new List<FontFace>();
        foreach (var family in spec.Families)
        {
            var candidates = catalog.Find(family).ToList();
            var trueType = candidates.FirstOrDefault(f => f.Flavour == OutlineFlavour.TrueType);
            if (trueType is not null) return (trueType, family);
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
