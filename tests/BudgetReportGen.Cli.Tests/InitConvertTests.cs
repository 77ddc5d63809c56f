using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Tests.Shared;

namespace BudgetReportGen.Cli.Tests;

/// <summary><c>budgetgen init</c> and <c>budgetgen convert</c>, and generating from a workbook.</summary>
public class InitConvertTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = Program.Run(args, output);
        return (exit, output.ToString());
    }

    private static string TempFolder() => Directory.CreateTempSubdirectory("budgetgen-init-").FullName;

    private static BudgetData Sample => BudgetDataLoader.Load(RepoFiles.SampleYaml).Data!;

    [Fact]
    public void Convert_goes_every_way_without_losing_anything()
    {
        var folder = TempFolder();
        var xlsx = Path.Combine(folder, "data.xlsx");
        var json = Path.Combine(folder, "data.json");
        var yaml = Path.Combine(folder, "data.yaml");
        Assert.Equal(0, Run("convert", RepoFiles.SampleYaml, xlsx).Exit);
        Assert.Equal(0, Run("convert", xlsx, json).Exit);
        Assert.Equal(0, Run("convert", json, yaml).Exit);
        var expected = BudgetDataWriter.ToYaml(Sample);
        Assert.Equal(expected, File.ReadAllText(yaml));
        Assert.Equal(expected, BudgetDataWriter.ToYaml(BudgetDataLoader.Load(xlsx).Data!));
        Assert.Equal(BudgetDataWriter.ToJson(Sample), File.ReadAllText(json));
    }

    [Fact]
    public void Convert_refuses_a_file_with_errors_and_names_the_cell()
    {
        var folder = TempFolder();
        var (code, output) = Run("convert", RepoFiles.Broken("amount-as-text.yaml"), Path.Combine(folder, "out.xlsx"));
        Assert.Equal(1, code);
        Assert.Contains("amount-as-text.yaml:14:13", output);
        Assert.False(File.Exists(Path.Combine(folder, "out.xlsx")));
        Assert.Equal(2, Run("convert", RepoFiles.SampleYaml, Path.Combine(folder, "out.txt")).Exit);
        Assert.Equal(2, Run("convert", RepoFiles.SampleYaml).Exit);
    }

    [Fact]
    public void Validate_and_generate_read_a_workbook_and_make_the_same_report()
    {
        var folder = TempFolder();
        var xlsx = Path.Combine(folder, "sample.xlsx");
        Assert.Equal(0, Run("convert", RepoFiles.SampleYaml, xlsx).Exit);
        var (code, output) = Run("validate", xlsx);
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
        Assert.Equal(0, Run("generate", xlsx, "--format", "html,docx,xlsx", "--out", Path.Combine(folder, "from-xlsx")).Exit);
        Assert.Equal(0, Run("generate", RepoFiles.SampleYaml, "--format", "html,docx,xlsx", "--out", Path.Combine(folder, "from-yaml")).Exit);
        var written = Directory.GetFiles(Path.Combine(folder, "from-xlsx")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, written.Count);
        foreach (var name in written)
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "from-yaml", name!)), File.ReadAllBytes(Path.Combine(folder, "from-xlsx", name!)));
    }

    [Fact]
    public void Validate_points_at_the_sheet_and_cell_of_a_workbook()
    {
        var folder = TempFolder();
        var xlsx = Path.Combine(folder, "填报.xlsx");
        Assert.Equal(0, Run("convert", RepoFiles.SampleYaml, xlsx).Exit);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "三公");
            var cell = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "B6");
            cell.RemoveAllChildren();
            cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString;
            cell.Append(new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("1万元")));
        }
        var (code, output) = Run("validate", xlsx);
        Assert.Equal(1, code);
        Assert.Contains($"{xlsx}:三公!B6", output);
        Assert.Contains("金额存成了文本“1万元”", output);
        Assert.Equal(1, Run("generate", xlsx, "--out", Path.Combine(folder, "out")).Exit);
    }

    [Fact]
    public void Generate_keeps_html_docx_pdf_as_the_default_and_accepts_xlsx()
    {
        var (code, output) = Run("generate", RepoFiles.SampleYaml, "--format", "xlsx", "--out", TempFolder());
        Assert.Equal(0, code);
        Assert.Contains(".xlsx", output);
        Assert.Contains("html,docx,pdf", Run("generate", "--help").Output);
    }

    [Fact]
    public void Init_writes_every_field_commented_and_the_empty_file_only_asks_for_the_unit_code()
    {
        var folder = TempFolder();
        var path = Path.Combine(folder, "new.yaml");
        Assert.Equal(0, Run("init", "-o", path).Exit);
        var text = File.ReadAllText(path);
        foreach (var field in new[] { "year: 2023", "publish_date: 2023-02-10", "three_public:", "vehicle_operation:", "planned_vehicle_purchase_amount: 0", "required_department_targets: 1", "code_names: []", "# 例：- { code: \"2080109\"" })
            Assert.Contains(field, text);
        Assert.Contains("   # ", text);
        var load = BudgetDataLoader.Load(path);
        var error = Assert.Single(load.Diagnostics);
        Assert.Equal("department.code", error.Path);
        var (code, output) = Run("validate", path);
        Assert.Equal(1, code);
        Assert.Contains("1 个错误", output);
        // Not overwritten without --force.
        Assert.Equal(2, Run("init", "-o", path).Exit);
        Assert.Equal(0, Run("init", "-o", path, "--force").Exit);
    }

    [Fact]
    public void Init_from_last_year_carries_the_department_and_moves_its_figures_into_last_year()
    {
        var folder = TempFolder();
        var path = Path.Combine(folder, "2024.yaml");
        Assert.Equal(0, Run("init", "--from", RepoFiles.SampleYaml, "-o", path).Exit);
        var load = BudgetDataLoader.Load(path);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics.Select(d => d.Message)));
        var next = load.Data!;
        var last = Sample;
        Assert.Equal(2024, next.Year);
        Assert.Equal(last.PublishDate.AddYears(1), next.PublishDate);
        Assert.Equal(last.Department.Names, next.Department.Names);
        Assert.Equal(last.Department with { Names = [] }, next.Department with { Names = [] });
        Assert.Equal(last.Duties, next.Duties);
        Assert.Equal(last.Organisation.InternalUnits, next.Organisation.InternalUnits);
        Assert.Equal(last.Organisation.Statement, next.Organisation.Statement);
        // This year's figures start empty; last year's are the comparison.
        Assert.Equal(0m, next.Income.ThisYear.Values.Sum() + next.Income.Carryover.Values.Sum());
        Assert.Equal(3773.89m, next.LastYear.Total);
        Assert.Equal(3773.89m, next.LastYear.FiscalTotal);
        Assert.Equal(last.ThreePublic.Reception.Amount, next.ThreePublic.Reception.LastYear);
        Assert.Equal(last.ThreePublic.VehicleOperation.Amount, next.ThreePublic.VehicleOperation.LastYear);
        Assert.Equal(0m, next.ThreePublic.Reception.Amount);
        Assert.Equal(276.40m, next.OperatingCosts.LastYear);
        Assert.Equal(0m, next.OperatingCosts.Amount);
        Assert.Equal(last.Expenditures.Select(r => (r.Code, r.Name, (decimal?)r.Total)), next.Expenditures.Select(r => (r.Code, r.Name, r.LastYear)));
        Assert.All(next.Expenditures, r => Assert.Equal(0m, r.Total));
        Assert.Equal(last.Projects.Select(p => (p.Name, p.Category)), next.Projects.Select(p => (p.Name, p.Category)));
        Assert.Equal(last.Projects.SelectMany(p => p.Indicators).Select(i => i.Name), next.Projects.SelectMany(p => p.Indicators).Select(i => i.Name));
        Assert.All(next.Projects, p => Assert.Equal(0m, p.Total));
        Assert.Null(next.Reasons.Total);
        // It validates: no error, only the reminders to give reasons for the changes.
        var (code, output) = Run("validate", "--template", RepoFiles.PathOf("templates/liaoning-2023"), path);
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
    }

    [Fact]
    public void Init_xlsx_from_last_year_holds_the_same_data_as_the_yaml()
    {
        var folder = TempFolder();
        var yaml = Path.Combine(folder, "2024.yaml");
        var xlsx = Path.Combine(folder, "2024.xlsx");
        Assert.Equal(0, Run("init", "--from", RepoFiles.SampleYaml, "-o", yaml).Exit);
        Assert.Equal(0, Run("init", "--from", RepoFiles.SampleYaml, "--xlsx", xlsx).Exit);
        var fromYaml = BudgetDataLoader.Load(yaml);
        var fromXlsx = BudgetDataLoader.Load(xlsx);
        Assert.Empty(fromXlsx.Diagnostics);
        // The commented YAML spells every source out as 0; the workbook leaves them blank: the same data once written.
        Assert.Equal(Normalise(fromYaml.Data!), Normalise(fromXlsx.Data!));
        Assert.Equal(0, Run("init", "--xlsx", Path.Combine(folder, "empty.xlsx")).Exit);
    }

    /// <summary>The data as YAML, amounts of 0 by source left out (a 0 written and a blank cell mean the same).</summary>
    private static string Normalise(BudgetData data)
    {
        static IReadOnlyDictionary<FundingSource, decimal> NonZero(IReadOnlyDictionary<FundingSource, decimal> d) => d.Where(p => p.Value != 0).ToDictionary();
        return BudgetDataWriter.ToYaml(data with
        {
            Income = data.Income with { ThisYear = NonZero(data.Income.ThisYear), Carryover = NonZero(data.Income.Carryover) },
            Projects = data.Projects.Select(p => p with { ThisYear = NonZero(p.ThisYear), Carryover = NonZero(p.Carryover) }).ToList(),
        });
    }
}
