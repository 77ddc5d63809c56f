using BudgetReportGen.Documents;
using PdfSharp.Pdf;

namespace BudgetReportGen.Writers.Pdf;

/// <summary>The PDF document information dictionary, from <see cref="DocumentInfo"/> only (dates at 00:00 of DocumentInfo.Date, never the clock).</summary>
internal static class DocumentProperties
{
    public static void Apply(PdfDocument pdf, DocumentInfo info)
    {
        var date = info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local);
        pdf.Info.Title = info.Title;
        pdf.Info.Author = info.Author;
        pdf.Info.Subject = info.Subject;
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.PageMode = PdfPageMode.UseOutlines;
    }
}
