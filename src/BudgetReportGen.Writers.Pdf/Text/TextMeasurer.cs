using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Text;

/// <summary>Measures string widths with PDFsharp's font metrics, caching by font and string. One per document (not shared across threads).</summary>
internal sealed class TextMeasurer
{
    private readonly XGraphics graphics = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(XFont Font, string Text), double> widths = [];

    public double Width(string text, XFont font)
    {
        if (text.Length == 0) return 0;
        if (widths.TryGetValue((font, text), out var width)) return width;
        width = graphics.MeasureString(text, font).Width;
        widths[(font, text)] = width;
        return width;
    }
}
