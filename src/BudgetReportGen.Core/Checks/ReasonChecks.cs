using BudgetReportGen.Core.Computation;
using BudgetReportGen.Core.Model;

namespace BudgetReportGen.Core.Checks;

/// <summary>Every 增加/减少/新增 the report states needs a reason sentence from the data (主要原因…).</summary>
internal static class ReasonChecks
{
    public static void Run(CheckContext c, BudgetData data, BudgetFigures f)
    {
        var t = f.ThreePublic;
        (string Path, string Label, ComparedFigure Figure)[] compared =
        [
            ("reasons.total", "收支总预算", f.Total),
            ("reasons.fiscal", "财政拨款收支预算", f.FiscalTotal),
            ("three_public.reason", "“三公”经费", t.Total),
            ("three_public.outbound.reason", "因公出国（境）费", t.Outbound),
            ("three_public.vehicle_reason", "公务用车购置及运行费", t.Vehicle),
            ("three_public.vehicle_purchase.reason", "公务用车购置费", t.VehiclePurchase),
            ("three_public.vehicle_operation.reason", "公务用车运行费", t.VehicleOperation),
            ("three_public.reception.reason", "公务接待费", t.Reception),
            ("operating_costs.reason", "机关运行经费", f.OperatingCosts),
        ];
        var rows = data.Expenditures.Select((r, i) => (Path: $"expenditures[{i}].reason", Label: $"支出行 {r.Code} {r.Name}",
            Figure: new ComparedFigure(new YearOnYearChange(r.Total, r.LastYear), r.Reason)));

        foreach (var (path, label, figure) in compared.Concat(rows))
        {
            var change = figure.Change;
            if (!change.NeedsReason || !string.IsNullOrWhiteSpace(figure.Reason)) continue;
            var what = change.Direction == ChangeDirection.New
                ? $"{label}为新增（上年为 0，本年 {c.Amount(change.Current)}）"
                : $"{label}比上年{change.DirectionWord} {c.Amount(change.ChangeMagnitude ?? 0)}";
            c.Report(Rules.ReasonMissing, path, $"{what}，但没有写明原因。", fix: $"在 {path} 中写明变化的主要原因。");
        }
    }
}
