#!/usr/bin/env bash
# 确保 PDF 所需的中文 TrueType 字体已安装：以 root 身份运行时用 apt-get 安装缺少的字体包，否则说明要安装什么。
# Makes sure the CJK TrueType fonts PDF output needs are installed (apt-get when root; otherwise says what to install).
fonts=(fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai fonts-liberation)
command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for f in "${fonts[@]}"; do dpkg -s "$f" >/dev/null 2>&1 || missing+=("$f"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "正在安装中文字体 / installing CJK fonts: ${missing[*]}" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/dev/null \
    || echo "字体安装失败，请手动运行 / font install failed, run: sudo apt-get install ${missing[*]}" >&2
else
  echo "缺少中文字体，PDF 输出需要 / missing CJK fonts needed for PDF: sudo apt-get install ${missing[*]}" >&2
fi
