namespace BudgetReportGen.Templates.Tests.Engine;

/// <summary>Writes a small template pack to a temporary folder, so engine tests control every file.</summary>
internal sealed class MiniPack : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("budgetgen-pack-").FullName;

    public MiniPack(string? part = null, string? table = null, string? extraManifest = null)
    {
        Write("pack.yaml", $$$"""
            id: mini
            name: 测试模板包
            version: "1.0"
            year: 2023
            info:
              title: "{{ name }}报告"
              subject: 部门预算公开
              author: "{{ name }}"
              date: date
            cover:
              title: "{{ year }} 年部门预算公开报告"
              lines: |
                {{ name }}
            toc:
              title: 目录
              max_level: 2
            table_defaults:
              left_note: "部门名称：{{ name }}"
              right_note: 单位：万元
            parts: [part.md]
            tables: [table.yaml]
            {{{extraManifest}}}
            """);
        Write("style.yaml", """
            page: {width_mm: 210, height_mm: 297, margin_top_mm: 37, margin_bottom_mm: 35, margin_left_mm: 28, margin_right_mm: 26}
            fonts:
              body: {families: [仿宋_GB2312, AR PL UMing CN], size_pt: 16, line_spacing_pt: 28.95}
              table_header: {families: [黑体], size_pt: 9, bold: true, align: center}
            """);
        Write("part.md", part ?? """
            # 第一部分 概况

            本部门 {{ name }} 收入 {{ money total }} 万元。

            <!-- table 1 -->
            """);
        Write("table.yaml", table ?? """
            number: 1
            title: 支出表
            columns:
              - {header: 科目编码, width: 10, value: row.code}
              - {header: 科目名称, width: 30, value: row.name}
              - header: 基本支出
                columns:
                  - {header: 小计, width: 10, align: right, format: amount, value: row.basic}
                  - {header: 人员经费, width: 10, align: right, format: amount, value: row.personnel}
              - {header: 项目支出, width: 10, align: right, format: amount, value: row.project}
            rows:
              - cells: ["''", "'合计'", "table_amount total", "''", "''"]
                kind: total
              - each: rows
            empty_remark: 备注：此表为空表。
            empty_reason: 无支出
            """);
    }

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>A model the mini pack renders: any object's public properties become template variables.</summary>
public sealed record MiniModel(string Name, int Year, decimal Total, DateOnly Date, IReadOnlyList<MiniRow> Rows);

public sealed record MiniRow(string Code, string Name, decimal Basic, decimal Personnel, decimal Project);
