using System.Globalization;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using BudgetReportGen.Writers.Pdf.Layout;
using BudgetReportGen.Writers.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>
/// Writes a <see cref="Document"/> as PDF: our own layout (Chinese line breaking, tables, pagination) drawn with PDFsharp,
/// fonts found by family name and embedded as subsets, an outline, page numbers and the same bytes for the same document.
/// Safe to call from several threads at once.
/// </summary>
public sealed class PdfWriter(PdfWriterOptions options) : IDocumentWriter
{
    public PdfWriter() : this(PdfWriterOptions.Default) { }

    public string Format => "pdf";

    public void Write(Document document, Stream output)
    {
        var fonts = FontSet.For(options.FontFolders);
        var formats = new TextFormats(document.Style, fonts);
        if (PdfFonts.MissingCharacters(document, options.FontFolders) is { } message)
        {
            if (options.MissingCharacters == MissingCharacterPolicy.Error) throw new DocumentWriteException(message);
            options.Warn?.Invoke(message);
        }
        var measurer = new TextMeasurer();
        var breaker = new LineBreaker(measurer);
        var setup = document.Style.Page;
        var elements = new ElementBuilder(document, formats, measurer).Build();
        var pagination = new Paginator(setup).Paginate(elements);
        var numbering = new PageNumbering(pagination, elements.OfType<CoverElement>().Any(), PageNumbers.FirstBodyAnchor(document.Blocks));

        using var pdf = new PdfDocument();
        // PDFsharp saves every stream uncompressed; DeterministicSave compresses them as complete zlib streams (StreamCompression).
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        DocumentProperties.Apply(pdf, document.Info);
        var pages = new List<PdfPage>();
        var footer = formats.For(TextRole.Footer);
        foreach (var (laid, index) in pagination.Pages.Select((p, i) => (p, i)))
        {
            var page = pdf.AddPage();
            var box = setup.Box(laid.Orientation);
            page.Width = XUnit.FromPoint(box.WidthPt);
            page.Height = XUnit.FromPoint(box.HeightPt);
            using (var g = XGraphics.FromPdfPage(page))
            {
                var context = new DrawContext(g, box.LeftPt, box.TextWidthPt, numbering.OfAnchor);
                foreach (var part in laid.Parts) part.Fit.Draw?.Invoke(context, box.TopPt + part.Top);
                if (numbering.Of(index) is { } number) DrawPageNumber(g, box, footer, breaker, document.Style, number);
            }
            pages.Add(page);
        }
        Outline.Add(pdf, Toc.Collect(document, int.MaxValue), pagination, pages, setup);
        DeterministicSave.Save(pdf, output);
    }

    private static void DrawPageNumber(XGraphics g, PageBox box, TextFormat footer, LineBreaker breaker, DocumentStyle style, int number)
    {
        var text = string.Format(CultureInfo.InvariantCulture, style.PageNumberFormat, number);
        var width = box.TextWidthPt;
        var line = breaker.Break([footer.Run(text)], width, width)[0];
        // Under the text area, where the page box puts the page-number line.
        LineDrawer.Draw(g, line, box.LeftPt, width, box.FooterTopPt + footer.BaselineOffset, footer.Spec.Alignment == Alignment.Justify ? Alignment.Center : footer.Spec.Alignment);
    }
}
