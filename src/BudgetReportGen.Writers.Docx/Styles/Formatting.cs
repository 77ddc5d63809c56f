using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>Turns a <see cref="FontSpec"/> and alignments into WordprocessingML properties.</summary>
internal static class Formatting
{
    /// <summary>Fonts, weight, character spacing (twips, 0: none) and size of a role, in schema order (rFonts, b, bCs, spacing, sz, szCs).</summary>
    public static IEnumerable<OpenXmlElement> RunElements(FontSpec font, int spacingTwips = 0)
    {
        yield return Fonts(font);
        if (font.Bold)
        {
            yield return new Bold();
            yield return new BoldComplexScript();
        }
        if (spacingTwips != 0) yield return new Spacing { Val = spacingTwips };
        yield return new FontSize { Val = Units.HalfPoints(font.SizePt).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        yield return new FontSizeComplexScript { Val = Units.HalfPoints(font.SizePt).ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>East Asian text in the first family, Latin letters and digits in the Latin family; the eastAsia hint
    /// makes Word set ambiguous punctuation (“”、—) in the Chinese font.</summary>
    public static RunFonts Fonts(FontSpec font)
    {
        if (font.Families.Count == 0 || string.IsNullOrWhiteSpace(font.Families[0]))
            throw new DocumentWriteException("样式文件中有一个字体没有列出任何字体族（Families 为空）。请为每个文字角色至少填写一个中文字体名，例如“仿宋_GB2312”。");
        return new RunFonts
        {
            Hint = FontTypeHintValues.EastAsia,
            Ascii = font.LatinFamily,
            HighAnsi = font.LatinFamily,
            EastAsia = font.Families[0],
            ComplexScript = font.LatinFamily,
        };
    }

    /// <summary>
    /// The character spacing that keeps <paramref name="font"/> on the page's character grid (<see cref="DocumentStyle.CharTrackingPt"/>)
    /// in whole twips, rounded down so the grid's characters still fit a line (−0.207 pt becomes −0.25 pt: 28 × 15.75 pt ≤ 156 mm);
    /// justification fills the rest, as in the PDF.
    /// </summary>
    public static int TrackingTwips(DocumentStyle style, FontSpec font) => (int)Math.Floor(style.CharTrackingPt(font) * 20 + 1e-9);

    /// <summary>Fixed line spacing (lineRule exact) when the role has one, and the space around the paragraph.</summary>
    public static SpacingBetweenLines Spacing(FontSpec font)
    {
        var spacing = new SpacingBetweenLines
        {
            Before = Units.TwipsFromPt(font.SpaceBeforePt).ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = Units.TwipsFromPt(font.SpaceAfterPt).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (font.LineSpacingPt is { } line)
        {
            spacing.Line = Units.TwipsFromPt(line).ToString(System.Globalization.CultureInfo.InvariantCulture);
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
        else
        {
            spacing.Line = "240";
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }
        return spacing;
    }

    public static JustificationValues Justification(Alignment alignment) => alignment switch
    {
        Alignment.Left => JustificationValues.Left,
        Alignment.Center => JustificationValues.Center,
        Alignment.Right => JustificationValues.Right,
        _ => JustificationValues.Both,
    };

    public static JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    /// <summary>The w:jc value of <see cref="Justification(CellAlignment)"/>, for markup written without the SDK.</summary>
    public static string JustificationName(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => "center",
        CellAlignment.Right => "right",
        _ => "left",
    };

    /// <summary>A first-line indent in characters (w:firstLineChars, hundredths of a character) with the same
    /// indent in twips for readers that ignore character units.</summary>
    public static Indentation FirstLineIndent(double chars, double fontSizePt) => new()
    {
        FirstLineChars = (int)Math.Round(chars * 100),
        FirstLine = Units.TwipsFromPt(chars * fontSizePt).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Indentation NoIndent() => new() { FirstLineChars = 0, FirstLine = "0" };
}
