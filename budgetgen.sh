#!/usr/bin/env bash
# 运行 budgetgen（首次运行会编译）。PDF 输出需要中文 TrueType 字体，缺少时见 scripts/ensure-fonts.sh。
# Runs budgetgen (builds on first use); makes sure the CJK fonts PDF output needs are there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/scripts/ensure-fonts.sh"
dotnet build "$here/src/BudgetReportGen.Cli" -c Release -v q -nologo >/dev/null || dotnet build "$here/src/BudgetReportGen.Cli" -c Release -nologo
exec dotnet "$here/src/BudgetReportGen.Cli/bin/Release/net10.0/budgetgen.dll" "$@"
