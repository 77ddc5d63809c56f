using BudgetReportGen.Core.Diagnostics;
using BudgetReportGen.Documents;
using BudgetReportGen.Templates.Pack;

namespace BudgetReportGen.Templates.Tests.Engine;

/// <summary>A template never fails on valid data: lookups that miss give a default; what still fails is explained in Chinese.</summary>
public class SafeLookupTests
{
    private static readonly MiniModel Model = new("示例中心", 2023, 3773.89m, new DateOnly(2023, 2, 10),
        [new("208", "社会保障和就业支出", 2616.21m, 2339.81m, 707.51m), new("2080109", "社会保险经办机构", 0m, 0m, 464.64m)]);

    private const string Lookups = "lookups:\n  glossary: glossary.csv";

    private static string Text(Document document) => string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => p.Text));

    [Fact]
    public void Lookup_gives_the_text_or_an_empty_default_or_the_given_default()
    {
        using var pack = new MiniPack(part: """
            # 说明

            有：{{ lookup glossary "2080109" }}；无：[{{ lookup glossary "2101103" }}]；默认：{{ lookup glossary "2101103" "（暂无说明）" }}。

            <!-- table 1 -->
            """, extraManifest: Lookups);
        pack.Write("glossary.csv", "key,text\n2080109,反映社会保险经办机构的支出。\n");
        var text = Text(TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("有：反映社会保险经办机构的支出。；无：[]；默认：（暂无说明）。", text);
    }

    [Fact]
    public void An_indexer_that_misses_fails_in_chinese_naming_the_expression_and_the_safe_function()
    {
        using var pack = new MiniPack(part: "# 说明\n\n{{ for row in rows }}{{ glossary[row.code] }}{{ end }}\n\n<!-- table 1 -->\n", extraManifest: Lookups);
        pack.Write("glossary.csv", "key,text\n2080109,反映社会保险经办机构的支出。\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder).Render(Model));
        Assert.EndsWith("part.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("模板无法渲染：在“glossary”中找不到", error.Reason);
        Assert.Contains("lookup glossary", error.Reason);
        Assert.Contains("出错的表达式：glossary[row.code]", error.Reason);
        Assert.Contains("不是数据文件的问题", error.Reason);
    }

    [Fact]
    public void A_null_member_access_is_explained_in_chinese()
    {
        using var pack = new MiniPack(part: "# 说明\n\n{{ x = null }}{{ x.name }}\n\n<!-- table 1 -->\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder).Render(Model));
        Assert.Contains("没有值", error.Reason);
        Assert.Contains("if", error.Reason);
    }

    [Fact]
    public void Required_entries_have_a_severity_and_a_field()
    {
        using var pack = new MiniPack(extraManifest: """
            required:
              - value: name
                message: 缺少名称。
              - value: total > 10000
                field: total
                severity: warning
                message: 总额较小。
              - value: rows.size == 0
                field: rows
                message: 不应有行。
            """);
        var unmet = TemplatePack.Load(pack.Folder).UnmetRequirements(Model);
        Assert.Equal([(Severity.Warning, "总额较小。", "total"), (Severity.Error, "不应有行。", "rows")],
            unmet.Select(u => (u.Severity, u.Message, u.Field)));
    }

    [Fact]
    public void An_unknown_severity_is_refused_at_load()
    {
        using var pack = new MiniPack(extraManifest: "required:\n  - value: name\n    severity: 提示\n    message: 缺少名称。\n");
        var error = Assert.Throws<TemplateException>(() => TemplatePack.Load(pack.Folder));
        Assert.Contains("severity", error.Message);
    }
}
