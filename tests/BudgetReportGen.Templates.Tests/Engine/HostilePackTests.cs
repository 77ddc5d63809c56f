using System.Text;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Tests.Engine;

/// <summary>A hostile or broken template pack is refused with a placed message: it cannot read files outside its folder, crash or hang.</summary>
public class HostilePackTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10),
        [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);

    private static TemplateException Refused(MiniPack pack) => Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));

    private static void ReplaceInManifest(MiniPack pack, string from, string to)
    {
        var path = Path.Combine(pack.Folder, "pack.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Theory]
    [InlineData("parts: [part.md]", "parts: [/etc/passwd]")]
    [InlineData("parts: [part.md]", "parts: [../../../../../../../../etc/passwd]")]
    [InlineData("tables: [table.yaml]", "tables: [/etc/hostname]")]
    [InlineData("parts: [part.md]", "parts: [part.md]\nstyle: /etc/passwd")]
    [InlineData("parts: [part.md]", "parts: [part.md]\nfonts: /")]
    [InlineData("parts: [part.md]", "parts: [part.md]\nclassifications: /usr/share")]
    [InlineData("parts: [part.md]", "parts: [part.md]\nlookups: {secrets: /etc/passwd}")]
    public void Paths_outside_the_pack_are_refused(string from, string to)
    {
        using var pack = new MiniPack();
        ReplaceInManifest(pack, from, to);
        var error = Refused(pack);
        Assert.Contains("不在模板包目录之内", error.Message);
        Assert.EndsWith("pack.yaml", error.File);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Symbolic_links_out_of_the_pack_are_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var pack = new MiniPack();
        File.Delete(Path.Combine(pack.Folder, "part.md"));
        File.CreateSymbolicLink(Path.Combine(pack.Folder, "part.md"), "/etc/passwd");
        Assert.Contains("不在模板包目录之内", Refused(pack).Message);

        using var linkedFolder = new MiniPack();
        Directory.CreateSymbolicLink(Path.Combine(linkedFolder.Folder, "etc"), "/etc");
        ReplaceInManifest(linkedFolder, "parts: [part.md]", "parts: [etc/passwd]");
        Assert.Contains("不在模板包目录之内", Refused(linkedFolder).Message);
    }

    [Fact]
    public void Symbolic_links_inside_the_pack_and_subfolders_are_allowed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var pack = new MiniPack();
        Directory.CreateDirectory(Path.Combine(pack.Folder, "parts"));
        File.Move(Path.Combine(pack.Folder, "part.md"), Path.Combine(pack.Folder, "parts", "one.md"));
        File.CreateSymbolicLink(Path.Combine(pack.Folder, "part.md"), "parts/one.md");
        Assert.NotNull(TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Equal(Path.Combine(PackPaths.RealPath(pack.Folder), "parts", "one.md"), PackPaths.Inside(pack.Folder, "part.md"));
        Assert.Null(PackPaths.Inside(pack.Folder, "parts/../../x"));
    }

    [Fact]
    public void Part_in_gb18030_is_refused_naming_the_encoding_and_the_fix()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var pack = new MiniPack();
        File.WriteAllBytes(Path.Combine(pack.Folder, "part.md"), Encoding.GetEncoding("GB18030").GetBytes("# 第一部分 概况\n\n本部门收入。\n\n<!-- table 1 -->\n"));
        var error = Refused(pack);
        Assert.EndsWith("part.md", error.File);
        Assert.Contains("不是 UTF-8 编码", error.Message);
        Assert.Contains("另存为", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Deeply_nested_table_spec_is_refused_not_a_stack_overflow()
    {
        using var pack = new MiniPack(table: "number: 1\nx: " + new string('[', 70_000) + new string(']', 70_000) + "\n");
        var error = Refused(pack);
        Assert.Contains("嵌套层次过深", error.Message);
        Assert.EndsWith("table.yaml", error.File);
    }

    [Fact]
    public void Alias_bomb_in_a_table_spec_is_refused()
    {
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        using var pack = new MiniPack(table: "number: 1\n" + bomb);
        Assert.Contains("节点过多", Refused(pack).Message);
    }

    [Fact]
    public void Pack_file_that_is_a_fifo_is_refused_at_once()
    {
        if (OperatingSystem.IsWindows()) return;
        using var pack = new MiniPack();
        File.Delete(Path.Combine(pack.Folder, "part.md"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(pack.Folder, "part.md")])) mkfifo.WaitForExit();
        Assert.Contains("不是普通文件", Refused(pack).Message);
    }
}

public class HostilePartTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10),
        [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);

    private static TemplateException RenderFails(string part)
    {
        using var pack = new MiniPack(part: part + "\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        return Assert.Throws<TemplateException>(() => loaded.Render(Model));
    }

    [Fact]
    public void Output_over_the_limit_is_an_error_never_a_silent_cut()
    {
        // each value is small; together they pass the limit
        var error = RenderFails("{{ for i in 1..99000 }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ name }}{{ end }}");
        Assert.Contains("上限", error.Message);
        // one value longer than Scriban's former 1 MiB cut is printed whole
        using var pack = new MiniPack(part: "{{ x = name | string.pad_right 1100000 }}{{ x | string.size }}\n\n<!-- table 1 -->\n");
        var text = string.Concat(TemplatePack.Load(pack.Folder).Render(Model).Blocks.OfType<BudgetReportGen.Documents.Paragraph>().Select(p => p.Text));
        Assert.Equal("1100000", text);
    }

    [Fact]
    public void Literal_output_over_the_limit_is_an_error()
    {
        var error = RenderFails("{{ for i in 1..99000 }}" + new string('字', 60) + "{{ end }}");
        Assert.Contains("上限", error.Message);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("*")]
    [InlineData("[")]
    [InlineData("- ")]
    public void Deep_markdown_is_an_error_not_a_crash(string unit)
    {
        using var pack = new MiniPack(part: "# 标题\n\n" + string.Concat(Enumerable.Repeat(unit, 50_000)) + "文字\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        try
        {
            loaded.Render(Model); // some shapes are merely flattened; that is fine
        }
        catch (TemplateException e)
        {
            Assert.Contains("嵌套", e.Message);
        }
    }
}

public class StyleRangeTests
{
    [Theory]
    [InlineData("size_pt: 16,", "size_pt: -3,")]
    [InlineData("size_pt: 16,", "size_pt: .nan,")]
    [InlineData("size_pt: 16,", "size_pt: NaN,")]
    [InlineData("size_pt: 16,", "size_pt: Infinity,")]
    [InlineData("size_pt: 16,", "size_pt: 1e308,")]
    [InlineData("line_spacing_pt: 28.95", "line_spacing_pt: 0")]
    [InlineData("width_mm: 210", "width_mm: 0")]
    [InlineData("margin_top_mm: 37", "margin_top_mm: -37")]
    [InlineData("margin_left_mm: 28", "margin_left_mm: 500")]
    public void Style_values_out_of_range_are_refused_with_their_place(string from, string to)
    {
        using var pack = new MiniPack();
        var path = Path.Combine(pack.Folder, "style.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.EndsWith("style.yaml", error.File);
        Assert.True(error.Message.Contains("超出范围") || error.Message.Contains("应为数值"), error.Message);
        Assert.True(error.Line >= 1);
    }
}

public class DeterministicTemplateTests
{
    [Fact]
    public void The_clock_is_not_available_to_a_pack()
    {
        var model = new MiniModel("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10), [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);
        using var pack = new MiniPack(part: "今天是 {{ date.now }}。\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        var error = Assert.Throws<TemplateException>(() => loaded.Render(model));
        Assert.Contains("date.now", error.Message);
    }

    [Fact]
    public void Numbers_are_formatted_the_same_under_any_culture()
    {
        var model = new MiniModel("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10), [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);
        using var pack = new MiniPack(part: "{{ 1234.5 }} {{ total }} {{ 0.5 * 3 }}\n\n<!-- table 1 -->\n");
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var text = TemplatePack.Load(pack.Folder).Render(model).Blocks.OfType<BudgetReportGen.Documents.Paragraph>().First().Text;
            Assert.Equal("1234.5 3773.89 1.5", text);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}

public class PackControlCharacterTests
{
    [Fact]
    public void A_control_character_in_a_part_is_refused_with_its_place()
    {
        using var pack = new MiniPack(part: "# 第一部分\n\n正文\u0001文字\n\n<!-- table 1 -->\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.EndsWith("part.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("U+0001", error.Message);
    }
}

public class TemplateOutputCharacterTests
{
    [Fact]
    public void A_control_character_a_template_writes_is_a_template_error()
    {
        var model = new MiniModel("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10), [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m)]);
        using var pack = new MiniPack(part: "正文{{ \"\\x1b[2K\" }}文字\n\n<!-- table 1 -->\n");
        var loaded = TemplatePack.Load(pack.Folder);
        var error = Assert.Throws<TemplateException>(() => loaded.Render(model));
        Assert.Contains("U+001B", error.Message);
    }
}

public class CharGridStyleTests
{
    private static MiniPack WithPage(string from, string to)
    {
        var pack = new MiniPack();
        var path = Path.Combine(pack.Folder, "style.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to));
        return pack;
    }

    [Fact]
    public void Chars_per_line_gives_the_page_its_character_grid()
    {
        using var pack = WithPage("margin_right_mm: 26}", "margin_right_mm: 26, chars_per_line: 28}");
        var page = TemplatePack.Load(pack.Folder).Style.Page;
        Assert.Equal(28, page.CharsPerLine);
        Assert.Equal(156.0 / 28 * 72 / 25.4, page.Box(BudgetReportGen.Documents.PageOrientation.Portrait).CharPitchPt, 9);
    }

    [Fact]
    public void Without_chars_per_line_there_is_no_grid()
    {
        using var pack = new MiniPack();
        Assert.False(TemplatePack.Load(pack.Folder).Style.Page.Box(BudgetReportGen.Documents.PageOrientation.Portrait).HasCharGrid);
    }

    [Fact]
    public void A_fractional_chars_per_line_is_refused_in_chinese()
    {
        using var pack = WithPage("margin_right_mm: 26}", "margin_right_mm: 26, chars_per_line: 27.5}");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.Contains("chars_per_line 应为整数", error.Message);
    }
}
