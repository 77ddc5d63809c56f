using System.Text;
using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Core.Loading;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Core.Tests.Loading;

/// <summary>Hostile or broken data files end in placed diagnostics: never a crash, a hang, or garbage loaded as data.</summary>
public class HostileDataTests
{
    private static readonly string Minimal = File.ReadAllText(RepoFiles.Broken("minimal.yaml"));

    private static Diagnostic SingleError(LoadResult result)
    {
        Assert.Null(result.Data);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Deeply_nested_yaml_is_a_syntax_error_not_a_stack_overflow()
    {
        var text = "year: 2023\nx: " + new string('[', 70_000) + new string(']', 70_000) + "\n";
        var diagnostic = SingleError(BudgetDataLoader.Load(text, "deep.yaml"));
        Assert.Equal("syntax", diagnostic.RuleId);
        Assert.Contains("嵌套层次过深", diagnostic.Found);
        Assert.Equal(2, diagnostic.Location!.Value.Line);
    }

    [Fact]
    public void Deeply_nested_json_is_a_syntax_error()
    {
        var text = "{\"x\": " + new string('[', 70_000) + new string(']', 70_000) + "}";
        Assert.Equal("syntax", SingleError(BudgetDataLoader.Load(text, "deep.json")).RuleId);
    }

    [Fact]
    public void Escaped_lone_surrogate_in_json_is_placed()
    {
        var diagnostic = SingleError(BudgetDataLoader.Load("{\n  \"year\": 2023,\n  \"x\": \"a\\ud800b\"\n}", "s.json"));
        Assert.Equal("syntax", diagnostic.RuleId);
        Assert.Equal(3, diagnostic.Location!.Value.Line);
        Assert.Contains("代理项", diagnostic.Found);
    }

    [Fact]
    public void Escaped_lone_surrogate_in_yaml_text_is_an_error_at_its_place()
    {
        var text = Minimal.Replace("names: [某某单位]", "names: [\"某某\\ud800单位\"]");
        var diagnostic = SingleError(BudgetDataLoader.Load(text, "s.yaml"));
        Assert.Equal(5, diagnostic.Location!.Value.Line); // the YAML parser refuses it as a syntax error
        // text from elsewhere (a workbook cell) is checked by the binder
        Assert.Contains("代理项", InputLimits.TextProblem("某某\ud800单位"));
        Assert.Null(InputLimits.TextProblem("𠀀 emoji 😀 tab\t line\n"));
    }

    [Fact]
    public void Reversed_surrogate_escapes_are_a_syntax_error_not_a_crash()
    {
        var text = Minimal.Replace("names: [某某单位]", "names: [\"\\udc00\\ud800\"]");
        Assert.Equal("syntax", SingleError(BudgetDataLoader.Load(text, "r.yaml")).RuleId);
    }

    [Fact]
    public void Terminal_escape_sequence_in_a_value_is_an_error()
    {
        var text = Minimal.Replace("names: [某某单位]", "names: [\"\\e[2K\\r✓ 已生成\"]");
        var diagnostic = SingleError(BudgetDataLoader.Load(text, "e.yaml"));
        Assert.Equal("schema.text", diagnostic.RuleId);
        Assert.Contains("U+001B", diagnostic.Message);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue
    [InlineData("99999999999999999999999999999999")] // beyond decimal
    [InlineData("1000000000000000.5")]
    public void Huge_amount_is_a_range_error_not_an_internal_error(string amount)
    {
        var diagnostic = SingleError(BudgetDataLoader.Load(Minimal.Replace("general_public_budget: 100", $"general_public_budget: {amount}"), "big.yaml"));
        Assert.Equal("limit.number", diagnostic.RuleId);
        Assert.Contains("超出可处理的范围", diagnostic.Message);
        Assert.Equal("income.this_year.general_public_budget", diagnostic.Path);
        Assert.DoesNotContain("实际为数值", diagnostic.Message);
    }

    [Fact]
    public void Huge_integer_is_a_range_error()
    {
        var diagnostic = SingleError(BudgetDataLoader.Load(Minimal.Replace("year: 2023", "year: 99999999999"), "y.yaml"));
        Assert.Equal("limit.number", diagnostic.RuleId);
    }

    [Fact]
    public void Over_long_text_and_list_are_limit_errors()
    {
        var longName = Minimal.Replace("names: [某某单位]", $"names: [{new string('长', InputLimits.MaxTextLength + 1)}]");
        Assert.Equal("limit.text", SingleError(BudgetDataLoader.Load(longName, "l.yaml")).RuleId);
        var manyDuties = Minimal.Replace("duties: [负责某某工作。]", "duties: [" + string.Join(",", Enumerable.Repeat("a", InputLimits.MaxListItems + 1)) + "]");
        Assert.Equal("limit.list", SingleError(BudgetDataLoader.Load(manyDuties, "l.yaml")).RuleId);
    }

    [Fact]
    public void Gb18030_file_is_refused_with_the_place_and_how_to_convert()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "gbk.yaml");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(Minimal));
        var diagnostic = SingleError(BudgetDataLoader.Load(path));
        Assert.Equal("file.unreadable", diagnostic.RuleId);
        Assert.Contains("不是 UTF-8 编码", diagnostic.Message);
        Assert.Contains("GB18030", diagnostic.Message);
        Assert.Contains("另存为", diagnostic.Message);
        Assert.Equal(1, diagnostic.Location!.Value.Line);
    }

    [Fact]
    public void Utf16_with_bom_and_utf8_with_bom_load()
    {
        using var folder = new TempFolder();
        foreach (var (name, encoding) in new[] { ("u16.yaml", (Encoding)new UnicodeEncoding(false, true)), ("u16be.yaml", new UnicodeEncoding(true, true)), ("u8.yaml", new UTF8Encoding(true)) })
        {
            var path = Path.Combine(folder.Path, name);
            File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(Minimal)]);
            var result = BudgetDataLoader.Load(path);
            Assert.Empty(result.Diagnostics);
            Assert.Equal("某某单位", result.Data!.Department.Names[0]);
        }
    }

    [Fact]
    public void Folder_is_reported_as_a_folder()
    {
        using var folder = new TempFolder();
        var diagnostic = SingleError(BudgetDataLoader.Load(folder.Path));
        Assert.Contains("是文件夹", diagnostic.Message);
        Assert.DoesNotContain("权限", diagnostic.Message);
    }

    [Fact]
    public void Fifo_and_device_are_refused_at_once()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Path, "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        Assert.Contains("不是普通文件", SingleError(BudgetDataLoader.Load(fifo)).Message); // would block forever if opened
        Assert.Contains("不是普通文件", SingleError(BudgetDataLoader.Load("/dev/zero")).Message);
    }

    [Fact]
    public void Oversized_file_is_refused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "big.yaml");
        using (var stream = File.Create(path)) stream.SetLength(InputFile.MaxBytes + 1);
        Assert.Contains("文件太大", SingleError(BudgetDataLoader.Load(path)).Message);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("budgetgen-hostile-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

public class HostileAmountTests
{
    [Fact]
    public void More_than_twelve_decimals_is_a_limit_error()
    {
        var minimal = File.ReadAllText(RepoFiles.Broken("minimal.yaml"));
        var result = BudgetDataLoader.Load(minimal.Replace("general_public_budget: 100", "general_public_budget: 0.0000000000000000000000000001"), "d.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("limit.number", diagnostic.RuleId);
        Assert.Contains("小数位数过多", diagnostic.Message);
        Assert.Empty(BudgetDataLoader.Load(minimal.Replace("general_public_budget: 100", "general_public_budget: 100.000000000000"), "d.yaml").Diagnostics);
    }

    [Fact]
    public void Thousands_separator_in_braces_is_named_not_an_unknown_field()
    {
        var minimal = File.ReadAllText(RepoFiles.Broken("minimal.yaml"));
        var result = BudgetDataLoader.Load(minimal.Replace("  this_year:\n    general_public_budget: 100", "  this_year: {general_public_budget: 1,464.64}"), "t.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("schema.thousands-separator", diagnostic.RuleId);
        Assert.Contains("千分位逗号", diagnostic.Message);
    }
}

public class HostileWorkbookTests
{
    [Fact]
    public void A_zip_bomb_workbook_is_refused_before_it_is_unpacked()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgen-bomb-").FullName;
        try
        {
            var path = Path.Combine(folder, "bomb.xlsx");
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            {
                var zeros = new byte[1024 * 1024];
                for (var part = 0; part < 3; part++)
                {
                    using var entry = zip.CreateEntry($"xl/part{part}.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
                    for (var i = 0; i < 100; i++) entry.Write(zeros); // 100 MiB of zeros, some 100 KB packed
                }
            }
            Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024);
            var result = BudgetDataLoader.Load(path);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("file.unreadable", diagnostic.RuleId);
            Assert.Contains("解压后过大", diagnostic.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
