using BudgetReportGen.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>Text runs: '\n' becomes a line break, '\t' a tab; characters XML cannot carry are dropped.</summary>
internal static class Runs
{
    public static IEnumerable<Run> From(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            var (bold, italic) = inline is TextRun r ? (r.Bold, r.Italic) : (false, false);
            yield return Text(inline.Text, bold, italic);
        }
    }

    /// <summary>
    /// Runs of <paramref name="inlines"/> with the shared punctuation compression (<see cref="LineRules"/>): a full-width mark set
    /// half-width gets a run of its own whose character spacing takes back half an em of <paramref name="emPt"/> (on top of
    /// the style's <paramref name="trackingTwips"/>, which a run's spacing replaces). Word's own compression is off (it would
    /// also compress an opening bracket at a paragraph's start, so "（一）" would hang left of the indent).
    /// </summary>
    public static IEnumerable<Run> Set(IEnumerable<Inline> inlines, double emPt, int trackingTwips)
    {
        foreach (var inline in inlines)
        {
            var (bold, italic) = inline is TextRun r ? (r.Bold, r.Italic) : (false, false);
            var text = inline.Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (!LineRules.CompressRightHalf(text, i) && !(i + 1 < text.Length && LineRules.CompressLeftHalf(text, i + 1))) continue;
                if (i > start) yield return Text(text[start..i], bold, italic);
                var mark = Text(text[i..(i + 1)], bold, italic);
                mark.RunProperties ??= new RunProperties();
                mark.RunProperties.Spacing = new Spacing { Val = trackingTwips - Units.TwipsFromPt(emPt / 2) };
                yield return mark;
                start = i + 1;
            }
            if (start < text.Length || text.Length == 0) yield return Text(text[start..], bold, italic);
        }
    }

    public static Run Text(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) { properties.Bold = new Bold(); properties.BoldComplexScript = new BoldComplexScript(); }
            if (italic) { properties.Italic = new Italic(); properties.ItalicComplexScript = new ItalicComplexScript(); }
            run.Append(properties);
        }
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t')) continue;
            if (i > start) run.Append(new Text(Clean(text[start..i])) { Space = SpaceProcessingModeValues.Preserve });
            if (i < text.Length) run.Append(text[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }
        return run;
    }

    /// <summary>The same run as <see cref="Text"/>, written straight to <paramref name="w"/>.</summary>
    public static void Write(System.Xml.XmlWriter w, string text, bool bold = false)
    {
        Wml.Start(w, "r");
        if (bold)
        {
            Wml.Start(w, "rPr");
            Wml.Empty(w, "b");
            Wml.Empty(w, "bCs");
            w.WriteEndElement();
        }
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t')) continue;
            if (i > start)
            {
                Wml.Start(w, "t");
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(Clean(text[start..i]));
                w.WriteEndElement();
            }
            if (i < text.Length) Wml.Empty(w, text[i] == '\n' ? "br" : "tab");
            start = i + 1;
        }
        w.WriteEndElement();
    }

    /// <summary>The text without characters XML cannot hold (control characters) and without '\r'.</summary>
    internal static string Clean(string text)
    {
        foreach (var c in text)
            if (!System.Xml.XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c) || c == '\r')
                return new string(text.Where(ch => ch != '\r' && (System.Xml.XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch))).ToArray());
        return text;
    }
}
