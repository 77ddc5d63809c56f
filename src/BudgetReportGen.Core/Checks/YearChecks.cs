using System.Globalization;
using System.Text.RegularExpressions;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>
/// Dates that must agree with the budget year: the publication date, indicators' deadlines and the assets' date.
/// An error where a date cannot be right (a deadline before the budget year), a warning where it is only unusual.
/// </summary>
internal static partial class YearChecks
{
    public static void Run(CheckContext c, BudgetData data)
    {
        var year = data.Year;
        PublishDate(c, data.PublishDate, year);
        for (var i = 0; i < data.Performance.Indicators.Count; i++)
            Deadline(c, $"performance.indicators[{i}].deadline", data.Performance.Indicators[i], year);
        for (var p = 0; p < data.Projects.Count; p++)
            for (var i = 0; i < data.Projects[p].Indicators.Count; i++)
                Deadline(c, $"projects[{p}].indicators[{i}].deadline", data.Projects[p].Indicators[i], year);
        AssetsDate(c, data.Assets.AsOf, data.PublishDate, year);
        Organisation(c, data.Organisation);
    }

    private static void PublishDate(CheckContext c, DateOnly date, int year)
    {
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date.Year < year - 1 || date.Year > year)
            c.Report(Rules.PublishDate, "publish_date",
                $"公开日期 {text} 与预算年度 {year} 不符：{year} 年预算应在 {year - 1} 年底至 {year} 年内公开。",
                $"{year - 1}-01-01 至 {year}-12-31", text);
        else if (date.Year == year - 1 || date.Month > 6)
            c.Report(Rules.PublishDateUnusual, "publish_date",
                $"公开日期 {text} 不在 {year} 年上半年，请核对（预算一般在年初批复，批复后 20 日内公开）。", found: text);
    }

    private static void Deadline(CheckContext c, string path, Indicator indicator, int year)
    {
        if (YearIn(indicator.Deadline) is not { } deadline) return;
        if (deadline < year)
            c.Report(Rules.Deadline, path,
                $"指标“{indicator.Name}”的完成时限 {indicator.Deadline} 早于预算年度 {year}。", $"{year} 年内", indicator.Deadline);
        else if (deadline > year)
            c.Report(Rules.DeadlineLater, path,
                $"指标“{indicator.Name}”的完成时限 {indicator.Deadline} 晚于预算年度 {year}。", $"{year} 年内", indicator.Deadline);
    }

    private static void AssetsDate(CheckContext c, string asOf, DateOnly published, int year)
    {
        if (asOf.Trim().Length == 0) return;
        var match = YearMonth().Match(asOf.Trim());
        if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value + "-" + match.Groups[2].Value.PadLeft(2, '0') + "-01", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            c.Report(Rules.AssetsDate, "assets.as_of", $"资产数据截止日期“{asOf}”的格式无效，应写作 YYYY-MM。", $"{year - 1}-12", asOf);
            return;
        }
        if (month > published)
            c.Report(Rules.AssetsDate, "assets.as_of",
                $"资产数据截止日期 {asOf} 晚于公开日期 {published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}。", $"{year - 1}-12", asOf);
        else if (month.Year != year - 1)
            c.Report(Rules.AssetsDateUnusual, "assets.as_of",
                $"资产数据截止日期 {asOf} 不在 {year - 1} 年（{year} 年预算一般列示截至 {year - 1} 年末的资产）。", $"{year - 1}-12", asOf);
    }

    private static void Organisation(CheckContext c, Organisation o)
    {
        if (o.InternalUnitCount is { } units && units < o.InternalUnits.Count)
            c.Report(Rules.OrganisationCount, "organisation.internal_unit_count",
                $"内设机构个数 {units} 少于列出的内设机构名称数 {o.InternalUnits.Count}。",
                o.InternalUnits.Count.ToString(CultureInfo.InvariantCulture), units.ToString(CultureInfo.InvariantCulture));
        if (o.BranchCount is { } branches && branches < o.Branches.Count)
            c.Report(Rules.OrganisationCount, "organisation.branch_count",
                $"分支机构个数 {branches} 少于列出的分支机构名称数 {o.Branches.Count}。",
                o.Branches.Count.ToString(CultureInfo.InvariantCulture), branches.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The year a deadline names (2023-12, 2023年12月, 2023年底), or null when it names none.</summary>
    private static int? YearIn(string text)
    {
        var match = FourDigits().Match(text);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20|21)\d{2}(?!\d)")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")]
    private static partial Regex YearMonth();
}
