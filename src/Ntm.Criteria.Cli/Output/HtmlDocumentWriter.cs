using System.Globalization;
using System.Text;

namespace Ntm.Criteria.Cli.Output;

/// <summary>
/// One self-contained HTML page: its style inline, no script, no font, image or link to fetch, so that it opens
/// offline, on a phone, and prints on A4. Charts are inline SVG with a title and a description for screen readers;
/// outcome cells are coloured and say their outcome in words, so that a greyscale print loses nothing. Every text from
/// data is escaped: a commune named "&lt;script&gt;" is a name.
/// </summary>
internal sealed class HtmlDocumentWriter(TextWriter writer, Texts texts) : DocumentWriter(writer)
{
    // Dark enough to stand apart from the page in greyscale print; each bar's value is written beside it.
    private const string BarColour = "#3b5b92";

    private bool _open;
    private int _charts;
    private int _folded;

    /// <summary>The page's style: readable on a phone, tables that scroll sideways, A4 when printed.</summary>
    private const string Style = """
        :root { --line: #c8c8c8; --muted: #555; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 0 1rem 2rem; color: #1a1a1a; background: #fff;
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        main { max-width: 62rem; margin: 0 auto; }
        h1 { font-size: 1.45rem; margin: 1.2rem 0 .6rem; }
        h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
        p, li { max-width: 48rem; overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; font-size: .88rem; margin: .3rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th { background: #eef1f6; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .figures { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
        .figures li { border: 1px solid var(--line); border-radius: .4rem; padding: .45rem .8rem; min-width: 9rem; }
        .figures b { display: block; font-size: 1.6rem; font-variant-numeric: tabular-nums; }
        figure { margin: .6rem 0 1.2rem; }
        figure svg { width: 100%; max-width: 28rem; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: .85rem; }
        svg text { font-size: 13px; fill: #1a1a1a; } svg text.value { font-weight: 600; }
        details { border: 1px solid var(--line); border-radius: .3rem; margin: .35rem 0; padding: .3rem .6rem; }
        summary { cursor: pointer; font-weight: 600; }
        .o0 { background: #c6efce; } .o1 { background: #f4a6a6; font-weight: 600; } .o2 { background: #ffe699; }
        .o3 { background: #f2f2f2; } .o4 { background: #bdd7ee; } .o5 { background: #d9d9d9; }
        .o6 { background: #e06666; font-weight: 600; }
        @media (max-width: 40rem) { body { font-size: 14px; padding: 0 .5rem 1rem; } .figures li { min-width: 45%; } }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { font-size: 9.5pt; padding: 0; }
          main { max-width: none; }
          .scroll { overflow: visible; }
          h2, h3 { break-after: avoid; }
          figure, tr, details { break-inside: avoid; }
        }
        """;

    protected override bool SeparatesWithBlankLine(Block block) => false;

    protected override string BulletMark => string.Empty;

    // The page is opened by its first block, whose heading gives the page its title (already escaped).
    private void Open(string title)
    {
        if (_open)
        {
            return;
        }

        _open = true;
        Writer.WriteLine("<!DOCTYPE html>");
        Writer.WriteLine($"<html lang=\"{texts.Code}\">");
        Writer.WriteLine("<head>");
        Writer.WriteLine("<meta charset=\"utf-8\">");
        Writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Writer.WriteLine("<meta name=\"generator\" content=\"ntm\">");
        Writer.WriteLine($"<title>{title}</title>");
        Writer.WriteLine($"<style>{Style}</style>");
        Writer.WriteLine("</head>");
        Writer.WriteLine("<body>");
        Writer.WriteLine("<main>");
    }

    public override void Close()
    {
        Open(string.Empty);
        Writer.WriteLine("</main>");
        Writer.WriteLine("</body>");
        Writer.WriteLine("</html>");
        Writer.Flush();
    }

    protected override string Safe(string text) => Escape(base.Safe(text));

    protected override void WriteHeading(Heading heading)
    {
        Open(heading.Text);
        var level = Math.Clamp(heading.Level, 1, 4);
        Writer.WriteLine($"<h{level}>{heading.Text}</h{level}>");
    }

    protected override void WriteParagraph(Paragraph paragraph)
    {
        Open(Safe(paragraph.Text));
        Writer.WriteLine($"<p>{Safe(paragraph.Text)}</p>");
    }

    protected override void WriteBullets(Bullets bullets) => WriteList("<ul>", bullets.Items.Select(Safe));

    protected override void WriteGrid(Grid grid)
    {
        Open(string.Empty);
        Writer.WriteLine("<div class=\"scroll\"><table>");
        Writer.Write("<thead><tr>");
        foreach (var column in grid.Columns)
        {
            Writer.Write($"<th{(column.AlignRight ? " class=\"n\"" : "")} scope=\"col\">{Safe(column.Header)}</th>");
        }

        Writer.WriteLine("</tr></thead>");
        Writer.WriteLine("<tbody>");
        foreach (var row in grid.Rows)
        {
            Writer.Write("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var column = grid.Columns[i];
                var outcome = column.Outcomes ? Array.IndexOf(texts.OutcomeNames, row[i]) : -1;
                var classes = (column.AlignRight ? "n" : "") + (outcome >= 0 ? $" o{outcome}" : "");
                Writer.Write(
                    classes.Length == 0
                        ? $"<td>{Safe(row[i])}</td>"
                        : $"<td class=\"{classes.Trim()}\">{Safe(row[i])}</td>"
                );
            }

            Writer.WriteLine("</tr>");
        }

        Writer.WriteLine("</tbody></table></div>");
    }

    protected override void WriteFigures(Figures figures) =>
        WriteList("<ul class=\"figures\">", figures.Items.Select(f => $"<b>{Safe(f.Value)}</b>{Safe(f.Label)}"));

    // A list of items already made safe, opened by its own tag.
    private void WriteList(string openingTag, IEnumerable<string> items)
    {
        Open(string.Empty);
        Writer.WriteLine(openingTag);
        foreach (var item in items)
        {
            Writer.WriteLine($"<li>{item}</li>");
        }

        Writer.WriteLine("</ul>");
    }

    /// <summary>
    /// A bar chart in SVG, a bar under each label with its value written beside it, so that the figures read without
    /// colour and the chart fits a phone as well as a page; the title and description are what a screen reader says.
    /// </summary>
    protected override void WriteChart(Chart chart)
    {
        Open(Safe(chart.Title));
        const int Width = 360;
        const int BarSpace = 250;
        const int RowHeight = 40;
        var id = $"chart{++_charts}";
        var height = (chart.Bars.Count * RowHeight) + 6;
        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" "
                + $"aria-labelledby=\"{id}-title {id}-desc\" class=\"chart\">"
        );
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Safe(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Safe(chart.Description)}</desc>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = 2 + (i * RowHeight);
            var length = Math.Round(Math.Clamp(bar.Length, 0, 1) * BarSpace, 1);
            var label = bar.Label.Length > 50 ? bar.Label[..49] + "…" : bar.Label;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<g class=\"bar\"><title>{Safe(bar.Label)}: {Safe(bar.Value)}</title>"
            );
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 13}\">{Safe(label)}</text>");
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<rect x=\"0\" y=\"{y + 19}\" width=\"{length}\" height=\"14\" fill=\"{BarColour}\"/>"
            );
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{length + 5}\" y=\"{y + 31}\" class=\"value\">{Safe(bar.Value)}</text></g>"
            );
        }

        svg.Append("</svg>");
        Writer.WriteLine("<figure>");
        Writer.WriteLine(svg.ToString());
        Writer.WriteLine("</figure>");
    }

    protected override void WriteFolded(Folded folded)
    {
        Open(Safe(folded.Summary));
        Writer.WriteLine($"<details id=\"d{++_folded}\">");
        Writer.WriteLine($"<summary>{Safe(folded.Summary)}</summary>");
        Write(folded.Content);
        Writer.WriteLine("</details>");
    }

    /// <summary>Text as HTML shows it and never reads as markup: the five characters that can.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
}
