#!/usr/bin/env bash
# 运行 budgetgen（首次运行会编译）。PDF 输出需要中文 TrueType 字体：缺少时，以 root 身份运行会用 apt-get 安装，否则给出安装命令。
# Runs budgetgen (builds on first use). PDF needs CJK TrueType fonts: installs them with apt-get when run as root, otherwise says what to install.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

fonts=(fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai)
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for f in "${fonts[@]}"; do dpkg -s "$f" >/dev/null 2>&1 || missing+=("$f"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "正在安装中文字体 / installing CJK fonts: ${missing[*]}" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/dev/null \
        || echo "字体安装失败，请手动运行 / font install failed, run: sudo apt-get install ${missing[*]}" >&2
    else
      echo "缺少中文字体，PDF 输出需要 / missing CJK fonts needed for PDF: sudo apt-get install ${missing[*]}" >&2
    fi
  fi
fi

dotnet build "$here/src/BudgetReportGen.Cli" -c Release -v q -nologo >/dev/null || dotnet build "$here/src/BudgetReportGen.Cli" -c Release -nologo
exec dotnet "$here/src/BudgetReportGen.Cli/bin/Release/net10.0/budgetgen.dll" "$@"
