using BudgetReportGen.Tests.Shared;
using System.Diagnostics;

namespace BudgetReportGen.Writers.Docx.Tests;

/// <summary>Runs LibreOffice (soffice) and pdftotext, which .ci/run installs.</summary>
internal static class LibreOffice
{
    /// <summary>Fails the test when soffice or pdftotext is missing (.ci/run installs both): the check never passes silently.</summary>
    public static void Require()
    {
        foreach (var tool in new[] { "soffice", "pdftotext" })
            Assert.True(OnPath(tool), $"'{tool}' is not on PATH: apt-get install libreoffice-writer-nogui poppler-utils (.ci/run installs them).");
    }

    private static readonly object Gate = new();

    /// <summary>Converts a .docx to PDF in <paramref name="directory"/> and returns the PDF path.
    /// Conversions run one at a time, each with a profile of its own: two soffice processes sharing a profile fail.</summary>
    public static string ConvertToPdf(string docx, string directory)
    {
        lock (Gate)
        {
            var profile = Directory.CreateTempSubdirectory("BudgetReportGen.Docx.Tests.lo-profile-").FullName;
            try
            {
                TestTools.Run("soffice", TimeSpan.FromMinutes(3), "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", directory, docx);
            }
            finally
            {
                Directory.Delete(profile, recursive: true);
            }
        }
        var pdf = Path.Combine(directory, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice did not produce {pdf}");
        return pdf;
    }

    /// <summary>The text of each page of a PDF (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var txt = Path.ChangeExtension(pdf, ".txt");
        TestTools.Run("pdftotext", TimeSpan.FromMinutes(3), "-layout", pdf, txt);
        return File.ReadAllText(txt).Split('\f');
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));
}
