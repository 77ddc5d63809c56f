using BudgetReportGen.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// word/fontTable.xml: every font the style uses. An East Asian font names the next family of its fallback list as
/// w:altName and carries the GB2312 character set, so Word substitutes a Chinese font (not a Latin one) when the
/// first family is not installed; the common Chinese and Latin fonts also carry their PANOSE class, family and pitch
/// (as Word writes them), which Word matches a substitute by.
/// </summary>
internal static class FontTable
{
    private const string Gb2312CharSet = "86";

    /// <summary>What Word records for a font: its 10-byte PANOSE number (hex), family class and pitch.</summary>
    private sealed record Known(string Panose, FontFamilyValues Family, FontPitchValues Pitch);

    private static readonly Known Song = new("02010600030101010101", FontFamilyValues.Auto, FontPitchValues.Variable);
    private static readonly Known Modern = new("02010609060101010101", FontFamilyValues.Modern, FontPitchValues.Fixed);
    private static readonly Known Gb2312 = new("02010609030101010101", FontFamilyValues.Modern, FontPitchValues.Fixed);

    private static readonly Dictionary<string, Known> KnownFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["宋体"] = Song,
        ["SimSun"] = Song,
        ["黑体"] = Modern,
        ["SimHei"] = Modern,
        ["仿宋"] = Modern,
        ["FangSong"] = Modern,
        ["楷体"] = Modern,
        ["KaiTi"] = Modern,
        ["仿宋_GB2312"] = Gb2312,
        ["楷体_GB2312"] = Gb2312,
        ["Times New Roman"] = new("02020603050405020304", FontFamilyValues.Roman, FontPitchValues.Variable),
        ["Arial"] = new("020B0604020202020204", FontFamilyValues.Swiss, FontPitchValues.Variable),
    };

    public static Fonts Build(DocumentStyle style)
    {
        var fonts = new Fonts();
        fonts.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in Enum.GetValues<TextRole>().Select(style.Font))
        {
            if (spec.Families.Count > 0 && seen.Add(spec.Families[0]))
                fonts.Append(Entry(spec.Families[0], spec.Families.Count > 1 ? spec.Families[1] : null, Gb2312CharSet, FontFamilyValues.Auto));
            if (seen.Add(spec.LatinFamily))
                fonts.Append(Entry(spec.LatinFamily, null, null, FontFamilyValues.Roman));
        }
        return fonts;
    }

    /// <summary>
    /// A w:font: its fallback (w:altName), PANOSE, character set, family and pitch, in the schema's order; a font not in
    /// <see cref="KnownFonts"/> has no PANOSE, the family <paramref name="family"/> and variable pitch.
    /// </summary>
    private static Font Entry(string name, string? altName, string? charSet, FontFamilyValues family)
    {
        var known = KnownFonts.GetValueOrDefault(name);
        var font = new Font { Name = name };
        if (altName is not null) font.Append(new AltName { Val = altName });
        if (known is not null) font.Append(new Panose1Number { Val = known.Panose });
        if (charSet is not null) font.Append(new FontCharSet { Val = charSet });
        font.Append(new FontFamily { Val = known?.Family ?? family });
        font.Append(new Pitch { Val = known?.Pitch ?? FontPitchValues.Variable });
        return font;
    }
}
