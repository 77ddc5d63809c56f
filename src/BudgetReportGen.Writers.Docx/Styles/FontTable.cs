using BudgetReportGen.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// word/fontTable.xml: every font the style uses. An East Asian font names the next family of its fallback list as
/// w:altName and carries the GB2312 character set, so Word substitutes a Chinese font (not a Latin one) when the
/// first family is not installed.
/// </summary>
internal static class FontTable
{
    private const string Gb2312CharSet = "86";

    public static Fonts Build(DocumentStyle style)
    {
        var fonts = new Fonts();
        fonts.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in Enum.GetValues<TextRole>().Select(style.Font))
        {
            if (spec.Families.Count > 0 && seen.Add(spec.Families[0]))
            {
                var font = new Font { Name = spec.Families[0] };
                if (spec.Families.Count > 1) font.Append(new AltName { Val = spec.Families[1] });
                font.Append(new FontCharSet { Val = Gb2312CharSet });
                font.Append(new FontFamily { Val = FontFamilyValues.Auto });
                font.Append(new Pitch { Val = FontPitchValues.Variable });
                fonts.Append(font);
            }
            if (seen.Add(spec.LatinFamily))
                fonts.Append(new Font(new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = spec.LatinFamily });
        }
        return fonts;
    }
}
