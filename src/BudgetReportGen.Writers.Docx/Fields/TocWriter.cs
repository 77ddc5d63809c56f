using System.Globalization;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Docx.Content;
using BudgetReportGen.Writers.Docx.Styles;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BudgetReportGen.Writers.Docx.Fields;

/// <summary>
/// The table of contents as a TOC field whose cached result is already filled in: one toc N paragraph per entry of
/// <see cref="Toc.Collect"/>, each a hyperlink to the entry's bookmark with a PAGEREF field that carries the estimated
/// page number. Word's "Update field" rebuilds the same list: headings through \o, tables through their TC fields (\f C \l).
/// </summary>
internal sealed class TocWriter(Bookmarks bookmarks)
{
    public IEnumerable<Paragraph> Write(TableOfContents toc, IReadOnlyList<TocEntry> entries, IReadOnlyDictionary<string, int> pages, double entryLineSpacingPt)
    {
        var title = Paragraphs.Styled(StyleIds.TocHeading, Runs.Text(toc.Title));
        yield return title;

        var levels = $"\"1-{Math.Clamp(toc.MaxLevel, 1, StyleIds.MaxTocLevel).ToString(CultureInfo.InvariantCulture)}\"";
        var code = $"TOC \\o {levels} \\h \\z \\f C \\l {levels}";
        if (entries.Count == 0)
        {
            var empty = Paragraphs.Styled(StyleIds.Toc(1));
            empty.Append(FieldRuns.Begin(), FieldRuns.Instruction(code), FieldRuns.Separate(),
                Runs.Text("（本文档没有目录项）"), FieldRuns.End());
            yield return empty;
            yield break;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = Paragraphs.Styled(StyleIds.Toc(entry.Level));
            // The entries' line spacing from the shared rule (TocFit), so the contents fit one page where they can.
            paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
            {
                Line = Units.TwipsFromPt(entryLineSpacingPt).ToString(CultureInfo.InvariantCulture),
                LineRule = LineSpacingRuleValues.Exact,
            };
            if (i == 0) paragraph.Append(FieldRuns.Begin(), FieldRuns.Instruction(code), FieldRuns.Separate());
            var bookmark = bookmarks.NameFor(entry.Anchor);
            var page = pages.TryGetValue(entry.Anchor, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "1";
            var link = new Hyperlink { Anchor = bookmark, History = true };
            link.Append(Runs.Text(entry.Text + "\t"));
            link.Append(FieldRuns.Field($"PAGEREF {bookmark} \\h", page));
            paragraph.Append(link);
            if (i == entries.Count - 1) paragraph.Append(FieldRuns.End());
            yield return paragraph;
        }
    }
}
