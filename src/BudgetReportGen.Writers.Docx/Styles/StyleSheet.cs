using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Styles;

/// <summary>
/// Builds word/styles.xml from <see cref="DocumentStyle"/>: document defaults, Normal, Body Text (first-line indent),
/// the built-in heading 1–4 (with outline levels for Word's navigation pane), Title/Subtitle for the cover, TOC Heading
/// and toc 1–9, footer, and the table and remark styles. Every size and font comes from the style.
/// </summary>
internal static class StyleSheet
{
    /// <summary>Language of Latin-script runs. With the document language (zh-CN) here, LibreOffice breaks English
    /// words mid-word; the document language applies to East Asian text through w:eastAsia.</summary>
    public const string LatinLanguage = "en-US";

    public static DocumentFormat.OpenXml.Wordprocessing.Styles Build(DocumentStyle style, string language, int textWidthTwips)
    {
        var body = style.Font(TextRole.Body);
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles();
        styles.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Formatting.Fonts(body),
                new FontSize { Val = Units.HalfPoints(body.SizePt).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = Units.HalfPoints(body.SizePt).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = LatinLanguage, EastAsia = language })),
            new ParagraphPropertiesDefault()));

        styles.Append(Paragraph(StyleIds.Normal, "Normal", null, body, style, isDefault: true, configure: p => p.Indentation = Formatting.NoIndent()));
        styles.Append(Paragraph(StyleIds.BodyText, "Body Text", null, body, style,
            configure: p => p.Indentation = Formatting.FirstLineIndent(style.FirstLineIndentChars, body.SizePt)));
        styles.Append(Paragraph(StyleIds.Title, "Title", null, style.Font(TextRole.Title), style));
        styles.Append(Paragraph(StyleIds.Subtitle, "Subtitle", null, style.Font(TextRole.TitleLine), style));
        for (var level = 1; level <= 4; level++)
        {
            var outline = level - 1;
            var headingFont = style.HeadingFont(level);
            var indentChars = style.HeadingIndentChars(level);
            styles.Append(Paragraph(StyleIds.Heading(level), $"heading {level}", StyleIds.BodyText, headingFont, style, configure: p =>
            {
                if (indentChars > 0) p.Indentation = Formatting.FirstLineIndent(indentChars, headingFont.SizePt);
                p.KeepNext = new KeepNext();
                p.KeepLines = new KeepLines();
                p.OutlineLevel = new OutlineLevel { Val = outline };
            }));
        }
        styles.Append(Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Toc(1), style.Font(TextRole.TocTitle), style));
        var tocFont = style.Font(TextRole.TocEntry);
        for (var level = 1; level <= StyleIds.MaxTocLevel; level++)
        {
            var indent = Units.TwipsFromPt((level - 1) * style.FirstLineIndentChars * tocFont.SizePt);
            styles.Append(Paragraph(StyleIds.Toc(level), $"toc {level}", StyleIds.Normal, tocFont, style, configure: p =>
            {
                p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidthTwips });
                p.Indentation = new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLineChars = 0, FirstLine = "0" };
            }));
        }
        styles.Append(Paragraph(StyleIds.TableCaption, "Table Caption", null, style.Font(TextRole.TableCaption), style, custom: true,
            configure: p => p.KeepNext = new KeepNext()));
        styles.Append(Paragraph(StyleIds.TableNote, "Table Note", null, style.Font(TextRole.TableNote), style, custom: true,
            configure: p => p.KeepNext = new KeepNext()));
        styles.Append(Paragraph(StyleIds.TableHeader, "Table Header", null, style.Font(TextRole.TableHeader), style, custom: true));
        styles.Append(Paragraph(StyleIds.TableBody, "Table Body", null, style.Font(TextRole.TableBody), style, custom: true));
        styles.Append(Paragraph(StyleIds.Remark, "Remark", null, style.Font(TextRole.Remark), style, custom: true));
        styles.Append(Paragraph(StyleIds.Footer, "footer", null, style.Font(TextRole.Footer), style));
        return styles;
    }

    /// <summary>
    /// A paragraph style for <paramref name="font"/>. On a page with a character grid (the shared rule,
    /// <see cref="DocumentStyle.OnCharGrid(FontSpec)"/>) a font on the grid gets the grid's character spacing
    /// (<see cref="Formatting.TrackingTwips"/>); one off it turns w:snapToGrid off.
    /// </summary>
    private static Style Paragraph(string id, string name, string? next, FontSpec font, DocumentStyle style,
        bool isDefault = false, bool custom = false, Action<StyleParagraphProperties>? configure = null)
    {
        var result = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) result.Default = true;
        if (custom) result.CustomStyle = true;
        result.Append(new StyleName { Val = name });
        if (!isDefault) result.Append(new BasedOn { Val = StyleIds.Normal });
        if (next is not null) result.Append(new NextParagraphStyle { Val = next });
        result.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties
        {
            SpacingBetweenLines = Formatting.Spacing(font),
            Justification = new Justification { Val = Formatting.Justification(font.Alignment) },
        };
        if (!isDefault) paragraph.Indentation = Formatting.NoIndent();
        var offGrid = style.Page.CharsPerLine > 0 && !style.OnCharGrid(font);
        if (offGrid) paragraph.SnapToGrid = new SnapToGrid { Val = false };
        configure?.Invoke(paragraph);
        result.Append(paragraph);
        var run = new StyleRunProperties(Formatting.RunElements(font, Formatting.TrackingTwips(style, font)));
        if (offGrid) run.SnapToGrid = new SnapToGrid { Val = false };
        result.Append(run);
        return result;
    }
}
