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

/// <summary>A table column's header and alignment.</summary>
internal sealed record GridColumn(string Header, bool AlignRight = false);

/// <summary>
/// Writes blocks in one of the two people formats; each format says how it writes each kind of block.
/// </summary>
internal abstract class DocumentWriter(TextWriter writer)
{
    private bool _started;

    protected TextWriter Writer { get; } = writer;

    public static DocumentWriter For(string format, TextWriter writer) =>
        format switch
        {
            "markdown" => new MarkdownWriter(writer),
            _ => new TextTableWriter(writer),
        };

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
                Writer.WriteLine(Safe(paragraph.Text));
                break;
            case Bullets bullets:
                foreach (var item in bullets.Items)
                {
                    Writer.WriteLine(BulletMark + Safe(item));
                }

                break;
            case Grid grid:
                // A grid may hold a row per commune: its cells are made safe as they are written, not copied first.
                WriteGrid(grid);
                break;
        }
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
