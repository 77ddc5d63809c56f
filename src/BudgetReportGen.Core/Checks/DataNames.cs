using BudgetReportGen.Core.Loading;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>The data format's names for enum values (from <see cref="DataFormat"/>) and their Chinese labels, for paths and messages.</summary>
internal static class DataNames
{
    /// <summary>The file's key for a source (general_public_budget …): the loader's own naming.</summary>
    public static string Key(FundingSource source) => DataFormat.EnumValue(source);

    public static string Label(FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget => "一般公共预算拨款",
        FundingSource.GovernmentFund => "政府性基金预算拨款",
        FundingSource.StateCapital => "国有资本经营预算拨款",
        FundingSource.FiscalSpecialAccount => "财政专户管理资金",
        FundingSource.BusinessIncome => "事业收入",
        FundingSource.OperatingIncome => "事业单位经营收入",
        FundingSource.SuperiorSubsidy => "上级补助收入",
        FundingSource.SubordinateRemittance => "附属单位上缴收入",
        _ => "其他收入",
    };

    /// <summary>The classification's name for messages: 支出功能分类, 基本支出经济分类, 项目支出经济分类.</summary>
    public static string Label(SubtotalClassification classification) => classification switch
    {
        SubtotalClassification.Functional => "支出功能分类",
        SubtotalClassification.EconomicBasic => "基本支出经济分类",
        _ => "项目支出经济分类",
    };

    /// <summary>元 or 万元, as the file writes it.</summary>
    public static string Unit(AmountUnit unit) => DataFormat.EnumValue(unit);
}
