#!/usr/bin/env bash
# 发布：为 Windows 与国产 Linux 桌面生成自包含的单文件 budgetgen，每个平台一个 zip（程序、模板包、示例、使用说明、许可证）。
# Publishes self-contained single-file budgetgen builds and zips them: artifacts/release/budgetgen-<version>-<rid>.zip.
#   scripts/release.sh [--out <folder>] [rid...]      (default rids: win-x64 linux-x64 linux-arm64)
# The same on any CI, one runtime at a time (no bash needed):
#   dotnet publish src/BudgetReportGen.Cli -c Release -r <rid> -p:ReleaseArchive=true -p:ReleaseArchiveDir=<folder>
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/artifacts/release"
rids=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64 linux-arm64)
for rid in "${rids[@]}"; do
  echo "== $rid"
  dotnet publish "$here/src/BudgetReportGen.Cli" -c Release -r "$rid" -nologo -v:q \
    -p:ReleaseArchive=true "-p:ReleaseArchiveDir=$out/"
done
(cd "$out" && sha256sum budgetgen-*.zip > SHA256SUMS && ls -l budgetgen-*.zip)
