namespace BudgetReportGen.Writers.Docx;

/// <summary>Conversions from the document model's millimetres and points to WordprocessingML units.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point ("dxa"), Word's unit for page geometry, indents and spacing.</summary>
    public static int TwipsFromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int TwipsFromPt(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    public static double PtFromTwips(int twips) => twips / 20.0;

    /// <summary>Half-points, Word's unit for font sizes.</summary>
    public static int HalfPoints(double pt) => (int)Math.Round(pt * 2, MidpointRounding.AwayFromZero);
}
