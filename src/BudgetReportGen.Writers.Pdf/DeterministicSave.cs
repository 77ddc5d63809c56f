using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>Saves a PDF so that the same document gives the same bytes.</summary>
internal static class DeterministicSave
{
    public static void Save(PdfDocument pdf, Stream output)
    {
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
