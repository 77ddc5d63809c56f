namespace BudgetReportGen.Documents;

/// <summary>
/// A block-level element of a document. Writers visit blocks through <see cref="IBlockVisitor{T}"/>, so a new kind of block
/// is a compile error in every writer until it handles it (instead of being dropped by one and rejected by another).
/// </summary>
public abstract record Block
{
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}

/// <summary>Does something with each kind of <see cref="Block"/>; every writer implements it.</summary>
public interface IBlockVisitor<out T>
{
    T Visit(TitlePage block);
    T Visit(TableOfContents block);
    T Visit(Heading block);
    T Visit(Paragraph block);
    T Visit(ListBlock block);
    T Visit(Remark block);
    T Visit(PageBreak block);
    T Visit(TableBlock block);
    T Visit(ChartBlock block);
}

/// <summary>
/// The cover page: a large title and, below it, the lines that name the issuer
/// (a unit may carry two or three names, the later ones usually in brackets).
/// A writer ends the cover page with a page break.
/// </summary>
public sealed record TitlePage(string Title, IReadOnlyList<string> Lines) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// The table of contents. Writers fill it from <see cref="Toc.Collect"/>: headings up to <see cref="MaxLevel"/>
/// and tables that carry a <see cref="Table.TocLabel"/>.
/// </summary>
public sealed record TableOfContents(string Title, int MaxLevel) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// A heading. Level 1 is a part (第一部分 …), 2 a section (一、…), 3 a sub-section (（一）…), 4 an item (1. …).
/// <see cref="Text"/> already carries the number as the template wrote it. <see cref="Anchor"/> is unique in the
/// document and usable as an HTML id, a Word bookmark name and a PDF outline target.
/// </summary>
public sealed record Heading(int Level, string Text, string Anchor) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

public enum Alignment { Justify, Left, Center, Right }

/// <summary>A paragraph of running text. Body paragraphs are justified with a two-character first-line indent.</summary>
public sealed record Paragraph(
    IReadOnlyList<Inline> Inlines,
    Alignment Alignment = Alignment.Justify,
    bool FirstLineIndent = true,
    TextRole Role = TextRole.Body) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    public Paragraph(string text, Alignment alignment = Alignment.Justify, bool FirstLineIndent = true, TextRole role = TextRole.Body)
        : this([new TextRun(text)], alignment, FirstLineIndent, role) { }

    /// <summary>The paragraph's plain text.</summary>
    public string Text => string.Concat(Inlines.Select(i => i.Text));
}

/// <summary>
/// A numbered or bulleted list. Each item carries its marker as it is to be printed ("1.", "（一）", "•"),
/// so every writer prints the same numbers.
/// </summary>
public sealed record ListBlock(IReadOnlyList<ListItem> Items) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

public sealed record ListItem(string Marker, IReadOnlyList<Inline> Inlines)
{
    public string Text => string.Concat(Inlines.Select(i => i.Text));
}

/// <summary>A small-print note (e.g. 备注：…), not indented.</summary>
public sealed record Remark(string Text) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Forces the next block onto a new page.</summary>
public sealed record PageBreak : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A table; see <see cref="Table"/>.</summary>
public sealed record TableBlock(Table Table) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>An inline piece of text.</summary>
public abstract record Inline(string Text);

public sealed record TextRun(string Value, bool Bold = false, bool Italic = false) : Inline(Value);
