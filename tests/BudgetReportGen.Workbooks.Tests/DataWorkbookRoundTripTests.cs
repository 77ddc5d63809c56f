using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;
using BudgetReportGen.Core.Sampling;
using BudgetReportGen.Core.Workbooks;
using BudgetReportGen.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BudgetReportGen.Workbooks.Tests;

public class DataWorkbookRoundTripTests
{
    private static BudgetData ReadBack(byte[] bytes, string name = "data.xlsx")
    {
        var result = DataWorkbookReader.Load(new MemoryStream(bytes), name);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location} {d.RuleId} {d.Path} {d.Message}")));
        return result.Data!;
    }

    [Fact]
    public void Sample_round_trips_yaml_to_xlsx_to_yaml_identically()
    {
        var sample = Fixtures.Sample;
        var back = ReadBack(DataWorkbookWriter.Write(sample, Fixtures.Catalog));
        Assert.Equal(BudgetDataWriter.ToYaml(sample), BudgetDataWriter.ToYaml(back));
    }

    [Fact]
    public void Generated_departments_round_trip_losslessly()
    {
        // Generated departments cover what the sample lacks: 元 and 万元 to the fen, carry-over, special funds, rare characters,
        // every optional section present or absent.
        var generator = new DepartmentGenerator(Fixtures.Catalog);
        foreach (var i in Enumerable.Range(0, 24))
        {
            var data = generator.Generate(7, i);
            var back = ReadBack(DataWorkbookWriter.Write(data, Fixtures.Catalog), $"sample-{i}.xlsx");
            Assert.Equal(BudgetDataWriter.ToYaml(data), BudgetDataWriter.ToYaml(back));
        }
    }

    [Fact]
    public void Every_optional_field_survives_the_workbook()
    {
        var sample = Fixtures.Sample;
        var full = sample with
        {
            Unit = AmountUnit.Yuan,
            StatedSubtotals =
            [
                new StatedSubtotal { Classification = SubtotalClassification.Functional, Code = "", Total = 3773.89m },
                new StatedSubtotal { Classification = SubtotalClassification.EconomicProject, Code = "302", Total = 1.5m },
            ],
            CodeNames = [new CodeName { Code = "20126", Name = "档案事务" }],
            Notes = ["第一条说明。", "第二条 “引号” 与 #、: 符号"],
            Organisation = sample.Organisation with { InternalUnitCount = 14, BranchCount = 0 },
            Income = sample.Income with { StatedTotal = 3773.890m, Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.OtherIncome] = 0.000001m } },
            Expenditures = [.. sample.Expenditures.Take(2), sample.Expenditures[2] with { Carryover = true, Source = FundingSource.OtherIncome, LastYear = 0, Reason = "新增", StatedTotal = 12.3m }],
            EconomicProject = [new EconomicRow { Code = "30201", Name = "办公费", Project = 1.5m, Carryover = true, Source = FundingSource.GovernmentFund }],
            ThreePublic = sample.ThreePublic with { StatedTotal = 9, StatedVehicleTotal = 7.5m, VehicleReason = "车辆减少" },
            Projects = [.. sample.Projects, new Project
            {
                Name = "𠀀龘项目", Unit = "下属单位", Category = "其他运转类", FunctionalCode = "", SpecialFund = true, SpecialFundAllocated = 0,
                ThisYear = new Dictionary<FundingSource, decimal> { [FundingSource.GovernmentFund] = 1 },
                Carryover = new Dictionary<FundingSource, decimal> { [FundingSource.SuperiorSubsidy] = 2 },
                Procurement = 1, PurchasedServices = 0.5m, Debt = 0.25m, Goal = "目标\n第二行",
                Indicators = [new Indicator { Level1 = "产出指标", Level2 = "数量指标", Name = "人数", Operator = ">=", Value = "100", MeasureUnit = "人", Deadline = "2023-12" }],
            }],
            Performance = sample.Performance with { RequiredDepartmentTargets = 2 },
            Assets = sample.Assets with { PlannedVehiclePurchaseAmount = 12.5m, PlannedVehiclePurchases = 1 },
            Department = sample.Department with { Names = ["单一名称"], RegionCode = "" },
        };
        var back = ReadBack(DataWorkbookWriter.Write(full, Fixtures.Catalog));
        Assert.Equal(BudgetDataWriter.ToYaml(full), BudgetDataWriter.ToYaml(back));
        Assert.Equal(BudgetDataWriter.ToJson(full), BudgetDataWriter.ToJson(back));
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        var first = DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog);
        var second = DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_workbook_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog)), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath} {e.Description}")));
    }

    [Fact]
    public void The_workbook_has_its_sheets_drop_downs_and_frozen_headers()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(DataWorkbookWriter.Write(Fixtures.Sample, Fixtures.Catalog)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["填写说明", "单位信息", "职责", "机构", "预算单位", "收入", "支出功能分类", "经济分类", "核对数", "三公", "项目", "绩效指标", "项目说明", "整体绩效", "资产", "原因", "说明", "补充科目", "代码表"],
            sheets.Select(s => s.Name!.Value));
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.SheetStateValues.Hidden, sheets[^1].State!.Value);
        var functional = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "支出功能分类").Id!);
        var validations = functional.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().ToList();
        Assert.Contains(validations, v => v.Formula1?.Text == "'代码表'!$A$2:$A$5000");
        Assert.Contains(validations, v => v.Formula1?.Text?.Contains("一般公共预算拨款,政府性基金预算拨款") == true);
        Assert.All(validations.Where(v => v.SequenceOfReferences!.InnerText!.EndsWith("1", StringComparison.Ordinal) && !v.SequenceOfReferences.InnerText.Contains(':')),
            v => Assert.False(string.IsNullOrEmpty(v.Prompt?.Value)));
        var pane = functional.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        // Computed columns are formulas, not inputs.
        var formulas = functional.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>().Select(f => f.Text).ToList();
        Assert.Contains("SUM(C2:D2)", formulas);
        Assert.Contains("SUM(C2:E2)", formulas);
    }

    [Fact]
    public void Loader_reads_a_workbook_by_its_extension()
    {
        var folder = Fixtures.TempFolder();
        var path = Path.Combine(folder, "data.xlsx");
        DataWorkbookWriter.WriteFile(Fixtures.Sample, Fixtures.Catalog, path);
        var result = BudgetDataLoader.Load(path);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(BudgetDataWriter.ToYaml(Fixtures.Sample), BudgetDataWriter.ToYaml(result.Data!));
        var at = result.SourceMap.Locate("three_public.reception.amount")!.Value;
        Assert.Equal($"{path}:三公!B6", at.ToString());
    }
}
