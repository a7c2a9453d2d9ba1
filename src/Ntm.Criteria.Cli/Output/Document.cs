namespace Ntm.Criteria.Cli.Output;

/// <summary>A part of a report for people, rendered as aligned text (<c>table</c>) or as Markdown.</summary>
internal abstract record Block;

/// <summary>A heading; level 1 is the report's title.</summary>
internal sealed record Heading(int Level, string Text) : Block;

/// <summary>A line or paragraph of text.</summary>
internal sealed record Paragraph(string Text) : Block;

/// <summary>A list of short lines.</summary>
internal sealed record Bullets(IReadOnlyList<string> Items) : Block;

/// <summary>A table; numeric columns are right-aligned.</summary>
internal sealed record Grid(IReadOnlyList<GridColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>
/// A table column's header and alignment; a column of outcomes ("đạt", "thiếu dữ liệu") is coloured by them where the
/// format can.
/// </summary>
internal sealed record GridColumn(string Header, bool AlignRight = false, bool Outcomes = false);

/// <summary>A few headline figures, each a number and what it counts.</summary>
internal sealed record Figures(IReadOnlyList<Figure> Items) : Block;

/// <summary>A headline figure: "586" "xã được đánh giá".</summary>
internal sealed record Figure(string Value, string Label);

/// <summary>
/// A bar chart of counts or shares: drawn where the format can draw, a table of its values elsewhere. The description
/// says what it shows in words.
/// </summary>
internal sealed record Chart(string Title, IReadOnlyList<ChartBar> Bars, string Description) : Block;

/// <summary>
/// A bar: its label, its length as a share of the longest bar (0 to 1), and the value written beside it.
/// </summary>
internal sealed record ChartBar(string Label, double Length, string Value);

/// <summary>A part a reader opens when wanted (a commune's detail): folded where the format can fold.</summary>
internal sealed record Folded(string Summary, IReadOnlyList<Block> Content) : Block;

/// <summary>
/// Writes blocks in one of the two people formats; each format says how it writes each kind of block.
/// </summary>
internal abstract class DocumentWriter(TextWriter writer)
{
    private bool _started;

    protected TextWriter Writer { get; } = writer;

    /// <summary>The writer of a format; a page (<c>html</c>) is in the language of <paramref name="texts"/>.</summary>
    public static DocumentWriter For(string format, TextWriter writer, Texts texts) =>
        format switch
        {
            "markdown" => new MarkdownWriter(writer),
            "html" => new HtmlDocumentWriter(writer, texts),
            _ => new TextTableWriter(writer),
        };

    /// <summary>Ends the document (a page's closing tags); the text formats have nothing to add.</summary>
    public virtual void Close() { }

    public void Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Write(block);
        }
    }

    public void Write(Block block)
    {
        if (_started && SeparatesWithBlankLine(block))
        {
            Writer.WriteLine();
        }

        _started = true;
        switch (block)
        {
            case Heading heading:
                WriteHeading(heading with { Text = Safe(heading.Text) });
                break;
            case Paragraph paragraph:
                WriteParagraph(paragraph);
                break;
            case Bullets bullets:
                WriteBullets(bullets);
                break;
            case Grid grid:
                // A grid may hold a row per commune: its cells are made safe as they are written, not copied first.
                WriteGrid(grid);
                break;
            case Figures figures:
                WriteFigures(figures);
                break;
            case Chart chart:
                WriteChart(chart);
                break;
            case Folded folded:
                WriteFolded(folded);
                break;
        }
    }

    protected virtual void WriteParagraph(Paragraph paragraph) => Writer.WriteLine(Safe(paragraph.Text));

    protected virtual void WriteBullets(Bullets bullets)
    {
        foreach (var item in bullets.Items)
        {
            Writer.WriteLine(BulletMark + Safe(item));
        }
    }

    /// <summary>Headline figures; as a list where a format has nothing better.</summary>
    protected virtual void WriteFigures(Figures figures) =>
        Write(new Bullets([.. figures.Items.Select(f => $"{f.Value} {f.Label}")]));

    /// <summary>A chart; as its title and a table of its values where a format cannot draw.</summary>
    protected virtual void WriteChart(Chart chart)
    {
        Writer.WriteLine(Safe(chart.Title));
        WriteGrid(
            new Grid(
                [new(string.Empty), new(string.Empty, AlignRight: true)],
                [.. chart.Bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Value])]
            )
        );
    }

    /// <summary>A folded part; its summary as a heading and its content where a format cannot fold.</summary>
    protected virtual void WriteFolded(Folded folded)
    {
        Write(new Heading(3, folded.Summary));
        Write(folded.Content);
    }

    /// <summary>
    /// Text as this format can show it without acting on its reader: reports carry names and values from data files,
    /// so control characters (a terminal's escape sequences) become symbols, and each format adds what it must.
    /// </summary>
    protected virtual string Safe(string text) => PrintableText.Of(text, keepLineBreaks: false);

    /// <summary>A table cell (or header) as this format writes it: safe, and as each format must.</summary>
    protected virtual string Cell(string text) => Safe(text);

    /// <summary>Whether a blank line goes before this block (when it is not the first).</summary>
    protected abstract bool SeparatesWithBlankLine(Block block);

    protected abstract string BulletMark { get; }

    protected abstract void WriteHeading(Heading heading);

    protected abstract void WriteGrid(Grid grid);
}

/// <summary>
/// Plain text for a terminal or a file: headings underlined, tables aligned with spaces and no width limit, so
/// that nothing is wrapped or cut when the output is redirected.
/// </summary>
internal sealed class TextTableWriter(TextWriter writer) : DocumentWriter(writer)
{
    protected override bool SeparatesWithBlankLine(Block block) => block is Heading;

    protected override string BulletMark => "  • ";

    protected override void WriteHeading(Heading heading)
    {
        Writer.WriteLine(heading.Text);
        Writer.WriteLine(new string(heading.Level == 1 ? '=' : '-', heading.Text.Length));
    }

    private static string Shortened(string cell)
    {
        if (Width(cell) <= MaxCellWidth)
        {
            return cell;
        }

        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(cell);
        var kept = new System.Text.StringBuilder();
        for (var n = 0; n < MaxCellWidth - 1 && elements.MoveNext(); n++)
        {
            kept.Append(elements.GetTextElement());
        }

        return kept.Append('…').ToString();
    }

    // Text written with combining marks (decomposed Vietnamese) takes fewer columns than it has chars.
    private static int Width(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    // A cell as wide as a data file makes it (a 900 KB name) would pad every row of the table to its width.
    private const int MaxCellWidth = 2_000;

    protected override string Cell(string text) => Shortened(Safe(text));

    protected override void WriteGrid(Grid grid)
    {
        var widths = grid
            .Columns.Select((c, i) => grid.Rows.Select(r => Width(Cell(r[i]))).Append(Width(Cell(c.Header))).Max())
            .ToArray();
        void Line(IReadOnlyList<string> cells)
        {
            var parts = cells.Select(
                (text, i) =>
                {
                    var cell = Cell(text);
                    var padding = new string(' ', widths[i] - Width(cell));
                    return grid.Columns[i].AlignRight ? padding + cell : cell + padding;
                }
            );
            Writer.WriteLine(string.Join("  ", parts).TrimEnd());
        }

        Line(grid.Columns.Select(c => c.Header).ToList());
        Writer.WriteLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in grid.Rows)
        {
            Line(row);
        }
    }
}

/// <summary>GitHub-flavoured Markdown, for reports pasted into documents and issues.</summary>
internal sealed class MarkdownWriter(TextWriter writer) : DocumentWriter(writer)
{
    protected override bool SeparatesWithBlankLine(Block block) => true;

    protected override string BulletMark => "- ";

    protected override void WriteHeading(Heading heading) =>
        Writer.WriteLine(new string('#', heading.Level) + " " + heading.Text);

    protected override void WriteGrid(Grid grid)
    {
        Writer.WriteLine("| " + string.Join(" | ", grid.Columns.Select(c => Cell(c.Header))) + " |");
        Writer.WriteLine("|" + string.Join("|", grid.Columns.Select(c => c.AlignRight ? " ---: " : " --- ")) + "|");
        foreach (var row in grid.Rows)
        {
            Writer.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    protected override string Cell(string text) =>
        Safe(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    // Markdown renders HTML and links: a name such as "<script>" or "[x](javascript:…)" stays text.
    protected override string Safe(string text) =>
        base.Safe(text)
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal);
}
