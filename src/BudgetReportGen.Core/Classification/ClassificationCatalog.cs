using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Classification;

/// <summary>
/// The classification lists a template pack ships as CSV (a finance bureau can replace them every year):
/// 支出功能分类 (<c>functional.csv</c>), 部门预算支出经济分类 (<c>economic-department.csv</c>),
/// 政府预算支出经济分类 (<c>economic-government.csv</c>) and the mapping between the two economic ones (<c>economic-mapping.csv</c>).
/// </summary>
public sealed record ClassificationCatalog(
    ClassificationList Functional,
    ClassificationList EconomicDepartment,
    ClassificationList EconomicGovernment,
    EconomicMapping Mapping)
{
    public const string FunctionalFile = "functional.csv";
    public const string EconomicDepartmentFile = "economic-department.csv";
    public const string EconomicGovernmentFile = "economic-government.csv";
    public const string MappingFile = "economic-mapping.csv";

    /// <summary>Code lengths of each level: functional 类 3, 款 5, 项 7; economic 类 3, 款 5.</summary>
    public static IReadOnlyList<int> FunctionalLevels { get; } = [3, 5, 7];
    public static IReadOnlyList<int> EconomicLevels { get; } = [3, 5];

    /// <summary>No lists at all: every name falls back to the code, nothing maps.</summary>
    public static ClassificationCatalog Empty { get; } =
        new(ClassificationList.Empty, ClassificationList.Empty, ClassificationList.Empty, EconomicMapping.Empty);

    /// <summary>
    /// These lists completed with the names a data file gives (<c>code_names</c>) for codes they lack: each name goes to the
    /// list whose rows use the code (as the row's own code or one of its 类/款), so a table never prints a bare code.
    /// </summary>
    public ClassificationCatalog WithNamesFrom(BudgetData data)
    {
        if (data.CodeNames.Count == 0) return this;
        IEnumerable<ClassificationEntry> NamesUsedBy(IEnumerable<string> codes, IReadOnlyList<int> levels)
        {
            var used = codes.SelectMany(code => CodeAndParents(code, levels)).ToHashSet(StringComparer.Ordinal);
            return data.CodeNames.Where(n => used.Contains(n.Code)).Select(n => new ClassificationEntry(n.Code, n.Name.Trim()));
        }
        var economic = NamesUsedBy(data.EconomicBasic.Concat(data.EconomicProject).Select(r => r.Code), EconomicLevels).ToList();
        return this with
        {
            Functional = Functional.With(NamesUsedBy(data.Expenditures.Select(r => r.Code), FunctionalLevels)),
            EconomicDepartment = EconomicDepartment.With(economic),
        };
    }

    /// <summary>A code's 类/款 prefixes at the given level lengths and the code itself: 2080109 → 208, 20801, 2080109.</summary>
    public static IEnumerable<string> CodeAndParents(string code, IReadOnlyList<int> levels) =>
        levels.Where(l => l <= code.Length).Select(l => code[..l]);

    /// <summary>Loads the four CSV files of <paramref name="folder"/>.</summary>
    /// <exception cref="ClassificationCatalogException">A file is missing or malformed (the diagnostic names the file and line).</exception>
    public static ClassificationCatalog Load(string folder)
    {
        var functional = LoadList(Path.Combine(folder, FunctionalFile), FunctionalLevels);
        var department = LoadList(Path.Combine(folder, EconomicDepartmentFile), EconomicLevels);
        var government = LoadList(Path.Combine(folder, EconomicGovernmentFile), EconomicLevels);
        var mapping = LoadMapping(Path.Combine(folder, MappingFile), department, government);
        return new ClassificationCatalog(functional, department, government, mapping);
    }

    private static ClassificationList LoadList(string path, IReadOnlyList<int> levels)
    {
        var entries = new Dictionary<string, ClassificationEntry>(StringComparer.Ordinal);
        foreach (var line in CsvFile.Read(path, ["code", "name"]))
        {
            var (code, name) = (line.Fields[0], line.Fields[1]);
            RequireCode(path, line.Number, code, levels);
            if (entries.ContainsKey(code))
                throw CsvFile.Fail(path, line.Number, $"分类文件 {Path.GetFileName(path)} 第 {line.Number} 行的编码 {code} 重复出现。", "每个编码只保留一行。");
            var parent = levels.Where(l => l < code.Length).Select(l => code[..l]).FirstOrDefault(p => !entries.ContainsKey(p));
            if (parent is not null)
                throw CsvFile.Fail(path, line.Number,
                    $"分类文件 {Path.GetFileName(path)} 第 {line.Number} 行的编码 {code} 缺少上级科目 {parent}（上级须写在下级之前）。",
                    $"在该行之前加入上级科目 {parent} 及其名称。");
            entries.Add(code, new ClassificationEntry(code, name));
        }
        return new ClassificationList(entries.Values);
    }

    private static EconomicMapping LoadMapping(string path, ClassificationList department, ClassificationList government)
    {
        var entries = new Dictionary<string, EconomicMappingEntry>(StringComparer.Ordinal);
        foreach (var line in CsvFile.Read(path, ["department_code", "administrative", "institution"]))
        {
            var (code, administrative, institution) = (line.Fields[0], line.Fields[1], line.Fields[2]);
            RequireKnown(path, line.Number, code, department, EconomicDepartmentFile);
            RequireKnown(path, line.Number, administrative, government, EconomicGovernmentFile);
            RequireKnown(path, line.Number, institution, government, EconomicGovernmentFile);
            if (!entries.TryAdd(code, new EconomicMappingEntry(code, administrative, institution)))
                throw CsvFile.Fail(path, line.Number, $"分类文件 {Path.GetFileName(path)} 第 {line.Number} 行的编码 {code} 重复出现。", "每个部门经济分类编码只保留一行。");
        }
        return new EconomicMapping(entries.Values);
    }

    private static void RequireCode(string path, int line, string code, IReadOnlyList<int> levels)
    {
        if (code.All(char.IsAsciiDigit) && levels.Contains(code.Length)) return;
        throw CsvFile.Fail(path, line,
            $"分类文件 {Path.GetFileName(path)} 第 {line} 行的编码“{code}”无效：应为 {string.Join("、", levels)} 位数字。",
            "改正编码（只写数字，类 3 位、款 5 位" + (levels.Contains(7) ? "、项 7 位" : "") + "）。");
    }

    private static void RequireKnown(string path, int line, string code, ClassificationList list, string listFile)
    {
        if (list.Contains(code)) return;
        throw CsvFile.Fail(path, line, $"分类文件 {Path.GetFileName(path)} 第 {line} 行的编码 {code} 不在 {listFile} 中。",
            $"改正编码，或先在 {listFile} 中加入 {code}。");
    }
}
