namespace BudgetReportGen.Writers.Pdf.Fonts;

/// <summary>What to install for a font role, by the kind of face its families ask for (黑体, 宋体/仿宋, 楷体).</summary>
internal static class FontInstallHint
{
    private sealed record Kind(string[] Markers, string DebianPackage, string WindowsFont);

    private static readonly Kind[] Kinds =
    [
        new(["黑", "hei", "microhei"], "fonts-wqy-microhei", "simhei.ttf（黑体）"),
        new(["楷", "kai", "ukai"], "fonts-arphic-ukai", "simkai.ttf（楷体）"),
        new(["仿宋", "fangsong"], "fonts-arphic-uming", "simfang.ttf（仿宋）"),
        new(["宋", "song", "sun", "ming"], "fonts-arphic-uming", "simsun.ttc（宋体）"),
    ];

    public static string For(IReadOnlyList<string> families)
    {
        var kind = Kinds.FirstOrDefault(k => families.Any(f => k.Markers.Any(m => f.Contains(m, StringComparison.OrdinalIgnoreCase))))
                   ?? Kinds[3];
        return $"请安装其中一种字体：Debian/Ubuntu 上运行 `sudo apt-get install {kind.DebianPackage}`；"
               + $"Windows 上安装 {kind.WindowsFont}；或把 TrueType 字体文件（.ttf/.ttc）放进模板包的 fonts/ 文件夹。";
    }
}
