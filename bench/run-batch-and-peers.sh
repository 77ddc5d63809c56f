#!/usr/bin/env bash
# 批量生成与同类工具对比：在同一次运行里交替测量，输出表格（中位数与最小–最大值、CPU、峰值内存、每份文档的比值）。
# Runs the whole-process measurements of docs/performance.md in one go, A/B interleaved, and writes a Markdown table:
#   cold start   one `budgetgen generate` of the sample, all three formats: the `dotnet build` output (JIT) and a
#                self-contained ReadyToRun publish (what the release ships)
#   batch        N copies of the sample (other department names) × 3 formats in one `generate`
#   peers        the same 20 departments: LibreOffice converting our .docx to PDF (one soffice for all 20), pandoc writing
#                .docx from equivalent Markdown (made from our HTML beforehand, not timed), headless Chromium printing our
#                HTML to PDF (where installed), against budgetgen writing the same 20 as PDF / as .docx
# Usage: bench/run-batch-and-peers.sh [-n ROUNDS] [-b BATCH_SIZE] [-o TABLE.md]
# Needs /usr/bin/time; the peers are skipped when not installed. Takes about ROUNDS × (batch + 1 min).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds=3; batch=1000; table=""
while getopts "n:b:o:" opt; do
  case $opt in n) rounds=$OPTARG ;; b) batch=$OPTARG ;; o) table=$OPTARG ;; *) exit 2 ;; esac
done
work=$(mktemp -d /tmp/brg-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
pack="$here/templates/liaoning-2023"
sample="$here/data/examples/anshan-social-insurance-2023.yaml"

echo "building…" >&2
dotnet build "$here/src/BudgetReportGen.Cli" -c Release -v q -nologo >/dev/null
jit=(dotnet "$here/src/BudgetReportGen.Cli/bin/Release/net10.0/budgetgen.dll")
dotnet publish "$here/src/BudgetReportGen.Cli" -c Release -r linux-x64 --self-contained -o "$work/r2r" -v q -nologo >/dev/null
r2r=("$work/r2r/budgetgen")

mkdir -p "$work/batch" "$work/twenty"
for i in $(seq -w 1 "$batch"); do
  sed "s/鞍山市社会保险事业服务中心/鞍山市第${i}号测试单位/g" "$sample" > "$work/batch/d$i.yaml"
done
inputs=("$work"/batch/*.yaml)
cp "${inputs[@]:0:20}" "$work/twenty/"   # no `ls | head` under pipefail: ls dies of SIGPIPE once head has its 20

# Inputs for the peers: our .docx and .html of the 20 departments, Markdown made from the HTML.
"${jit[@]}" generate "$work"/twenty/*.yaml --template "$pack" --format docx,html --layout flat --out "$work/ours" >/dev/null
mkdir -p "$work/md"
have() { command -v "$1" >/dev/null 2>&1; }
if have pandoc; then
  for f in "$work"/ours/*.html; do pandoc -f html -t markdown -o "$work/md/$(basename "${f%.html}").md" "$f"; done
fi

# measure LABEL DOCS CMD...: one run; appends "label docs wall cpu rss_kb" to $work/runs.
measure() {
  local label=$1 docs=$2; shift 2
  rm -rf "$work/out"; mkdir -p "$work/out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || echo "($label exited non-zero)" >&2
  read -r wall user sys rss < "$work/t"
  echo "$label $docs $wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') $rss" >> "$work/runs"
}
soffice_all() { soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/out" "$work"/ours/*.docx; }
pandoc_all() { for f in "$work"/md/*.md; do pandoc -o "$work/out/$(basename "${f%.md}").docx" "$f"; done; }
chromium_all() {
  for f in "$work"/ours/*.html; do
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" --no-pdf-header-footer \
      --print-to-pdf="$work/out/$(basename "${f%.html}").pdf" "file://$f"
  done
}
export -f soffice_all pandoc_all chromium_all
export work

: > "$work/runs"; : > "$work/loads"
if have soffice; then soffice_all >/dev/null 2>&1 || true; fi   # LibreOffice makes its profile on first use: not counted
for r in $(seq 1 "$rounds"); do
  echo "round $r/$rounds" >&2
  echo "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/loads"
  measure "cold-jit" 1 "${jit[@]}" generate "$sample" --template "$pack" --out "$work/out"
  measure "cold-r2r" 1 "${r2r[@]}" generate "$sample" --template "$pack" --out "$work/out"
  measure "batch-r2r" "$batch" "${r2r[@]}" generate "$work"/batch/*.yaml --template "$pack" --out "$work/out"
  measure "ours-20-pdf" 20 "${r2r[@]}" generate "$work"/twenty/*.yaml --template "$pack" --format pdf --out "$work/out"
  if have soffice; then measure "libreoffice-20-docx-to-pdf" 20 bash -c soffice_all; fi
  measure "ours-20-docx" 20 "${r2r[@]}" generate "$work"/twenty/*.yaml --template "$pack" --format docx --out "$work/out"
  if have pandoc; then measure "pandoc-20-md-to-docx" 20 bash -c pandoc_all; fi
  measure "ours-20-pdf" 20 "${r2r[@]}" generate "$work"/twenty/*.yaml --template "$pack" --format pdf --out "$work/out"
  if have chromium; then measure "chromium-20-html-to-pdf" 20 bash -c chromium_all; fi
  echo "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/loads"
done

{
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs, $rounds rounds interleaved; load average (1/5/15 min) before and after each round:"
  echo "$(paste -sd';' "$work/loads" | sed 's/;/ · /g')"
  echo
  echo "| run | documents | wall median (min–max) | CPU median | peak memory | wall per document |"
  echo "|---|---:|---:|---:|---:|---:|"
  # column N of LABEL's runs, sorted: median (the mean of the middle two for an even count), min, max
  stat() { awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$work/runs" | sort -g | awk '{a[NR] = $1} END {if (NR) print (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2, a[1], a[NR]}'; }
  for label in $(awk '{print $1}' "$work/runs" | awk '!seen[$0]++'); do
    docs=$(awk -v l="$label" '$1 == l {print $2; exit}' "$work/runs")
    read -r wall wmin wmax <<< "$(stat "$label" 3)"
    read -r cpu _ _ <<< "$(stat "$label" 4)"
    read -r _ _ rss <<< "$(stat "$label" 5)"
    awk -v l="$label" -v d="$docs" -v w="$wall" -v a="$wmin" -v b="$wmax" -v c="$cpu" -v r="$rss" \
      'BEGIN {printf "| %s | %d | %.2f s (%.2f–%.2f) | %.2f s | %.0f MiB | %.1f ms |\n", l, d, w, a, b, c, r / 1024, 1000 * w / d}'
  done
  echo
  echo "Ratios per document (wall medians): peer ÷ budgetgen doing the same 20 departments."
  ratio() {
    local a b; a=$(stat "$1" 3 | cut -d' ' -f1); b=$(stat "$2" 3 | cut -d' ' -f1)
    [ -n "$a" ] && [ -n "$b" ] && awk -v x="$1" -v y="$2" -v a="$a" -v b="$b" 'BEGIN {printf "| %s ÷ %s | %.1f× |\n", x, y, a / b}'
  }
  echo "| pair | ratio |"
  echo "|---|---:|"
  ratio libreoffice-20-docx-to-pdf ours-20-pdf || true
  ratio pandoc-20-md-to-docx ours-20-docx || true
  ratio chromium-20-html-to-pdf ours-20-pdf || true
} | tee "${table:-/dev/null}"
