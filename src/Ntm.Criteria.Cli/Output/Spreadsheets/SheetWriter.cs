using System.Xml;

namespace Ntm.Criteria.Cli.Output.Spreadsheets;

/// <summary>
/// Writes one worksheet's XML as its rows come, so that a sheet of 100,000 communes never sits in memory: the layout
/// first, then the rows, then the filter and merged ranges and how it prints (A4, landscape, each page numbered).
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly XmlWriter _xml;
    private readonly SharedWords _words;
    private readonly Texts _texts;
    private readonly List<string> _merges = [];

    // Every cell names its column ("AB"): worked out once per column, not once per cell.
    private readonly List<string> _columns = [];
    private int _widest;

    /// <param name="stream">Where the sheet's XML goes.</param>
    /// <param name="layout">How the sheet is laid out.</param>
    /// <param name="words">The workbook's shared words.</param>
    /// <param name="texts">The report's language, for the number on each printed page.</param>
    public SheetWriter(Stream stream, SheetLayout layout, SharedWords words, Texts texts)
    {
        _xml = Xlsx.Writer(stream);
        _words = words;
        Layout = layout;
        _texts = texts;
        _xml.WriteStartElement("worksheet", Xlsx.MainNamespace);
        _xml.WriteAttributeString("xmlns", "r", null, Xlsx.RelationshipNamespace);
        if (layout.OnePageWide)
        {
            _xml.WriteRaw(PagePrinting.OnePageWide().OuterXml);
        }

        WriteView();
        if (layout.Widths.Count > 0)
        {
            _xml.WriteStartElement("cols");
            for (var i = 0; i < layout.Widths.Count; i++)
            {
                _xml.WriteStartElement("col");
                _xml.WriteAttributeString("min", (i + 1).ToString(Xlsx.Invariant));
                _xml.WriteAttributeString("max", (i + 1).ToString(Xlsx.Invariant));
                _xml.WriteAttributeString("width", layout.Widths[i].ToString(Xlsx.Invariant));
                _xml.WriteAttributeString("customWidth", "1");
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteStartElement("sheetData");
    }

    /// <summary>How the sheet is laid out.</summary>
    public SheetLayout Layout { get; }

    /// <summary>The rows written so far.</summary>
    public int Rows { get; private set; }

    /// <summary>The range the filter covers, once the sheet is complete (<c>A2:X101</c>), or null.</summary>
    public string? FilterRange { get; private set; }

    /// <summary>
    /// Writes the next row; a row of no cells is an empty line. A height (in points) is for a row of wrapped headings,
    /// which spreadsheets do not always grow to fit when they open a file.
    /// </summary>
    public void Row(IEnumerable<SheetCell> cells, double? height = null)
    {
        Rows++;
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", Rows.ToString(Xlsx.Invariant));
        if (height is { } points)
        {
            _xml.WriteAttributeString("ht", points.ToString(Xlsx.Invariant));
            _xml.WriteAttributeString("customHeight", "1");
        }
        var column = 0;
        foreach (var cell in cells)
        {
            Cell(cell, column++);
        }

        _widest = Math.Max(_widest, column);
        _xml.WriteEndElement();
    }

    /// <summary>Merges the cells of the current row from one column to another (a group's heading).</summary>
    public void MergeInRow(int fromColumn, int toColumn)
    {
        if (toColumn > fromColumn)
        {
            _merges.Add($"{Xlsx.Column(fromColumn)}{Rows}:{Xlsx.Column(toColumn)}{Rows}");
        }
    }

    /// <summary>Ends the sheet: its filter over the header row and the rows below, and its merged ranges.</summary>
    public void Complete()
    {
        _xml.WriteEndElement();
        if (Layout.FilterRow is { } header && Rows >= header && _widest > 0)
        {
            FilterRange = $"A{header}:{Xlsx.Column(_widest - 1)}{Rows}";
            _xml.WriteStartElement("autoFilter");
            _xml.WriteAttributeString("ref", FilterRange);
            _xml.WriteEndElement();
        }

        if (_merges.Count > 0)
        {
            _xml.WriteStartElement("mergeCells");
            _xml.WriteAttributeString("count", _merges.Count.ToString(Xlsx.Invariant));
            foreach (var range in _merges)
            {
                _xml.WriteStartElement("mergeCell");
                _xml.WriteAttributeString("ref", range);
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        WritePrinting();
        _xml.WriteEndElement();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void WritePrinting()
    {
        foreach (var element in PagePrinting.Setup(_texts, Layout.OnePageWide))
        {
            _xml.WriteRaw(element.OuterXml);
        }
    }

    private void WriteView()
    {
        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        _xml.WriteAttributeString("workbookViewId", "0");
        if (Layout.FrozenRows > 0 || Layout.FrozenColumns > 0)
        {
            _xml.WriteStartElement("pane");
            if (Layout.FrozenColumns > 0)
            {
                _xml.WriteAttributeString("xSplit", Layout.FrozenColumns.ToString(Xlsx.Invariant));
            }

            if (Layout.FrozenRows > 0)
            {
                _xml.WriteAttributeString("ySplit", Layout.FrozenRows.ToString(Xlsx.Invariant));
            }

            _xml.WriteAttributeString("topLeftCell", $"{Xlsx.Column(Layout.FrozenColumns)}{Layout.FrozenRows + 1}");
            _xml.WriteAttributeString(
                "activePane",
                Layout.FrozenRows > 0 && Layout.FrozenColumns > 0 ? "bottomRight"
                    : Layout.FrozenRows > 0 ? "bottomLeft"
                    : "topRight"
            );
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void Cell(SheetCell cell, int column)
    {
        if (cell.Kind == SheetCellKind.Empty && cell.Style == ReportStyle.Plain)
        {
            return;
        }

        _xml.WriteStartElement("c");
        while (_columns.Count <= column)
        {
            _columns.Add(Xlsx.Column(_columns.Count));
        }

        _xml.WriteAttributeString("r", _columns[column] + Rows.ToString(Xlsx.Invariant));
        if (cell.Style != ReportStyle.Plain)
        {
            _xml.WriteAttributeString("s", ((int)cell.Style).ToString(Xlsx.Invariant));
        }

        switch (cell.Kind)
        {
            case SheetCellKind.Number when double.IsFinite(cell.Number):
                _xml.WriteElementString("v", Xlsx.MainNamespace, cell.Number.ToString("R", Xlsx.Invariant));
                break;
            case SheetCellKind.Word:
                _xml.WriteAttributeString("t", "s");
                _xml.WriteElementString("v", Xlsx.MainNamespace, _words.IndexOf(cell.Text!).ToString(Xlsx.Invariant));
                break;
            case SheetCellKind.Text:
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is");
                _xml.WriteStartElement("t");
                var text = Xlsx.CellText(cell.Text!);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    _xml.WriteAttributeString("xml", "space", null, "preserve");
                }

                _xml.WriteString(text);
                _xml.WriteEndElement();
                _xml.WriteEndElement();
                break;
        }

        _xml.WriteEndElement();
    }
}
