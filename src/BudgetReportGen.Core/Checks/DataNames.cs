using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>The data format's names for enum values (snake_case keys) and their Chinese labels, for paths and messages.</summary>
internal static class DataNames
{
    public static string Key(FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget => "general_public_budget",
        FundingSource.GovernmentFund => "government_fund",
        FundingSource.StateCapital => "state_capital",
        FundingSource.FiscalSpecialAccount => "fiscal_special_account",
        FundingSource.BusinessIncome => "business_income",
        FundingSource.OperatingIncome => "operating_income",
        FundingSource.SuperiorSubsidy => "superior_subsidy",
        FundingSource.SubordinateRemittance => "subordinate_remittance",
        _ => "other_income",
    };

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

    public static string Key(SubtotalClassification classification) => classification switch
    {
        SubtotalClassification.Functional => "functional",
        SubtotalClassification.EconomicBasic => "economic_basic",
        _ => "economic_project",
    };

    /// <summary>The classification's name for messages: 支出功能分类, 基本支出经济分类, 项目支出经济分类.</summary>
    public static string Label(SubtotalClassification classification) => classification switch
    {
        SubtotalClassification.Functional => "支出功能分类",
        SubtotalClassification.EconomicBasic => "基本支出经济分类",
        _ => "项目支出经济分类",
    };

    public static string Unit(AmountUnit unit) => unit == AmountUnit.Yuan ? "元" : "万元";
}
