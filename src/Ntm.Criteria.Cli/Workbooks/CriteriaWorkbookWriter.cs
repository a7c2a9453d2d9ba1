using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Output.Spreadsheets;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Writes criteria sets as a workbook laid out like a decision's annex: one sheet per set version (its facts in a
/// header block, one row per criterion and indicator, four cells per threshold key), and a sheet of the inputs.
/// </summary>
internal static class CriteriaWorkbookWriter
{
    // Cell styles, by index into the stylesheet's cell formats.
    private const uint Plain = 0;
    private const uint Header = 1;
    private const uint Open = 2;
    private const uint CriterionRow = 3;
    private const uint Label = 4;

    // The inputs sheet's rows of existing inputs, which an import does not let change: new inputs go below them.
    private const uint Fixed = 5;

    // Numbers of criteria and indicators are text: typed in a cell of the general format, "2.10" becomes the number 2.1,
    // which is another indicator. The column's own style makes the rows an office adds text too.
    private const uint NumberText = 6;
    private const uint CriterionNumberText = 7;

    // What each row is, its number and its names stay in view as its values scroll.
    private const int FrozenColumns = (int)SheetField.NameEnglish + 1;

    public static void Write(string path, IReadOnlyList<CriteriaSet> sets, Texts texts)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        OpenXmlWorkbook.Write(
            path,
            Styles(),
            sets.Select(set => (SheetName(set, names), SetSheet(set, texts), (PrintTitles?)SetSheetTitles))
                .Append((texts.InputsSheet, InputsSheet(sets, texts), PrintTitles.HeaderRow)),
            texts
        );
    }

    // Sheet names are at most 31 characters, without / \ ? * [ ] :, and unique.
    private static string SheetName(CriteriaSet set, HashSet<string> taken)
    {
        var name = $"{set.Id[(set.Id.LastIndexOf('/') + 1)..]}@{set.Version}";
        name = new string([.. name.Where(c => "/\\?*[]:".IndexOf(c, StringComparison.Ordinal) < 0)]);
        name = name.Length > 31 ? name[..31] : name;
        for (var i = 2; !taken.Add(name); i++)
        {
            var suffix = $" ({i})";
            name = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return name;
    }

    // The table's header row and what each row is and its number: the names, which stay in view on the screen, would
    // leave a wide sheet's pages little room; nor the block about the set above the table, a third of each page.
    private static readonly PrintTitles SetSheetTitles = new(
        (int)SheetField.Number + 1,
        (CriteriaSheetLayout.TableHeaderRow, CriteriaSheetLayout.TableHeaderRow)
    );

    private static Worksheet SetSheet(CriteriaSet set, Texts t)
    {
        var data = new SheetData();
        var header = HeaderValues(set, t);
        for (var i = 0; i < header.Length; i++)
        {
            var line = new Row(OpenXmlWorkbook.TextCell(0, i + 1, t.WorkbookHeaderLabels[i], Label), header[i])
            {
                RowIndex = (uint)(i + 1),
            };

            // The file a set of a rules folder was read from, beside its version: one that stands in place of a
            // shipped version has that version's id, and an import without the folder would start from the shipped
            // one, taking what the sheet does not show (a measure) from it.
            if (i == (int)HeaderField.ExportedFrom && SetOrigin.Of(set).Named is { } file)
            {
                line.Append(OpenXmlWorkbook.TextCell(2, i + 1, file, Plain));
            }

            data.Append(line);
        }

        var keys = CriteriaSheetLayout.KeysOf(set);
        var headerRow = CriteriaSheetLayout.TableHeaderRow;
        var cells = t.WorkbookColumns.Select((h, i) => OpenXmlWorkbook.TextCell(i, headerRow, h, Header)).ToList();
        foreach (var (key, k) in keys.Select((key, k) => (key, k)))
        {
            cells.AddRange(
                Enum.GetValues<ThresholdPart>()
                    .Select(part =>
                        OpenXmlWorkbook.TextCell(
                            KeyColumn(k, part),
                            headerRow,
                            key.Header(t) + t.ThresholdParts[(int)part],
                            Header
                        )
                    )
            );
        }

        data.Append(new Row(cells) { RowIndex = (uint)headerRow });
        var row = headerRow;
        var conditionRows = new List<int>();
        var measureRows = new List<(int Row, string Measure)>();
        foreach (var criterion in set.Preconditions.Concat(set.Criteria))
        {
            data.Append(CriterionCells(criterion, ++row, t));
            foreach (var indicator in criterion.Indicators)
            {
                var years = indicator.Thresholds.Select(r => r.Year).Distinct().Order().ToList();
                foreach (var year in years.Count == 0 ? [null] : years)
                {
                    var first = year == years.FirstOrDefault();
                    data.Append(IndicatorCells(indicator, year, first, keys, ++row, t));
                    if (first && indicator.Measure is { } measure)
                    {
                        measureRows.Add((row, measure));
                    }

                    if (!indicator.Direction.ComparesNumbers())
                    {
                        conditionRows.Add(row);
                    }
                }
            }
        }

        var lastColumn = CriteriaSheetLayout.FixedColumns + (keys.Count * 4);
        return new Worksheet(
            new SheetDimension
            {
                Reference = $"A1:{CriteriaSheetLayout.Cell(lastColumn - 1, Math.Max(row, headerRow))}",
            },
            new SheetViews(
                new SheetView(
                    new Pane
                    {
                        HorizontalSplit = FrozenColumns,
                        VerticalSplit = headerRow,
                        TopLeftCell = CriteriaSheetLayout.Cell(FrozenColumns, headerRow + 1),
                        ActivePane = PaneValues.BottomRight,
                        State = PaneStateValues.Frozen,
                    },
                    // The selections Excel itself writes with a frozen pane, one per pane.
                    new Selection { Pane = PaneValues.TopRight },
                    new Selection { Pane = PaneValues.BottomLeft },
                    new Selection
                    {
                        Pane = PaneValues.BottomRight,
                        ActiveCell = CriteriaSheetLayout.Cell(FrozenColumns, headerRow + 1),
                        SequenceOfReferences = new ListValue<StringValue>([
                            new StringValue(CriteriaSheetLayout.Cell(FrozenColumns, headerRow + 1)),
                        ]),
                    }
                )
                {
                    WorkbookViewId = 0,
                }
            ),
            Widths([8, 8, 48, 32, 12, 10, 28, 20, 7, 14, 36, 24], keys.Count, textColumn: (int)SheetField.Number),
            data,
            Validations(headerRow + 1, Math.Max(row, headerRow + 1) + 200, keys.Count, conditionRows, measureRows, t)
        );
    }

    private static OpenXmlElement[] HeaderValues(CriteriaSet set, Texts t)
    {
        var basis = set.LegalBasis;
        string?[] values =
        [
            set.Id,
            set.Version,
            $"{set.Id}@{set.Version}",
            set.Name.Vietnamese,
            set.Name.English,
            set.Province,
            basis.Decision.Length == 0 ? null : basis.Decision,
            basis.Date is { } d ? Date(d) : null,
            basis.Annex,
            t.StatusName(basis.Status),
            basis.Source,
            set.InForceFrom == DateOnly.MinValue ? null : Date(set.InForceFrom),
            set.InForceTo is { } to ? Date(to) : null,
        ];
        int?[] counts = [set.OfficialCriteriaCount, set.OfficialIndicatorCount];
        return
        [
            .. values.Select(
                (v, i) =>
                    v is null
                        ? (OpenXmlElement)new Cell { CellReference = CriteriaSheetLayout.Cell(1, i + 1) }
                        : OpenXmlWorkbook.TextCell(1, i + 1, v, Plain)
            ),
            .. counts.Select(
                (count, i) =>
                    (OpenXmlElement)
                        new Cell
                        {
                            CellReference = CriteriaSheetLayout.Cell(1, values.Length + i + 1),
                            CellValue = count is { } n ? new CellValue(n) : null,
                            StyleIndex = Plain,
                        }
            ),
        ];
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static Row CriterionCells(Criterion criterion, int row, Texts t)
    {
        // A criterion the sources list no indicator of is partial too: indicators typed under it from an annex decide
        // it only once its kind says they are all there, never on the first one of several.
        var kind = t.KindNames[
            (int)(
                (criterion.Kind, criterion.IsComplete && criterion.IsEncoded) switch
                {
                    (CriterionKind.Criterion, true) => RowKind.Criterion,
                    (CriterionKind.Precondition, true) => RowKind.Precondition,
                    (CriterionKind.Criterion, false) => RowKind.PartialCriterion,
                    _ => RowKind.PartialPrecondition,
                }
            )
        ];
        return new Row(
            Field(SheetField.Kind, row, kind, CriterionRow),
            Field(SheetField.Number, row, criterion.Number, CriterionNumberText),
            Field(SheetField.NameVietnamese, row, criterion.Name.Vietnamese, CriterionRow),
            Field(SheetField.NameEnglish, row, criterion.Name.English, CriterionRow),
            Field(SheetField.Status, row, t.StatusName(criterion.Status), CriterionRow),
            Field(SheetField.Source, row, criterion.Source, CriterionRow),
            Field(SheetField.Note, row, criterion.Note, CriterionRow)
        )
        {
            RowIndex = (uint)row,
        };
    }

    private static Row IndicatorCells(
        Indicator indicator,
        int? year,
        bool first,
        List<ThresholdKey> keys,
        int row,
        Texts t
    )
    {
        var cells = new List<Cell?>
        {
            Field(SheetField.Kind, row, t.KindNames[(int)RowKind.Indicator], Plain),
            Field(SheetField.Number, row, indicator.Number, NumberText),
        };
        if (year is { } y)
        {
            cells.Add(
                new Cell
                {
                    CellReference = CriteriaSheetLayout.Cell((int)SheetField.Year, row),
                    CellValue = new CellValue(y),
                }
            );
        }

        if (first)
        {
            cells.AddRange([
                Field(SheetField.NameVietnamese, row, indicator.Name.Vietnamese, Plain),
                Field(SheetField.NameEnglish, row, indicator.Name.English, Plain),
                Field(SheetField.Unit, row, indicator.Unit, Plain),
                Field(SheetField.Direction, row, t.DirectionNames[(int)indicator.Direction], Plain),
                Field(SheetField.Input, row, indicator.Input, Plain),
                Field(SheetField.AppliesWhen, row, indicator.AppliesWhen, Plain),
                Field(SheetField.Status, row, t.StatusName(indicator.Status), Plain),
                Field(SheetField.Source, row, indicator.Source, Plain),
                Field(SheetField.Note, row, indicator.Note, Plain),
            ]);
        }

        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (
                indicator.Thresholds.FirstOrDefault(r =>
                    r.Region == key.Region && r.Group == key.Group && r.Year == year
                )
                is not { } threshold
            )
            {
                continue;
            }

            var value = threshold.Value;
            cells.Add(
                !value.HasValue
                    ? new Cell
                    {
                        CellReference = CriteriaSheetLayout.Cell(KeyColumn(k, ThresholdPart.Value), row),
                        StyleIndex = Open,
                    }
                : value.Kind == ValueKind.Number
                    ? new Cell
                    {
                        CellReference = CriteriaSheetLayout.Cell(KeyColumn(k, ThresholdPart.Value), row),
                        CellValue = new CellValue(value.Number),
                    }
                : OpenXmlWorkbook.TextCell(
                    KeyColumn(k, ThresholdPart.Value),
                    row,
                    t.BooleanNames[value.Boolean ? 0 : 1],
                    Plain
                )
            );
            cells.Add(
                OpenXmlWorkbook.TextCell(
                    KeyColumn(k, ThresholdPart.Status),
                    row,
                    t.StatusName(threshold.Status),
                    threshold.IsSet ? Plain : Open
                )
            );
            cells.Add(Optional(KeyColumn(k, ThresholdPart.Source), row, threshold.Source));
            cells.Add(Optional(KeyColumn(k, ThresholdPart.Note), row, threshold.Note));
        }

        return new Row(cells.OfType<Cell>()) { RowIndex = (uint)row };
    }

    private static Worksheet InputsSheet(IReadOnlyList<CriteriaSet> sets, Texts t)
    {
        var data = new SheetData(
            new Row(t.InputColumns.Select((h, i) => OpenXmlWorkbook.TextCell(i, 1, h, Header))) { RowIndex = 1 }
        );
        var row = 1;
        foreach (var input in sets.SelectMany(s => s.Inputs.Declarations).DistinctBy(d => d.Name))
        {
            row++;
            object?[] values =
            [
                input.Name,
                InputTypeWords.Of(input.Type),
                input.Unit,
                input.Minimum,
                input.Maximum,
                input.AllowedValues.IsEmpty ? null : string.Join(", ", input.AllowedValues),
                input.Labels.GetValueOrDefault("vi"),
                input.Labels.GetValueOrDefault("en"),
                input.ValueNames.IsEmpty
                    ? null
                    : string.Join(
                        "\n",
                        input.NamedValues.Select(v => $"{v} = {string.Join("; ", input.ValueNames[v])}")
                    ),
            ];

            // Every cell of an existing input is filled, empty ones too, so that the row reads as one that stays.
            data.Append(
                new Row(
                    values.Select(
                        (value, column) =>
                            value switch
                            {
                                string text => OpenXmlWorkbook.TextCell(column, row, text, Fixed),
                                double number => new Cell
                                {
                                    CellReference = CriteriaSheetLayout.Cell(column, row),
                                    CellValue = new CellValue(number),
                                    StyleIndex = Fixed,
                                },
                                _ => new Cell
                                {
                                    CellReference = CriteriaSheetLayout.Cell(column, row),
                                    StyleIndex = Fixed,
                                },
                            }
                    )
                )
                {
                    RowIndex = (uint)row,
                }
            );
        }

        // A new input's type is one of the words the import reads, chosen from a list as the criteria sheet's are.
        var typeColumn = Xlsx.Column(1);
        return new Worksheet(
            OpenXmlWorkbook.FrozenHeaderRow(),
            Widths([34, 10, 24, 10, 10, 40, 48, 40], keys: 0),
            data,
            new DataValidations(List([$"{typeColumn}2:{typeColumn}{row + 200}"], InputTypeWords.All)) { Count = 1 }
        );
    }

    private static int KeyColumn(int key, ThresholdPart part) =>
        CriteriaSheetLayout.FixedColumns + (key * 4) + (int)part;

    private static Columns Widths(double[] fixedWidths, int keys, int? textColumn = null) =>
        new(
            fixedWidths
                .Select((w, i) => OpenXmlWorkbook.Column(i, w, i == textColumn ? NumberText : null))
                .Concat(
                    Enumerable
                        .Range(0, keys)
                        .SelectMany(k =>
                            new[] { 10d, 14, 30, 20 }.Select(
                                (w, p) => OpenXmlWorkbook.Column(KeyColumn(k, (ThresholdPart)p), w)
                            )
                        )
                )
        );

    // The sheet's words (kinds, directions, statuses, types) are short and plain: Excel always holds their lists.
    private static DataValidation List(IEnumerable<string> ranges, IReadOnlyCollection<string> words) =>
        new()
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue>(ranges.Select(r => new StringValue(r))),
            Formula1 =
                OpenXmlWorkbook.ListFormula(words)
                ?? throw new InvalidOperationException($"Excel cannot hold the list {string.Join(", ", words)}."),
        };

    // Excel refuses a workbook whose input message is longer.
    private const int PromptLength = 255;

    /// <summary>
    /// What an indicator compares, where the sheet shows only its input: the note its input cell shows when selected.
    /// </summary>
    private static DataValidation MeasureNote(int row, string measure, Texts t)
    {
        var note = t.MeasureNote(measure);
        if (note.Length > PromptLength)
        {
            note = t.MeasureNote(measure[..(measure.Length - (note.Length - PromptLength) - 1)] + "…");
        }

        return new DataValidation
        {
            AllowBlank = true,
            ShowInputMessage = true,
            PromptTitle = t.MeasureKey,
            Prompt = note,
            SequenceOfReferences = new ListValue<StringValue>([
                new StringValue(CriteriaSheetLayout.Cell((int)SheetField.Input, row)),
            ]),
        };
    }

    private static DataValidations Validations(
        int firstRow,
        int lastRow,
        int keys,
        List<int> conditionRows,
        List<(int Row, string Measure)> measureRows,
        Texts t
    )
    {
        IEnumerable<string> Columns(IEnumerable<int> columns) =>
            columns.Select(c => $"{Xlsx.Column(c)}{firstRow}:{Xlsx.Column(c)}{lastRow}");

        // A condition's values are yes or no; a number indicator's cells take any number, so they get no list.
        var conditionCells = conditionRows.SelectMany(row =>
            Enumerable.Range(0, keys).Select(k => CriteriaSheetLayout.Cell(KeyColumn(k, ThresholdPart.Value), row))
        );
        var statusColumns = Enumerable
            .Range(0, keys)
            .Select(k => KeyColumn(k, ThresholdPart.Status))
            .Append((int)SheetField.Status);
        var validations = new[]
        {
            List(Columns([(int)SheetField.Kind]), t.KindNames),
            List(Columns([(int)SheetField.Direction]), t.DirectionNames),
            List(Columns(statusColumns), t.StatusNames),
            List(conditionCells, t.BooleanNames),
        }
            .Where(v => v.SequenceOfReferences!.Items.Count > 0)
            .Concat(measureRows.Select(m => MeasureNote(m.Row, m.Measure, t)))
            .ToArray();
        return new DataValidations(validations) { Count = (uint)validations.Length };
    }

    private static Cell? Optional(int column, int row, string? text) =>
        text is null ? null : OpenXmlWorkbook.TextCell(column, row, text, Plain);

    private static Cell Field(SheetField field, int row, string? text, uint style) =>
        text is null
            ? new Cell { CellReference = CriteriaSheetLayout.Cell((int)field, row), StyleIndex = style }
            : OpenXmlWorkbook.TextCell((int)field, row, text, style);

    private static Stylesheet Styles() =>
        new(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9D9D9"),
                Solid("FFFFF2CC"),
                Solid("FFDDEBF7"),
                Solid("FFF2F2F2")
            )
            {
                Count = 6,
            },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                {
                    FontId = 1,
                    FillId = 2,
                    ApplyFont = true,
                    ApplyFill = true,
                    ApplyAlignment = true,
                },
                new CellFormat { FillId = 3, ApplyFill = true },
                new CellFormat
                {
                    FontId = 1,
                    FillId = 4,
                    ApplyFont = true,
                    ApplyFill = true,
                },
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
                {
                    FillId = 5,
                    ApplyFill = true,
                    ApplyAlignment = true,
                },
                new CellFormat { NumberFormatId = Xlsx.TextFormat, ApplyNumberFormat = true },
                new CellFormat
                {
                    FontId = 1,
                    FillId = 4,
                    NumberFormatId = Xlsx.TextFormat,
                    ApplyFont = true,
                    ApplyFill = true,
                    ApplyNumberFormat = true,
                }
            )
            {
                Count = 8,
            }
        );

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid });
}
