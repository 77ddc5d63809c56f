namespace BudgetReportGen.Documents;

/// <summary>The role a piece of text plays; the style gives each role its font.</summary>
public enum TextRole
{
    Title,        // the cover title
    TitleLine,    // the department names under the cover title
    Heading1,     // 第一部分 …
    Heading2,     // 一、…
    Heading3,     // （一）…
    Heading4,     // 1. …
    Body,
    TocTitle,
    TocEntry,
    TableCaption, // 表N and the table title
    TableNote,    // 部门名称 / 单位 line above a table
    TableHeader,
    TableBody,
    Remark,
    Footer,       // page number
}

/// <summary>Names of the text roles.</summary>
public static class TextRoles
{
    /// <summary>The style-file key of a role: TableHeader → table_header, Heading1 → heading1.</summary>
    public static string StyleKey(TextRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>
/// The look of a document, from the template pack's style file: page, fonts per role, page-number form.
/// Writers take every size and font from here; none is hard-coded in a writer.
/// </summary>
public sealed record DocumentStyle(
    PageSetup Page,
    IReadOnlyDictionary<TextRole, FontSpec> Fonts,
    string PageNumberFormat = "— {0} —",
    double FirstLineIndentChars = 2,
    ChartStyle? Charts = null)
{
    /// <summary>The colours of charts: the pack's, or <see cref="ChartStyle.Default"/>.</summary>
    public ChartStyle ChartColours => Charts ?? ChartStyle.Default;

    public FontSpec Font(TextRole role) =>
        Fonts.TryGetValue(role, out var spec) ? spec
        : Fonts.TryGetValue(TextRole.Body, out var body) ? body
        : throw new InvalidOperationException($"The style defines no font for {role} and none for Body.");

    public FontSpec HeadingFont(int level) => Font(HeadingRole(level));

    /// <summary>The role of a heading of <paramref name="level"/> (4 and deeper share <see cref="TextRole.Heading4"/>).</summary>
    public static TextRole HeadingRole(int level) => level switch
    {
        1 => TextRole.Heading1,
        2 => TextRole.Heading2,
        3 => TextRole.Heading3,
        _ => TextRole.Heading4,
    };

    /// <summary>First-line indent of a heading in characters: a left-aligned heading (一、… （一）… 1. …) is indented like body
    /// text (GB/T 9704); a centred or right-aligned one is not. Every writer uses this rule.</summary>
    public double HeadingIndentChars(int level) =>
        HeadingFont(level).Alignment is Alignment.Center or Alignment.Right ? 0 : FirstLineIndentChars;

    /// <summary>
    /// True when <paramref name="role"/> is set on the page's character grid (<see cref="PageSetup.CharsPerLine"/>). The grid is
    /// made for the body's size, so only roles of that size are on it; smaller text (tables, contents) would be spread apart.
    /// </summary>
    public bool OnCharGrid(TextRole role) => OnCharGrid(Font(role));

    /// <summary>True when text in <paramref name="font"/> is on the character grid: the page has one and the size is the body's.</summary>
    public bool OnCharGrid(FontSpec font) => Page.CharsPerLine > 0 && font.SizePt == Font(TextRole.Body).SizePt;

    /// <summary>
    /// The advance of one full-width character in <paramref name="font"/>: the grid's pitch when it is on the grid
    /// (156 mm / 28 = 15.79 pt for 16 pt text on the official page), else the font size. Indents in characters use it too.
    /// </summary>
    public double CharAdvancePt(FontSpec font) => OnCharGrid(font) ? Page.Box(PageOrientation.Portrait).CharPitchPt : font.SizePt;

    /// <summary>
    /// The space added after each character in <paramref name="font"/> (negative: set tighter) to keep full-width characters on the
    /// grid; like Word's character spacing and CSS letter-spacing it applies to letters, digits and spaces too.
    /// </summary>
    public double CharTrackingPt(FontSpec font) => CharAdvancePt(font) - font.SizePt;

    /// <summary>
    /// The lines a paragraph (no '\n') in <paramref name="font"/> takes in <paramref name="widthPt"/> with a first-line indent of
    /// <paramref name="indentChars"/>, estimated by the shared line rules (<see cref="LineRules.CountLines"/>): on the grid a
    /// line holds a whole number of cells; letters and digits are half an em plus the grid's spacing. For writers that do not
    /// lay text out themselves (Word's page estimate, the HTML print's keep-together of short paragraphs).
    /// </summary>
    public int EstimateLines(FontSpec font, string text, double indentChars, double widthPt)
    {
        var advance = CharAdvancePt(font);
        var perLine = Math.Max(1, OnCharGrid(font) ? Math.Floor(widthPt / advance + 1e-9) : widthPt / advance);
        return LineRules.CountLines(text, perLine - indentChars, perLine, (font.SizePt / 2 + CharTrackingPt(font)) / advance);
    }

    /// <summary>A plain official-document style (GB/T 9704-like) for tests and for documents without a pack.</summary>
    public static DocumentStyle Default { get; } = new(
        PageSetup.A4Official,
        new Dictionary<TextRole, FontSpec>
        {
            [TextRole.Title] = new(["方正小标宋简体", "黑体", "SimHei", "WenQuanYi Micro Hei"], 26, Bold: true, LineSpacingPt: 40, Alignment: Alignment.Center),
            [TextRole.TitleLine] = new(["楷体_GB2312", "楷体", "KaiTi", "AR PL UKai CN"], 18, LineSpacingPt: 32, Alignment: Alignment.Center),
            [TextRole.Heading1] = new(["黑体", "SimHei", "WenQuanYi Micro Hei"], 16, LineSpacingPt: 28.95, Alignment: Alignment.Center, SpaceBeforePt: 12, SpaceAfterPt: 12),
            [TextRole.Heading2] = new(["黑体", "SimHei", "WenQuanYi Micro Hei"], 16, LineSpacingPt: 28.95),
            [TextRole.Heading3] = new(["楷体_GB2312", "楷体", "KaiTi", "AR PL UKai CN"], 16, LineSpacingPt: 28.95),
            [TextRole.Heading4] = new(["仿宋_GB2312", "仿宋", "FangSong", "AR PL UMing CN"], 16, Bold: true, LineSpacingPt: 28.95),
            [TextRole.Body] = new(["仿宋_GB2312", "仿宋", "FangSong", "AR PL UMing CN"], 16, LineSpacingPt: 28.95),
            [TextRole.TocTitle] = new(["黑体", "SimHei", "WenQuanYi Micro Hei"], 16, LineSpacingPt: 28.95, Alignment: Alignment.Center),
            [TextRole.TocEntry] = new(["仿宋_GB2312", "仿宋", "FangSong", "AR PL UMing CN"], 14, LineSpacingPt: 24),
            [TextRole.TableCaption] = new(["黑体", "SimHei", "WenQuanYi Micro Hei"], 14, LineSpacingPt: 22, Alignment: Alignment.Center),
            [TextRole.TableNote] = new(["宋体", "SimSun", "AR PL UMing CN"], 10.5, LineSpacingPt: 16),
            [TextRole.TableHeader] = new(["黑体", "SimHei", "WenQuanYi Micro Hei"], 9, LineSpacingPt: 12),
            [TextRole.TableBody] = new(["宋体", "SimSun", "AR PL UMing CN"], 9, LineSpacingPt: 12),
            [TextRole.Remark] = new(["宋体", "SimSun", "AR PL UMing CN"], 10.5, LineSpacingPt: 16, Alignment: Alignment.Left),
            [TextRole.Footer] = new(["宋体", "SimSun", "AR PL UMing CN"], 14, Alignment: Alignment.Center),
        });
}

/// <summary>
/// Page size and margins in millimetres (portrait; a landscape page swaps width and height and keeps the margins) and the body's
/// characters per line (0: no character grid). <see cref="Box"/> turns them into the geometry every writer uses.
/// </summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double MarginTopMm, double MarginBottomMm, double MarginLeftMm, double MarginRightMm,
    int CharsPerLine = 0)
{
    /// <summary>A4 with the GB/T 9704 margins (top 37, bottom 35, left 28, right 26 mm) and its 28 characters a line.</summary>
    public static PageSetup A4Official { get; } = new(210, 297, 37, 35, 28, 26, 28);

    /// <summary>GB/T 9704: the page-number line starts 7 mm below the bottom edge of the text area.</summary>
    public const double FooterGapMm = 7;

    private const double PtPerMm = 72 / 25.4;

    /// <summary>
    /// The page of <paramref name="orientation"/> in points. The character pitch is the portrait text width over
    /// <see cref="CharsPerLine"/> (156 mm / 28 for the official page), the same on landscape pages.
    /// </summary>
    public PageBox Box(PageOrientation orientation)
    {
        var landscape = orientation == PageOrientation.Landscape;
        var box = new PageBox(orientation,
            (landscape ? HeightMm : WidthMm) * PtPerMm, (landscape ? WidthMm : HeightMm) * PtPerMm,
            MarginTopMm * PtPerMm, MarginBottomMm * PtPerMm, MarginLeftMm * PtPerMm, MarginRightMm * PtPerMm,
            FooterGapMm * PtPerMm,
            CharsPerLine > 0 ? (WidthMm - MarginLeftMm - MarginRightMm) * PtPerMm / CharsPerLine : 0);
        if (box.TextWidthPt <= 0 || box.TextHeightPt <= 0)
            throw new DocumentWriteException(
                $"页面设置无效：纸张 {WidthMm}×{HeightMm} mm 减去页边距（上 {MarginTopMm}、下 {MarginBottomMm}、左 {MarginLeftMm}、右 {MarginRightMm} mm）后没有版心。请在样式文件中减小页边距或加大纸张。");
        return box;
    }

    /// <summary>The text area's width in points for a page of <paramref name="orientation"/>.</summary>
    public double TextWidthPt(PageOrientation orientation) => Box(orientation).TextWidthPt;

    /// <summary>The text area's height in points for a page of <paramref name="orientation"/>.</summary>
    public double TextHeightPt(PageOrientation orientation) => Box(orientation).TextHeightPt;
}

/// <summary>
/// A font for one role: East Asian families tried in order (the first one found is used), the family for Latin letters and
/// digits, size, weight, fixed line spacing (null: single), alignment and the space around the paragraph.
/// </summary>
public sealed record FontSpec(
    IReadOnlyList<string> Families,
    double SizePt,
    bool Bold = false,
    double? LineSpacingPt = null,
    Alignment Alignment = Alignment.Justify,
    double SpaceBeforePt = 0,
    double SpaceAfterPt = 0,
    string LatinFamily = "Times New Roman")
{
    /// <summary>A single-spaced line's height relative to the font size (CJK faces run about 1.3).</summary>
    public const double SingleLineFactor = 1.3;

    /// <summary>The height of a line: the fixed line spacing, or a single-spaced line.</summary>
    public double LineHeightPt => LineSpacingPt ?? SizePt * SingleLineFactor;
}
