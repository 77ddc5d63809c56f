using System.Globalization;
using System.Net;
using System.Text;

namespace BudgetReportGen.Templates.Generation.Batch;

/// <summary>
/// The bureau's index of a batch: one self-contained page (no external file) listing every department with its key figures,
/// status, warnings and links to its reports; a click on a column heading sorts by it (a few lines of script; without script
/// the page still reads in input order). Above the table, the batch at a glance (<see cref="IndexCharts"/>), each chart drawn
/// by <paramref name="drawChart"/> (chart → markup: the HTML writer's SVG, or <see cref="IndexCharts.TextFigure"/>); the charts need no script.
/// </summary>
internal static class IndexPage
{
    public static string Html(BatchInfo info, IReadOnlyList<DepartmentRecord> departments, Func<Documents.Chart, string> drawChart)
    {
        var ok = departments.Count(d => d.Succeeded);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{{E(info.PackName)}} 生成结果</title>
            <style>
            body { font-family: "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.5em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
            th, td { border: 1px solid #bbb; padding: 0.35em 0.6em; }
            th { background: #eef2f7; cursor: pointer; white-space: nowrap; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.failed td { background: #fdecea; }
            tfoot td { font-weight: bold; background: #f6f6f6; }
            .note { color: #555; }
            .charts { display: flex; flex-wrap: wrap; gap: 1.5em; margin: 1em 0 2em; }
            .charts > div { flex: 1 1 32em; max-width: 48em; }
            .charts svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>{{E(info.PackName)}}：{{departments.Count}} 个部门的预算公开报告</h1>
            <p>成功 {{ok}} 个，失败 {{departments.Count - ok}} 个。模板包 {{E(info.PackId)}} {{E(info.PackVersion)}}，budgetgen {{E(info.ToolVersion)}}。金额单位：{{E(info.Unit)}}。</p>
            {{Charts(info, departments, drawChart)}}<p class="note">点击表头按该列排序。各文件的校验值见 manifest.json，全部提示见 diagnostics.json，汇总表见 summary.csv。</p>
            <table id="departments">
            <thead><tr><th>部门</th><th>年度</th><th>状态</th><th>警告</th><th>收支总预算</th><th>基本支出</th><th>项目支出</th><th>财政拨款</th><th>“三公”经费</th><th>比上年增减</th><th>增减率（%）</th><th>报告</th></tr></thead>
            <tbody>

            """);
        foreach (var d in departments)
        {
            var f = d.Figures;
            html.Append(d.Succeeded ? "<tr>" : "<tr class=\"failed\">");
            html.Append($"<td>{E(d.Department ?? d.Input)}</td><td class=\"n\">{d.Year?.ToString(CultureInfo.InvariantCulture)}</td>");
            html.Append($"<td>{E(d.Status)}{(d.Failure is null ? "" : "：" + E(d.Failure))}</td><td class=\"n\">{d.Warnings}</td>");
            foreach (var value in new[] { f?.Total, f?.Basic, f?.Project, f?.Fiscal, f?.ThreePublic, f?.ChangeOnLastYear, f?.ChangePercent })
                html.Append($"<td class=\"n\">{Amount(value)}</td>");
            html.Append("<td>").Append(string.Join(" ", d.Outputs.Select(o =>
                $"<a href=\"{E(Uri.EscapeDataString(o.Path).Replace("%2F", "/"))}\">{E(Label(o.Path))}</a>"))).Append("</td></tr>\n");
        }
        var done = departments.Where(d => d.Figures is not null && d.Succeeded).Select(d => d.Figures!).ToList();
        html.Append($"</tbody>\n<tfoot><tr><td>合计（{done.Count} 个已生成的部门）</td><td></td><td></td><td></td>");
        foreach (var column in new Func<KeyFigures, decimal>[] { f => f.Total, f => f.Basic, f => f.Project, f => f.Fiscal, f => f.ThreePublic })
            html.Append($"<td class=\"n\">{Amount(done.Sum(column))}</td>");
        html.Append("<td></td><td></td><td></td></tr></tfoot>\n");
        html.Append("""
            </table>
            <script>
            document.querySelectorAll('#departments thead th').forEach(function (th, column) {
              th.addEventListener('click', function () {
                var body = th.closest('table').tBodies[0];
                var rows = Array.from(body.rows);
                var ascending = th.dataset.order !== 'asc';
                th.dataset.order = ascending ? 'asc' : 'desc';
                var value = function (row) {
                  var text = row.cells[column].textContent.trim();
                  var number = parseFloat(text.replace(/,/g, ''));
                  return isNaN(number) || !/^[-\d.,]+$/.test(text) ? text : number;
                };
                rows.sort(function (a, b) {
                  var x = value(a), y = value(b);
                  var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string Charts(BatchInfo info, IReadOnlyList<DepartmentRecord> departments, Func<Documents.Chart, string> drawChart)
    {
        var charts = IndexCharts.Build(departments, info.Unit);
        if (charts.Count == 0) return "";
        return "<section class=\"charts\" aria-label=\"全市一览\">\n" + string.Concat(charts.Select(c => $"<div>{drawChart(c)}</div>\n")) + "</section>\n";
    }

    private static string Amount(decimal? value) => value?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? "";

    private static string Label(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant() switch
    {
        "html" => "网页",
        "docx" => "Word",
        "pdf" => "PDF",
        var other => other,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
