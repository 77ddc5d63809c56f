using BudgetReportGen.Core.Classification;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Tests.Classification;

public class ClassificationCatalogTests
{
    private static ClassificationCatalog Catalog => RepoPaths.Catalog;

    [Fact]
    public void Functional_list_has_the_17_classes_of_table_1_with_the_seed_names_in_order()
    {
        string[] expected =
        [
            "201 一般公共服务支出", "204 公共安全支出", "205 教育支出", "206 科学技术支出", "207 文化旅游体育与传媒支出",
            "208 社会保障和就业支出", "210 卫生健康支出", "211 节能环保支出", "212 城乡社区支出", "213 农林水支出", "214 交通运输支出",
            "215 资源勘探工业信息等支出", "216 商业服务业等支出", "220 自然资源海洋气象等支出", "221 住房保障支出", "222 粮油物资储备支出",
            "224 灾害防治及应急管理支出",
        ];
        Assert.Equal(expected, Catalog.Functional.Classes.Select(c => $"{c.Code} {c.Name}"));
    }

    [Theory]
    [InlineData("20801", "人力资源和社会保障管理事务")]
    [InlineData("2080109", "社会保险经办机构")]
    [InlineData("2080199", "其他人力资源和社会保障管理事务支出")]
    [InlineData("20802", "民政管理事务")]
    [InlineData("2080299", "其他民政管理事务支出")]
    [InlineData("20805", "行政事业单位养老支出")]
    [InlineData("2080502", "事业单位离退休")]
    [InlineData("2080505", "机关事业单位基本养老保险缴费支出")]
    [InlineData("20899", "其他社会保障和就业支出")]
    [InlineData("2089999", "其他社会保障和就业支出")]
    [InlineData("21011", "行政事业单位医疗")]
    [InlineData("2101102", "事业单位医疗")]
    [InlineData("2101199", "其他行政事业单位医疗支出")]
    [InlineData("22102", "住房改革支出")]
    [InlineData("2210201", "住房公积金")]
    [InlineData("2210203", "购房补贴")]
    public void Functional_list_has_the_sample_codes(string code, string name) => Assert.Equal(name, Catalog.Functional.NameOf(code));

    [Theory]
    [InlineData("30101", "基本工资")]
    [InlineData("30108", "机关事业单位基本养老保险缴费")]
    [InlineData("30113", "住房公积金")]
    [InlineData("30213", "维修（护）费")]
    [InlineData("30217", "公务接待费")]
    [InlineData("30231", "公务用车运行维护费")]
    [InlineData("30239", "其他交通费用")]
    [InlineData("30299", "其他商品和服务支出")]
    [InlineData("30399", "其他对个人和家庭的补助支出")]
    [InlineData("307", "债务利息及费用支出")]
    [InlineData("310", "资本性支出")]
    [InlineData("399", "其他支出")]
    public void Department_economic_list_has_the_sample_codes(string code, string name) => Assert.Equal(name, Catalog.EconomicDepartment.NameOf(code));

    [Theory]
    [InlineData("30101", UnitKind.Administrative, "50101")]
    [InlineData("30101", UnitKind.CivilServiceManaged, "50101")]
    [InlineData("30101", UnitKind.Institution, "50501")]
    [InlineData("30201", UnitKind.Administrative, "50201")]
    [InlineData("30201", UnitKind.Institution, "50502")]
    [InlineData("30302", UnitKind.Administrative, "50905")]
    [InlineData("30302", UnitKind.Institution, "50905")]
    [InlineData("30217", UnitKind.Administrative, "50206")]
    public void Mapping_follows_the_unit_kind(string department, UnitKind kind, string government) =>
        Assert.Equal(government, Catalog.Mapping.ToGovernment(department, kind));

    [Fact]
    public void Every_department_economic_section_is_mapped_to_a_known_government_code()
    {
        foreach (var entry in Catalog.EconomicDepartment.Entries.Where(e => e.Code.Length == 5))
            foreach (var kind in Enum.GetValues<UnitKind>())
                Assert.True(Catalog.EconomicGovernment.Contains(Catalog.Mapping.ToGovernment(entry.Code, kind) ?? "none"), entry.Code);
        Assert.Equal("工资福利支出", Catalog.EconomicGovernment.NameOf("50501"));
        Assert.Null(Catalog.Mapping.ToGovernment("39998", UnitKind.Institution));
    }

    [Fact]
    public void Unknown_codes_have_no_name() => Assert.Null(Catalog.Functional.NameOf("2089998"));

    [Theory]
    [InlineData("code,name\n201,一般公共服务支出\n20101,人大事务,多余\n", 3, "有 3 列，应为 2 列")]
    [InlineData("code;name\n201;一般公共服务支出\n", 1, "首行应为“code,name”")]
    [InlineData("code,name\n201,一般公共服务支出\n201,重复\n", 3, "编码 201 重复出现")]
    [InlineData("code,name\n201,一般公共服务支出\n20A01,坏编码\n", 3, "编码“20A01”无效")]
    [InlineData("code,name\n201,一般公共服务支出\n2010101,行政运行\n", 3, "缺少上级科目 20101")]
    [InlineData("code,name\n201,\"一般公共服务支出\n", 2, "双引号没有闭合")]
    [InlineData("code,name\n\n201,\n", 3, "name 为空")]
    public void Malformed_functional_csv_names_the_file_and_line(string csv, int line, string message)
    {
        var folder = FolderWith(csv);
        var error = Assert.Throws<ClassificationCatalogException>(() => ClassificationCatalog.Load(folder));
        Assert.Equal("catalog.csv", error.Diagnostic.RuleId);
        Assert.Contains(message, error.Diagnostic.Message);
        Assert.Contains(ClassificationCatalog.FunctionalFile, error.Diagnostic.Message);
        Assert.Equal(line, error.Diagnostic.Location?.Line);
        Assert.EndsWith(ClassificationCatalog.FunctionalFile, error.Diagnostic.Location?.File);
        Assert.False(string.IsNullOrEmpty(error.Diagnostic.Fix));
    }

    [Fact]
    public void Mapping_to_an_unknown_government_code_is_an_error_with_its_line()
    {
        var folder = FolderWith(File.ReadAllText(Path.Combine(RepoPaths.Classifications, ClassificationCatalog.FunctionalFile)));
        File.AppendAllText(Path.Combine(folder, ClassificationCatalog.MappingFile), "30101,50101,59990\n");
        var error = Assert.Throws<ClassificationCatalogException>(() => ClassificationCatalog.Load(folder));
        Assert.Contains("59990", error.Diagnostic.Message);
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, ClassificationCatalog.MappingFile)).Length, error.Diagnostic.Location?.Line);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var folder = FolderWith("code,name\n201,一般公共服务支出\n");
        File.Delete(Path.Combine(folder, ClassificationCatalog.MappingFile));
        var error = Assert.Throws<ClassificationCatalogException>(() => ClassificationCatalog.Load(folder));
        Assert.Contains(ClassificationCatalog.MappingFile, error.Diagnostic.Message);
    }

    [Fact]
    public void Quoted_names_may_contain_commas_and_quotes()
    {
        var folder = FolderWith("\uFEFFcode,name\n201,\"一般,公共\"\"服务\"\"支出\"\n");
        Assert.Equal("一般,公共\"服务\"支出", ClassificationCatalog.Load(folder).Functional.NameOf("201"));
    }

    /// <summary>A copy of the shipped classification folder with <paramref name="functionalCsv"/> as its functional list.</summary>
    private static string FolderWith(string functionalCsv)
    {
        var folder = Directory.CreateTempSubdirectory("catalog-").FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.Classifications))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, ClassificationCatalog.FunctionalFile), functionalCsv);
        return folder;
    }
}
