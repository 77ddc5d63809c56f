namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>What to install for a font role, by the kind of face its families ask for (黑体, 楷体, 仿宋, 宋体).</summary>
internal static class FontInstallHint
{
    /// <param name="Markers">Parts of family names that mark the kind.</param>
    /// <param name="DebianPackages">Free TrueType fonts of the kind (Debian/Ubuntu packages; the first is the usual one).</param>
    /// <param name="Likeness">What the free fonts are like.</param>
    /// <param name="WindowsFont">The Windows font file of the kind.</param>
    private sealed record Kind(string[] Markers, string[] DebianPackages, string Likeness, string WindowsFont);

    private static readonly Kind[] Kinds =
    [
        new(["黑", "hei", "microhei"], ["fonts-wqy-microhei"], "黑体类", "simhei.ttf（黑体）"),
        new(["楷", "kai", "ukai"], ["fonts-arphic-ukai", "fonts-lxgw-wenkai"], "楷体类", "simkai.ttf（楷体）"),
        new(["仿宋", "fangsong"], ["fonts-arphic-uming"], "宋体类，没有免费的仿宋", "simfang.ttf（仿宋）"),
        new(["宋", "song", "sun", "ming"], ["fonts-arphic-uming"], "宋体类", "simsun.ttc（宋体）"),
    ];

    private static Kind KindOf(IReadOnlyList<string> families) =>
        Kinds.FirstOrDefault(k => families.Any(f => k.Markers.Any(m => f.Contains(m, StringComparison.OrdinalIgnoreCase)))) ?? Kinds[3];

    /// <summary>What to install when no family of a role is installed.</summary>
    public static string For(IReadOnlyList<string> families)
    {
        var kind = KindOf(families);
        return $"请安装其中一种字体：Debian/Ubuntu 上运行 `sudo apt-get install {kind.DebianPackages[0]}`；"
               + $"Windows 上安装 {kind.WindowsFont}；或把 TrueType 字体文件（.ttf/.ttc）放进模板包的 fonts/ 文件夹。";
    }

    /// <summary>The free TrueType fonts to install for a role whose official font (its first family) is replaced, with what they are like.</summary>
    public static string FreeSubstitutes(IReadOnlyList<string> families)
    {
        var kind = KindOf(families);
        return $"{string.Join(" 或 ", kind.DebianPackages)}（{kind.Likeness}）";
    }
}
