using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetReportGen.Writers.Docx.Content;

/// <summary>
/// Word bookmark names for the model's anchors, with ids numbered in document order. Word accepts only letters,
/// digits and underscores (at most 40 characters, starting with a letter), so "part-1-1" becomes "part_1_1";
/// collisions get a numeric suffix. The same anchors always give the same names and ids.
/// </summary>
internal sealed class Bookmarks
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);
    private int nextId;

    public string NameFor(string anchor)
    {
        if (names.TryGetValue(anchor, out var existing)) return existing;
        var baseName = Sanitize(anchor);
        var name = baseName;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = baseName[..Math.Min(baseName.Length, MaxLength - suffix.Length)] + suffix;
        }
        names[anchor] = name;
        return name;
    }

    /// <summary>Wraps <paramref name="paragraph"/>'s content in a bookmark named for <paramref name="anchor"/>.</summary>
    public void Mark(Paragraph paragraph, string anchor)
    {
        var id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = NameFor(anchor) };
        if (paragraph.ParagraphProperties is { } properties) properties.InsertAfterSelf(start);
        else paragraph.PrependChild(start);
        paragraph.Append(new BookmarkEnd { Id = id });
    }

    private static string Sanitize(string anchor)
    {
        var builder = new StringBuilder(anchor.Length + 1);
        foreach (var c in anchor) builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0])) builder.Insert(0, 'b');
        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }
}
