using System.Text.RegularExpressions;
using BudgetReportGen.Documents;

namespace BudgetReportGen.Corpus.Tests;

/// <summary>
/// 300 generated departments through the standard pack: each must validate, render and be written without a failure, print
/// no template syntax, no bare code where a name belongs, none of the known broken phrasings, and tables whose printed
/// figures still add up. A failing test lists how many departments fail and a few examples (#index, where, what); with the
/// environment variable <c>BUDGETGEN_CORPUS_LOG</c> set to a folder, every failure is written there, one file per check.
/// </summary>
public class CorpusTests
{
    private const decimal Tolerance = 0.01m;

    /// <summary>
    /// How far a printed 合计 may be from the sum of the printed items it totals. Every figure is printed as its exact amount
    /// rounded half-up to 0.01 (the rounded-sum convention), so each item may be off by at most half a cent: n items, n × 0.005.
    /// A real identity failure (a missing or wrong row) is far larger.
    /// </summary>
    private static decimal RoundingBound(int items) => Math.Max(Tolerance, items * 0.005m);

    [Fact]
    public void Every_department_validates_and_renders_to_html()
    {
        var failures = Corpus.Reports
            .Where(r => r.Failures.Count > 0 || r.Document is null || r.HtmlLength == 0)
            .Select(r => $"#{r.Index} {string.Join(" | ", r.Failures.DefaultIfEmpty("未生成文档"))}");
        AssertNone(failures, "departments that did not validate, render or write HTML", needsDocuments: false);
    }

    [Fact]
    public void Every_tenth_department_is_also_written_as_word_and_pdf()
    {
        var chosen = Corpus.Reports.Where(r => r.WantsWordAndPdf).ToList();
        Assert.Equal(Corpus.WordAndPdfCount, chosen.Count);
        var failures = chosen.Where(r => r.DocxLength == 0 || r.PdfLength == 0)
            .Select(r => $"#{r.Index} {string.Join(" | ", r.Failures.DefaultIfEmpty("未写出"))}");
        AssertNone(failures, "departments without Word or PDF", needsDocuments: false);
    }

    [Fact]
    public void No_template_syntax_is_printed()
    {
        var failures = Corpus.Rendered.SelectMany(r => PrintedText.Of(r.Document!)
            .Where(p => p.Text.Contains("{{") || p.Text.Contains("}}"))
            .Select(p => $"#{r.Index} {p.Where}: {p.Text}"));
        AssertNone(failures, "pieces of text with {{ or }}");
    }

    [Fact]
    public void No_bare_code_stands_where_a_name_belongs()
    {
        var failures = Corpus.Rendered.SelectMany(r => Tables(r).SelectMany(t =>
        {
            var nameColumns = t.ColumnsWhere(h => h.Any(label => label.Contains("名称") || label == "项目"));
            return t.Rows.SelectMany(row => nameColumns
                .Where(c => Regex.IsMatch(row.Text(c).Trim(), @"^\d+$"))
                .Select(c => $"#{r.Index} {t.Number} 第{c + 1}列（{string.Join("/", t.Headers[c])}）：“{row.Text(c)}”"));
        }));
        AssertNone(failures, "name cells that are only a code");
    }

    public static TheoryData<string, string> BrokenPatterns => new()
    {
        { "，。", "，。" },
        { "0个", @"(?<![\d.])0个" },
        { "共有车辆0辆", "共有车辆0辆" },
        { "截至，", "截至，" },
        { "为0%", "为0%" },
        { "：。", "：。" },
        { "（）", "（）" },
        { "为0万元，主要包括", "为0万元，主要包括" },
        { "0台（套）", @"(?<![\d.])0台（套）" },
        { "预算购置车辆0台", "预算购置车辆0台" },
        { "“”", "“”" },
        { "、、", "、、" },
        { "；。", "；。" },
    };

    [Theory]
    [MemberData(nameof(BrokenPatterns))]
    public void No_broken_phrasing_is_printed(string name, string pattern)
    {
        var regex = new Regex(pattern);
        var failures = Corpus.Rendered.SelectMany(r => PrintedText.Of(r.Document!)
            .Select(p => (Piece: p, Match: regex.Match(p.Text)))
            .Where(x => x.Match.Success)
            .Select(x => $"#{r.Index} {x.Piece.Where}: {PrintedText.Around(x.Piece.Text, x.Match.Index, x.Match.Length)}"));
        AssertNone(failures, $"texts with “{name}”");
    }

    [Fact]
    public void A_department_without_last_year_figures_never_says_there_was_no_budget_last_year()
    {
        var failures = Corpus.Rendered.Where(r => r.Data.LastYear.Total is null && r.Data.OperatingCosts.LastYear is null)
            .SelectMany(r => PrintedText.Of(r.Document!).Where(p => p.Text.Contains("无此项预算"))
                .Select(p => $"#{r.Index} {p.Where}: {PrintedText.Around(p.Text, p.Text.IndexOf("无此项预算", StringComparison.Ordinal), 5)}"));
        AssertNone(failures, "“无此项预算” in departments with no last-year figures");
    }

    [Fact]
    public void Classification_tables_add_up_as_printed()
    {
        var failures = Corpus.Rendered.SelectMany(r => Tables(r)
            .Where(t => t.Column("科目编码") is not null && t.Rows.Count > 0)
            .SelectMany(t => ClassificationTableProblems(t).Select(p => $"#{r.Index} {t.Number} {p}")));
        AssertNone(failures, "classification-table identities that do not hold as printed");
    }

    [Fact]
    public void Table_1_income_total_equals_expenditure_total_as_printed()
    {
        var failures = Corpus.Rendered.SelectMany(r => Tables(r).Where(t => t.Number == "表1").SelectMany(t =>
        {
            var problems = new List<string>();
            var totals = t.Rows.FirstOrDefault(row => PrintedTable.Squeeze(row.Text(0)) == "收入总计");
            if (totals is null) return [$"#{r.Index} 表1 没有“收入总计”行"];
            if (PrintedTable.Amount(totals.Text(1)) != PrintedTable.Amount(totals.Text(3)))
                problems.Add($"#{r.Index} 表1 收入总计 {totals.Text(1)} ≠ 支出总计 {totals.Text(3)}");
            var thisYear = t.Rows.FirstOrDefault(row => PrintedTable.Squeeze(row.Text(2)) == "本年支出合计");
            if (thisYear is not null)
            {
                var classes = t.Rows.TakeWhile(row => row != thisYear).Sum(row => PrintedTable.Amount(row.Text(3)) ?? 0);
                var classCount = t.Rows.TakeWhile(row => row != thisYear).Count(row => PrintedTable.Amount(row.Text(3)) is not null and not 0);
                if (Math.Abs(classes - (PrintedTable.Amount(thisYear.Text(3)) ?? 0)) > RoundingBound(classCount))
                    problems.Add($"#{r.Index} 表1 本年支出合计 {thisYear.Text(3)} ≠ 各类之和 {classes:N2}");
            }
            return problems;
        }));
        AssertNone(failures, "表1 totals that do not agree");
    }

    /// <summary>合计 row = Σ 类 rows in every amount column; each row 合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费.</summary>
    private static IEnumerable<string> ClassificationTableProblems(PrintedTable t)
    {
        var code = t.Column("科目编码")!.Value;
        var amountColumns = Enumerable.Range(0, t.Headers.Count)
            .Where(c => c != code && t.Rows.All(row => PrintedTable.Amount(row.Text(c)) is not null)).ToList();
        var total = t.Rows.FirstOrDefault(row => row.Kind == RowKind.Total);
        var classes = t.Rows.Where(row => row.Text(code).Trim().Length == 3).ToList();
        if (total is not null && classes.Count > 0)
            foreach (var c in amountColumns)
            {
                var sum = classes.Sum(row => PrintedTable.Amount(row.Text(c))!.Value);
                var printed = PrintedTable.Amount(total.Text(c))!.Value;
                if (Math.Abs(sum - printed) > RoundingBound(classes.Count))
                    yield return $"合计行“{string.Join("/", t.Headers[c])}” {total.Text(c)} ≠ 各类之和 {sum:N2}";
            }

        var totalColumn = t.Column("合计");
        var project = t.Column("项目支出");
        var personnel = t.Column("人员经费");
        var @public = t.Column("公用经费");
        var basic = t.Column("小计", "基本支出") ?? t.Column("基本支出");
        foreach (var row in t.Rows)
        {
            decimal Value(int? column) => column is { } c ? PrintedTable.Amount(row.Text(c)) ?? 0 : 0;
            var label = $"{row.Text(code)} {(code + 1 < row.Cells.Count ? row.Text(code + 1) : "")}".Trim();
            var basicValue = basic is not null ? Value(basic) : Value(personnel) + Value(@public);
            if (totalColumn is not null && project is not null && Math.Abs(Value(totalColumn) - basicValue - Value(project)) > Tolerance)
                yield return $"“{label}”：合计 {row.Text(totalColumn.Value)} ≠ 基本支出 {basicValue:N2} + 项目支出 {row.Text(project.Value)}";
            if (basic is not null && personnel is not null && @public is not null && Math.Abs(basicValue - Value(personnel) - Value(@public)) > Tolerance)
                yield return $"“{label}”：基本支出 {row.Text(basic.Value)} ≠ 人员经费 {row.Text(personnel.Value)} + 公用经费 {row.Text(@public.Value)}";
        }
    }

    private static IEnumerable<PrintedTable> Tables(DepartmentReport report) =>
        report.Document!.Blocks.OfType<TableBlock>().Select(b => new PrintedTable(b.Table));

    /// <summary>
    /// Fails with the number of failures, the number of departments they are in, and the first examples. A check of the printed
    /// documents also fails when some departments have no document (it could not look at them), saying how many.
    /// </summary>
    private static void AssertNone(IEnumerable<string> failures, string what, bool needsDocuments = true)
    {
        var list = failures.ToList();
        if (Environment.GetEnvironmentVariable("BUDGETGEN_CORPUS_LOG") is { Length: > 0 } log && list.Count > 0)
        {
            Directory.CreateDirectory(log); // every failure, not only the first examples
            File.WriteAllLines(Path.Combine(log, $"{Regex.Replace(what, @"[^\p{L}\p{N}]+", "-").Trim('-')}.txt"), list);
        }
        var unchecked_ = needsDocuments ? Corpus.Count - Corpus.Rendered.Count() : 0;
        if (list.Count == 0 && unchecked_ == 0) return;
        var departments = list.Select(f => f.Split(' ')[0]).Distinct().Count();
        Assert.Fail((unchecked_ > 0 ? $"{unchecked_} of {Corpus.Count} departments have no document and could not be checked. " : "")
                    + $"{list.Count} {what} in {departments} of {Corpus.Count} departments" + (list.Count > 0 ? "; first examples:\n" : ".")
                    + string.Join("\n", list.Take(12)));
    }
}
