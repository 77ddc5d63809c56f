using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using BudgetReportGen.Documents;
using BudgetReportGen.Writers.Pdf.Fonts;
using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Tests;

public class FontTests
{
    private static Document WithBodyFamilies(params string[] families)
    {
        var style = DocumentStyle.Default;
        var fonts = new Dictionary<TextRole, FontSpec>(style.Fonts) { [TextRole.Body] = style.Font(TextRole.Body) with { Families = families } };
        return TestDocuments.With(new Paragraph("正文。")) with { Style = style with { Fonts = fonts } };
    }

    [Fact]
    public void Fonts_are_embedded_as_tagged_subsets_and_the_file_stays_small()
    {
        var pdf = PdfTestSupport.AllBlocks;
        Assert.InRange(pdf.Length, 10_000, 500_000);
        var names = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/BaseFont\s*/([A-Z]{6})\+").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(names);
        using var document = PdfTestSupport.Open(pdf);
        var letters = document.GetPage(3).Letters;
        Assert.All(letters, l => Assert.Matches("^[A-Z]{6}\\+", l.FontName));
    }

    [Fact]
    public void Fonts_are_made_once_per_process_and_found_by_value()
    {
        var spec = DocumentStyle.Default.Font(TextRole.Body);
        var copy = spec with { Families = [.. spec.Families] }; // an equal spec from another style object
        Assert.Same(FontSet.For([]), FontSet.For([]));
        var fonts = new XFont[4];
        Parallel.For(0, fonts.Length, i => fonts[i] = FontSet.For([]).Get(i % 2 == 0 ? spec : copy, TextRole.Body));
        Assert.All(fonts, f => Assert.Same(fonts[0], f));
        Assert.NotSame(fonts[0], FontSet.For([]).Get(spec, TextRole.Body, bold: true));
    }

    [Fact]
    public void Family_names_match_in_any_language_and_ttc_faces_are_extracted()
    {
        var catalog = FontCatalog.For([]);
        var latin = catalog.Find("WenQuanYi Micro Hei").First();
        var chinese = catalog.Find("文泉驿微米黑").First();
        Assert.Equal(latin, chinese);
        Assert.EndsWith(".ttc", latin.Path);
        var face = Sfnt.ExtractFace(File.ReadAllBytes(latin.Path), latin.IndexInFile);
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        Assert.Contains("WenQuanYi Micro Hei", Assert.Single(Sfnt.ReadFacesFromBytes(face)).FamilyNames);
    }

    private static Document WithBodyLatin(string latinFamily)
    {
        var style = DocumentStyle.Default;
        var body = style.Font(TextRole.Body) with { Families = ["AR PL UMing CN"], LatinFamily = latinFamily };
        var fonts = new Dictionary<TextRole, FontSpec>(style.Fonts) { [TextRole.Body] = body };
        return TestDocuments.With(new Paragraph(LatinSample)) with { Style = style with { Fonts = fonts } };
    }

    private const string LatinSample = "预算3773.89万元，增长0.83%。";

    /// <summary>The letters of the sample paragraph (not the page number) with their fonts.</summary>
    private static IReadOnlyList<(string Letter, string Font)> BodyLetters(byte[] pdf)
    {
        using var document = PdfTestSupport.Open(pdf);
        return document.GetPage(1).Letters.Where(l => l.Value != " " && LatinSample.Contains(l.Value)).Select(l => (l.Value, l.FontName ?? "")).ToList();
    }

    [Fact]
    public void Latin_letters_and_digits_are_set_in_the_latin_family_and_chinese_in_the_chinese_one()
    {
        var letters = BodyLetters(PdfTestSupport.Write(WithBodyLatin("WenQuanYi Micro Hei")));
        Assert.All(letters.Where(l => l.Letter is "3" or "8" or "%" or "."), l => Assert.Contains("WenQuanYi", l.Font));
        Assert.All(letters.Where(l => l.Letter is "预" or "万" or "，" or "。"), l => Assert.Contains("UMing", l.Font));
        Assert.Equal(4, letters.Count(l => l.Letter is "预" or "万" or "，" or "。"));
    }

    [Fact]
    public void A_missing_latin_family_falls_back_to_the_chinese_font()
    {
        var letters = BodyLetters(PdfTestSupport.Write(WithBodyLatin("No Such Latin Serif")));
        Assert.Equal(LatinSample.Length, letters.Count);
        Assert.All(letters, l => Assert.Contains("UMing", l.Font));
    }

    [Fact]
    public void A_missing_font_names_the_role_the_families_and_what_to_install()
    {
        var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(WithBodyFamilies("不存在的仿宋", "NoSuchFangSong")));
        Assert.Contains("Body", error.Message);
        Assert.Contains("不存在的仿宋", error.Message);
        Assert.Contains("NoSuchFangSong", error.Message);
        Assert.Contains("fonts-arphic-uming", error.Message);
        Assert.Contains("simfang.ttf", error.Message);
    }

    [Fact]
    public void A_cff_opentype_font_is_refused_with_the_reason_and_an_alternative()
    {
        var folder = Directory.CreateTempSubdirectory("pdf-cff-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "TestCffSong.otf"), MinimalCffFont("TestCffSong"));
            var writer = new PdfWriter(new PdfWriterOptions([folder]));
            var error = Assert.Throws<DocumentWriteException>(() => PdfTestSupport.Write(WithBodyFamilies("TestCffSong"), writer));
            Assert.Contains("TestCffSong.otf", error.Message);
            Assert.Contains("CFF", error.Message);
            Assert.Contains("TrueType", error.Message);
            Assert.Contains("fonts-arphic-uming", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An 'OTTO' sfnt with only a name table: enough for the catalog to read its family and flavour.</summary>
    private static byte[] MinimalCffFont(string family)
    {
        var name = Encoding.BigEndianUnicode.GetBytes(family);
        var table = new byte[6 + 12 + name.Length];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 1);       // one record
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), 18);      // strings at 18
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), 3);       // Windows
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(8), 1);       // Unicode BMP
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(10), 0x409);  // en-US
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(12), 1);      // family name
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(14), (ushort)name.Length);
        name.CopyTo(table, 18);
        var font = new byte[12 + 16 + table.Length];
        Encoding.ASCII.GetBytes("OTTO").CopyTo(font, 0);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 1);
        Encoding.ASCII.GetBytes("name").CopyTo(font, 12);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(20), 28);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(24), (uint)table.Length);
        table.CopyTo(font, 28);
        return font;
    }
}

public class FontFolderTests
{
    [Fact]
    public void Windows_searches_the_system_and_the_per_user_font_folders()
    {
        var folders = FontCatalog.StandardFolders(windows: true, @"C:\Users\张三", @"C:\Windows\Fonts", @"C:\Users\张三\AppData\Local");
        Assert.Equal([@"C:\Windows\Fonts", Path.Combine(@"C:\Users\张三\AppData\Local", "Microsoft", "Windows", "Fonts")], folders);
    }

    [Fact]
    public void Linux_searches_the_users_then_the_systems_font_folders()
    {
        var folders = FontCatalog.StandardFolders(windows: false, "/home/zs", "", "");
        Assert.Equal(["/home/zs/.local/share/fonts", "/home/zs/.fonts", "/usr/local/share/fonts", "/usr/share/fonts"], folders);
    }
}

/// <summary>Which font serves each role, and whether it is a substitute for the official font.</summary>
public class FontChoiceTests
{
    [Fact]
    public void A_role_whose_first_family_is_missing_uses_a_substitute_and_says_what_to_install()
    {
        var body = Assert.Single(PdfFonts.Choices(DocumentStyle.Default, []), c => c.Role == TextRole.Body);
        Assert.True(body.IsSubstitute); // this machine has no 仿宋_GB2312, only the free AR PL UMing
        Assert.Equal("仿宋_GB2312", body.Wanted);
        Assert.Equal("AR PL UMing CN", body.Used);
        Assert.EndsWith("uming.ttc", body.File);
        var warning = Assert.Single(PdfFonts.SubstituteWarnings([body], "/packs/p/fonts"));
        Assert.Contains("正文（body）", warning);
        Assert.Contains("“仿宋_GB2312”", warning);
        Assert.Contains("/packs/p/fonts", warning);
        Assert.Contains("fonts-arphic-uming", warning);
    }

    [Fact]
    public void A_role_whose_first_family_is_installed_is_no_substitute()
    {
        var style = DocumentStyle.Default with
        {
            Fonts = DocumentStyle.Default.Fonts.ToDictionary(f => f.Key, f => f.Value with { Families = ["WenQuanYi Micro Hei", .. f.Value.Families] }),
        };
        var choices = PdfFonts.Choices(style, []);
        Assert.Equal(Enum.GetValues<TextRole>().Length, choices.Count);
        Assert.All(choices, c => Assert.False(c.IsSubstitute));
        Assert.Empty(PdfFonts.SubstituteWarnings(choices, "fonts"));
    }

    [Fact]
    public void A_face_in_the_packs_fonts_folder_is_found_first_and_used()
    {
        // a face no system folder has: Liberation Serif renamed "Official FangSng" (same length, so the name table stays valid)
        var pack = Directory.CreateTempSubdirectory("budgetgen-pack-fonts-").FullName;
        var bytes = File.ReadAllBytes("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        Replace(bytes, Encoding.BigEndianUnicode, "Liberation Serif", "Official FangSng");
        Replace(bytes, Encoding.Latin1, "Liberation Serif", "Official FangSng");
        File.WriteAllBytes(Path.Combine(pack, "official.ttf"), bytes);
        var style = DocumentStyle.Default with
        {
            Fonts = new Dictionary<TextRole, FontSpec>(DocumentStyle.Default.Fonts)
            {
                [TextRole.Body] = DocumentStyle.Default.Font(TextRole.Body) with { Families = ["Official FangSng", "AR PL UMing CN"] },
            },
        };
        Assert.Empty(FontSet.For([]).Catalog.Find("Official FangSng"));
        var body = Assert.Single(PdfFonts.Choices(style, [pack]), c => c.Role == TextRole.Body);
        Assert.False(body.IsSubstitute);
        Assert.Equal(Path.Combine(pack, "official.ttf"), body.File);

        // the Chinese characters it lacks fall back to the next family of the role
        var document = TestDocuments.With(new Paragraph("正文")) with { Style = style };
        using var pdf = PdfTestSupport.Open(PdfTestSupport.Write(document, new PdfWriter(new PdfWriterOptions([pack]))));
        Assert.Contains("UMing", pdf.GetPage(1).Letters.First(l => l.Value == "正").FontName);
    }

    private static void Replace(byte[] bytes, Encoding encoding, string from, string to)
    {
        var (old, replacement) = (encoding.GetBytes(from), encoding.GetBytes(to));
        for (var at = bytes.AsSpan().IndexOf(old); at >= 0; at = bytes.AsSpan().IndexOf(old))
            replacement.CopyTo(bytes, at);
    }
}
