using PdfSharp.Drawing;

namespace BudgetReportGen.Writers.Pdf.Layout;

/// <summary>What a drawing element gets: the page's graphics, the content box's left edge and width, and the page number of anchors (for the contents).</summary>
internal sealed record DrawContext(XGraphics Graphics, double Left, double Width, Func<string, int?> PageNumberOf);
