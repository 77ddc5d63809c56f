using BudgetReportGen.Documents;
using UglyToad.PdfPig;

namespace BudgetReportGen.Writers.Pdf.Tests;

/// <summary>Writes documents to PDF bytes once per test run and opens them with PdfPig.</summary>
internal static class PdfTestSupport
{
    private static readonly Lazy<byte[]> AllBlocksPdf = new(() => Write(BudgetReportGen.Tests.Shared.SampleDocuments.AllBlocks()));
    private static readonly Lazy<byte[]> LongTablePdf = new(() => Write(BudgetReportGen.Tests.Shared.SampleDocuments.LongTable(200)));

    public static byte[] AllBlocks => AllBlocksPdf.Value;
    public static byte[] LongTable200 => LongTablePdf.Value;

    public static byte[] Write(Document document, PdfWriter? writer = null)
    {
        using var stream = new MemoryStream();
        (writer ?? new PdfWriter()).Write(document, stream);
        return stream.ToArray();
    }

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The text of each page, with the whitespace PdfPig may insert between glyphs removed.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(p => Squeeze(p.Text)).ToList();
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
