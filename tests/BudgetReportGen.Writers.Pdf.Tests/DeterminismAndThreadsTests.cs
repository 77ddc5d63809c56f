using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class DeterminismAndThreadsTests
{
    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = PdfTestSupport.Write(SampleDocuments.AllBlocks());
        var second = PdfTestSupport.Write(SampleDocuments.AllBlocks());
        Assert.Equal(first, second);
        Assert.Equal(PdfTestSupport.AllBlocks, first);
    }

    [Fact]
    public void Random_values_of_pdfsharp_are_replaced_by_content_derived_ones()
    {
        var pdf = PdfTestSupport.AllBlocks;
        Assert.Equal(pdf, DeterministicSave.Normalize(pdf)); // normalising again changes nothing
        var other = PdfTestSupport.Write(SampleDocuments.LongTable(3));
        string Id(byte[] b) => System.Text.RegularExpressions.Regex.Match(System.Text.Encoding.Latin1.GetString(b), @"/ID\s*\[<([0-9A-F]+)>").Groups[1].Value;
        Assert.NotEqual(Id(pdf), Id(other));
        Assert.NotEqual(new string('0', 32), Id(pdf));
    }

    [Fact]
    public void Writing_on_several_threads_at_once_gives_the_same_bytes()
    {
        var documents = new[] { SampleDocuments.AllBlocks(), SampleDocuments.LongTable(200) };
        var expected = documents.Select(d => PdfTestSupport.Write(d)).ToArray();
        const int count = 8;
        var results = new byte[count][];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => results[i] = PdfTestSupport.Write(documents[i % documents.Length]));
        for (var i = 0; i < count; i++) Assert.Equal(expected[i % documents.Length], results[i]);
    }
}

public class TimeZoneIndependenceTests
{
    [Fact]
    public void Local_time_offsets_after_dates_are_written_as_utc_with_the_same_length()
    {
        var text = "<< /CreationDate (D:20230210000000+08'00') /ModDate (D:20230210000000-05'30') >>\n<xmp:CreateDate>2023-02-10T00:00:00+08:00</xmp:CreateDate>";
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        var normalized = System.Text.Encoding.Latin1.GetString(DeterministicSave.Normalize(bytes));
        Assert.Equal(text.Length, normalized.Length);
        Assert.Contains("(D:20230210000000+00'00')", normalized);
        Assert.DoesNotContain("+08", normalized);
        Assert.DoesNotContain("-05'30'", normalized);
        Assert.Contains("2023-02-10T00:00:00+00:00", normalized);
    }
}

public class CultureIndependenceTests
{
    [Theory]
    [InlineData("ar-SA")] // Hijri calendar: the date would read D:1444…
    [InlineData("th-TH")] // Buddhist calendar: D:2566…
    [InlineData("fa-IR")]
    [InlineData("de-DE")] // decimal comma
    public void Any_locale_writes_the_same_bytes_with_gregorian_dates(string name)
    {
        var expected = PdfTestSupport.AllBlocks;
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        byte[] pdf;
        try
        {
            var culture = new System.Globalization.CultureInfo(name);
            System.Globalization.CultureInfo.CurrentCulture = culture;
            pdf = PdfTestSupport.Write(SampleDocuments.AllBlocks());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
        Assert.Equal(expected, pdf);
        Assert.Contains("/CreationDate(D:20", System.Text.Encoding.Latin1.GetString(pdf).Replace(" ", ""));
    }
}
