#!/usr/bin/env bash
# 运行全部测试。PDF 测试需要中文字体（缺少时自动安装或提示）；Word 的 LibreOffice 转换测试在装有 soffice 时运行。
# Runs every test; makes sure the CJK fonts the PDF tests need are there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/scripts/ensure-fonts.sh"
exec dotnet test "$here/BudgetReportGen.sln" "$@"
