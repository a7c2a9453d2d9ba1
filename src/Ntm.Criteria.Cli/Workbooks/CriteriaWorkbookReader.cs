using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;
using Value = Ntm.Criteria.Rules.Value;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Turns a filled criteria workbook into rule files: each criteria sheet becomes one set file, the set the sheet was
/// exported from (its "Exported from" cell) with the sheet's facts, criteria, indicators and thresholds, and the
/// expressions written from the tables. Every problem is collected with its sheet and cell.
/// </summary>
internal sealed class CriteriaWorkbookReader(CriteriaCatalog catalog, Texts t)
{
    private readonly List<WorkbookProblem> _problems = [];
    private string _sheet = string.Empty;

    // Some criteria sheet's rows were not read (its base set or its table not found).
    private bool _rowsNotRead;

    /// <summary>What the reading noticed that is no problem, for standard error: cells in a legacy font, read as shown.</summary>
    public List<string> Notes { get; } = [];

    // The names of the inputs sheet's rows refused: an indicator that reads one is not a second problem.
    private readonly HashSet<string> _refusedInputs = new(StringComparer.Ordinal);

    /// <summary>
    /// A set's sheet as <c>ntm workbook export</c> writes it, read back: what the import of a sheet left as exported
    /// gives; null when it does not read back (the catalog lacks the set it names as exported from).
    /// </summary>
    public static ImportedSet? AsExported(CriteriaSet set, CriteriaCatalog catalog, Texts t)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ntm-{Guid.NewGuid():N}.xlsx");
        try
        {
            CriteriaWorkbookWriter.Write(path, [set], t);
            var (sets, problems) = new CriteriaWorkbookReader(catalog, t).Read(path);
            return problems.Count == 0 && sets is [var sheet] ? sheet : null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The sets of the workbook as rule-file JSON, or the problems that stop any being written.</summary>
    public (List<ImportedSet> Sets, List<WorkbookProblem> Problems) Read(string path)
    {
        XlsxCellReader.CheckUnpackedSize(path, t);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e)
            when (e
                    is OpenXmlPackageException
                        or InvalidDataException
                        or FileFormatException
                        or IOException
                        or UnauthorizedAccessException
                || XlsxCellReader.Describe(e, t) is not null
            )
        {
            throw new CliUsageException(
                $"{path}: {OtherWorkbookKind.Describe(path, t) ?? t.NotACriteriaWorkbook(e.Message)}"
            );
        }

        using (document)
        {
            var workbook =
                document.WorkbookPart
                ?? throw new CliUsageException($"{path}: {OtherWorkbookKind.Describe(path, t) ?? t.NoCriteriaSheet}");
            var cells = new XlsxCellReader(workbook, t);
            List<(string Name, Dictionary<(int Row, int Column), object> Grid)> sheets;
            try
            {
                sheets =
                [
                    .. (workbook.Workbook.Sheets?.Elements<Sheet>() ?? []).Select(s =>
                        (Name: s.Name?.Value ?? "?", Grid: Grid(workbook, s, cells))
                    ),
                ];
            }
            catch (Exception e) when (XlsxCellReader.Describe(e, t) is { } reason)
            {
                throw new CliUsageException($"{path}: {t.CriteriaWorkbookUnreadable(reason)}");
            }

            Notes.AddRange(
                cells.LegacyFontCells.Select(c => t.LegacyFontCellsRead(c.Count, c.Font, c.Stored, c.Shown))
            );

            var newInputs = sheets
                .Where(s => IsInputsSheet(s.Name))
                .SelectMany(s => ReadInputs(s.Name, s.Grid).Select(i => (Sheet: s.Name, i.Declaration, i.Row)))
                .ToList();
            var result = new List<ImportedSet>();
            var criteriaSheets = sheets
                .Where(s =>
                    Text(s.Grid, 1, 0) is { } a1
                    && CriteriaSheetLayout.IndexOf(a1, x => x.WorkbookHeaderLabels) == (int)HeaderField.SetId
                )
                .ToList();
            if (criteriaSheets.Count == 0)
            {
                throw new CliUsageException($"{path}: {t.NoCriteriaSheet}");
            }

            var read = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, grid) in criteriaSheets)
            {
                _sheet = name;
                if (ReadSet(grid, [.. newInputs.Select(i => i.Declaration)], read) is { } set)
                {
                    result.Add(set);
                }
            }

            // Each set declares the new inputs it reads: one that none reads would be declared nowhere, and lost. When
            // a sheet's rows could not be read, they may read it.
            foreach (
                var (sheet, declaration, row) in newInputs.Where(i =>
                    !_rowsNotRead && !read.Contains(i.Declaration.Name)
                )
            )
            {
                _sheet = sheet;
                Problem(0, row, t.InputReadByNoIndicator(declaration.Name));
            }

            return (result, _problems);
        }
    }

    private static bool IsInputsSheet(string name) =>
        CriteriaSheetLayout.Normalize(name) is var n
        && (
            n == CriteriaSheetLayout.Normalize(Texts.Vietnamese.InputsSheet)
            || n == CriteriaSheetLayout.Normalize(Texts.English.InputsSheet)
        );

    /// <summary>A sheet's non-empty cells by 1-based row and 0-based column.</summary>
    private Dictionary<(int Row, int Column), object> Grid(WorkbookPart workbook, Sheet sheet, XlsxCellReader reader)
    {
        var grid = new Dictionary<(int, int), object>();
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return grid;
        }

        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? XlsxCellReader.ColumnIndex(reference) : next;
                next = column + 1;
                if (column >= XlsxCellReader.MaxColumns)
                {
                    throw new InvalidDataException(t.CellPastLastColumn(cell.CellReference?.Value));
                }

                var value = reader.Value(cell);
                if (value is string text)
                {
                    value = CleanText.Of(text);
                }

                if (value is not (null or ""))
                {
                    grid[(rowNumber, column)] = value;
                }
            }
        }

        return grid;
    }

    private List<(InputDeclaration Declaration, int Row)> ReadInputs(
        string sheet,
        Dictionary<(int Row, int Column), object> grid
    )
    {
        _sheet = sheet;
        // Sets may declare one name differently (a province's own vocabulary): a row is known when it is one of them.
        var known = catalog.Sets.SelectMany(s => s.Inputs.Declarations).ToLookup(d => d.Name, StringComparer.Ordinal);
        var result = new List<(InputDeclaration, int)>();
        ColumnsNotRead(grid, 1, column => column < t.InputColumns.Length);
        var lastRow = grid.Keys.Select(k => k.Row).DefaultIfEmpty(0).Max();
        for (var row = 2; row <= lastRow; row++)
        {
            if (Text(grid, row, 0) is not { } name || string.IsNullOrWhiteSpace(name))
            {
                // A new input described but not named would be lost without a word.
                if (Enumerable.Range(1, t.InputColumns.Length - 1).Any(c => Text(grid, row, c) is not null))
                {
                    Problem(0, row, t.Needed($"\"{t.InputColumns[0]}\""));
                }

                continue;
            }

            var typeText = Text(grid, row, 1) ?? string.Empty;
            if (InputTypeWords.Named(typeText) is not { } type)
            {
                Problem(1, row, t.NotOneOf(typeText, InputTypeWords.All));
                _refusedInputs.Add(name);
                continue;
            }

            var declaration = new InputDeclaration(name, type)
            {
                Unit = Text(grid, row, 2),
                Minimum = Number(grid, row, 3),
                Maximum = Number(grid, row, 4),
                AllowedValues = Text(grid, row, 5) is { } values
                    ? [.. values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
                    : [],
                Labels = new[] { ("vi", Text(grid, row, 6)), ("en", Text(grid, row, 7)) }
                    .Where(l => l.Item2 is not null)
                    .ToImmutableDictionary(l => l.Item1, l => l.Item2!),
                ValueNames = ValueNames(Text(grid, row, 8), row),
            };
            if (known.Contains(name))
            {
                // An existing input cannot be changed here, its labels included: an edit would be lost without a word.
                // A label edited is told at its cell; another change at the name.
                string? Label(InputDeclaration d, string language) => d.Labels.GetValueOrDefault(language);
                bool LabelledAlike(InputDeclaration d) =>
                    Label(d, "vi") == Label(declaration, "vi") && Label(d, "en") == Label(declaration, "en");
                var same = known[name].Where(k => k.Equals(declaration)).ToList();
                if (!same.Any(LabelledAlike))
                {
                    var column =
                        same.Count == 0 ? 0
                        : Label(same[0], "vi") != Label(declaration, "vi") ? 6
                        : 7;
                    Problem(column, row, t.InputRedeclared(name));
                }
            }
            else if (declaration.Problems() is { IsEmpty: false } problems)
            {
                // The loader's own checks, each at the cell of the field it is about.
                foreach (var problem in problems)
                {
                    Problem(InputsSheetColumn(problem.Field), row, problem.Message.In(t.Code));
                }

                _refusedInputs.Add(name);
            }
            else
            {
                result.Add((declaration, row));
            }
        }

        return result;
    }

    private static int InputsSheetColumn(string field) =>
        field switch
        {
            "Minimum" => 3,
            "Maximum" => 4,
            "Values" => 5,
            "ValueNames" => 8,
            _ => 0,
        };

    /// <summary>
    /// "BTB = Bắc Trung Bộ; North Central Coast", a line per value; a line of another form is a problem of its cell.
    /// </summary>
    private ImmutableDictionary<string, ImmutableArray<string>> ValueNames(string? cell, int row)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (
            var line in cell?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []
        )
        {
            if (line.Split('=', 2, StringSplitOptions.TrimEntries) is not [{ Length: > 0 } value, var written])
            {
                Problem(8, row, t.NotAValueNamesLine(line));
                continue;
            }

            (names.TryGetValue(value, out var list) ? list : names[value] = []).AddRange(
                written.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            );
        }

        return names.ToImmutableDictionary(n => n.Key, n => n.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A criteria sheet as a set, or null when it has problems; the names of the inputs its rows read are added to
    /// <paramref name="read"/>.
    /// </summary>
    private ImportedSet? ReadSet(
        Dictionary<(int Row, int Column), object> grid,
        List<InputDeclaration> newInputs,
        HashSet<string> read
    )
    {
        var problemsBefore = _problems.Count;
        var header = new Dictionary<HeaderField, (int Row, object Value)>();
        var labelRows = new Dictionary<HeaderField, int>();
        var tableRow = 0;
        var lastRow = grid.Keys.Select(k => k.Row).DefaultIfEmpty(0).Max();
        for (var row = 1; row <= lastRow && tableRow == 0; row++)
        {
            if (Text(grid, row, 0) is not { } label)
            {
                continue;
            }

            if (CriteriaSheetLayout.IndexOf(label, x => x.WorkbookColumns) == (int)SheetField.Kind)
            {
                tableRow = row;
            }
            else if (CriteriaSheetLayout.IndexOf(label, x => x.WorkbookHeaderLabels) is { } field)
            {
                labelRows[(HeaderField)field] = row;
                if (grid.TryGetValue((row, 1), out var value))
                {
                    header[(HeaderField)field] = (row, value);
                }
            }
        }

        string? HeaderText(HeaderField field) => header.TryGetValue(field, out var cell) ? Show(cell.Value) : null;
        var exportedFrom = HeaderText(HeaderField.ExportedFrom);
        var baseSet = catalog.Sets.FirstOrDefault(s => $"{s.Id}@{s.Version}" == exportedFrom);
        if (baseSet is null)
        {
            // The sheet's own id and version name the set it was exported from, unless they were edited for a new
            // version; then a slip of the cell's text may.
            var versions = catalog.Sets.Select(s => $"{s.Id}@{s.Version}").ToList();
            var own = $"{HeaderText(HeaderField.SetId)}@{HeaderText(HeaderField.Version)}";
            Problem(
                1,
                header.TryGetValue(HeaderField.ExportedFrom, out var c) ? c.Row : 3,
                t.UnknownBaseSet(
                    exportedFrom ?? string.Empty,
                    versions.Contains(own) ? own : Spelling.Meant(exportedFrom ?? string.Empty, versions)
                )
            );
            _rowsNotRead = true;
            return null;
        }

        if (tableRow == 0)
        {
            Problem(0, CriteriaSheetLayout.TableHeaderRow, t.Needed($"\"{t.WorkbookColumns[0]}\""));
            _rowsNotRead = true;
            return null;
        }

        // Above the table, only the header block's labels and their values are read.
        foreach (
            var (row, column) in grid.Where(g => g.Key.Row < tableRow && Show(g.Value).Trim().Length > 0)
                .Select(g => g.Key)
                .Where(c => c.Column > 1 || !labelRows.ContainsValue(c.Row))
                .OrderBy(c => (c.Row, c.Column))
        )
        {
            Problem(column, row, t.CellNotRead);
        }

        var columns = ReadColumns(grid, tableRow, baseSet);
        ColumnsNotRead(grid, tableRow, columns.ContainsKey);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var years = new List<(int Year, int Column, int Row)>();
        var criteria = ReadRows(
            grid,
            tableRow,
            columns,
            [.. baseSet.Inputs.Declarations.Concat(newInputs)],
            cells,
            years
        );

        // The set declares the new inputs its rows read, and no other: one the workbook adds for another sheet would
        // make this sheet's file a copy of its version that differs by a declaration, written in its place.
        var reads = criteria.SelectMany(c => c.Indicators).SelectMany(InputsReadBy).ToHashSet(StringComparer.Ordinal);
        read.UnionWith(reads);
        var inputs = baseSet.Inputs.Declarations.Concat(newInputs.Where(i => reads.Contains(i.Name))).ToList();

        // An indicator numbered under another criterion of the sheet ("1.9" under 2) would count for the one it stands
        // under: the table was sorted, or the row put in the wrong place.
        foreach (var criterion in criteria)
        {
            foreach (var indicator in criterion.Indicators)
            {
                var owner = indicator.Number.Split('.')[0];
                if (owner != indicator.Number && owner != criterion.Number && criteria.Any(c => c.Number == owner))
                {
                    _problems.Add(
                        new WorkbookProblem(
                            _sheet,
                            cells["i:" + indicator.Number],
                            t.IndicatorUnderAnotherCriterion(indicator.Number, criterion.Number, owner)
                        )
                    );
                }
            }
        }
        var id = Required(header, HeaderField.SetId);
        var version = Required(header, HeaderField.Version);
        var nameVi = Required(header, HeaderField.NameVietnamese);
        var facts = new SheetFacts(
            id,
            version,
            nameVi,
            HeaderText(HeaderField.NameEnglish) ?? nameVi,
            HeaderText(HeaderField.Province),
            HeaderText(HeaderField.Decision),
            Date(header, HeaderField.DecisionDate),
            HeaderText(HeaderField.Annex),
            header.TryGetValue(HeaderField.DecisionStatus, out var status)
                ? Status(Show(status.Value), 1, status.Row)
                : null,
            HeaderText(HeaderField.DecisionSource),
            Date(header, HeaderField.InForceFrom),
            Date(header, HeaderField.InForceTo),
            labelRows.ContainsKey(HeaderField.OfficialCriteria) || labelRows.ContainsKey(HeaderField.OfficialIndicators)
                ? (Count(header, HeaderField.OfficialCriteria), Count(header, HeaderField.OfficialIndicators))
                : null
        );
        if (facts.InForceFrom is { } from && facts.InForceTo is { } to && to < from)
        {
            Problem(1, header[HeaderField.InForceTo].Row, t.InForceToBeforeFrom(from, to));
        }

        if (
            id is not null
            && id.StartsWith(CriteriaSet.ProvincialIdPrefix, StringComparison.Ordinal)
            && facts.Province is null
        )
        {
            // A workbook exported before the province had its line is told at the id.
            Problem(
                1,
                labelRows.GetValueOrDefault(HeaderField.Province, header[HeaderField.SetId].Row),
                t.ProvinceNeeded(id)
            );
        }

        // A new national set keeps the level, tier and period of the national sheet it was started from: it would be
        // evaluated beside that set as a second chain of the same tier (a slip in the id does this).
        if (
            id is not null
            && id != baseSet.Id
            && id.StartsWith(CriteriaSet.NationalIdPrefix, StringComparison.Ordinal)
            && baseSet.Province is null
            && catalog.Sets.All(s => s.Id != id)
        )
        {
            Problem(1, header[HeaderField.SetId].Row, t.SecondNationalSet(id, baseSet.Id));
        }

        // The loader needs the decision's number unless the sources give none, which its status then says.
        if (facts.Decision is null && facts.DecisionStatus != ValueStatus.NotSet)
        {
            Problem(
                1,
                labelRows.GetValueOrDefault(HeaderField.Decision, header[HeaderField.SetId].Row),
                t.DecisionNeeded(
                    t.WorkbookHeaderLabels[(int)HeaderField.Decision],
                    t.WorkbookHeaderLabels[(int)HeaderField.DecisionStatus]
                )
            );
        }

        if (
            id is not null
            && id.StartsWith(CriteriaSet.NationalIdPrefix, StringComparison.Ordinal)
            && facts.Province is { } province
        )
        {
            Problem(1, header[HeaderField.Province].Row, t.ProvinceOfNationalSet(id, province));
        }

        // A decision counted with fewer criteria or indicators than the sheet gives: one of the two is a slip.
        var given = (
            Criteria: criteria.Count(c => !c.IsPrecondition),
            Indicators: criteria.Where(c => !c.IsPrecondition).Sum(c => c.Indicators.Count)
        );
        foreach (
            var (field, count, sheet) in new[]
            {
                (HeaderField.OfficialCriteria, facts.OfficialCounts?.Criteria, given.Criteria),
                (HeaderField.OfficialIndicators, facts.OfficialCounts?.Indicators, given.Indicators),
            }
        )
        {
            if (count < sheet)
            {
                Problem(
                    1,
                    header[field].Row,
                    t.FewerThanTheSheet(count.Value, sheet, field == HeaderField.OfficialIndicators)
                );
            }
        }

        // The loader would refuse such a row too, but at its indicator's number and in a rule file's terms.
        var (first, last) = CriteriaSet.InForceSpan(
            baseSet.Period,
            facts.InForceFrom ?? DateOnly.MinValue,
            facts.InForceTo
        );
        foreach (
            var (year, column, row) in years.Where(y => !CriteriaSet.CoversYear(y.Year, baseSet.Period, first, last))
        )
        {
            Problem(column, row, t.YearNeverAssessed(year, baseSet.Period, t.InForceRange(first, last)));
        }

        if (_problems.Count > problemsBefore)
        {
            return null;
        }

        var (file, inputsFile) = SetFileBuilder.Build(baseSet, facts, criteria, inputs);
        return new ImportedSet(_sheet, id!, version!, file, inputsFile, cells);
    }

    // An indicator reads its input and those its condition names.
    private static IEnumerable<string> InputsReadBy(IndicatorRow indicator) =>
        ExpressionText.InputsNamed(indicator.AppliesWhen ?? string.Empty).Prepend(indicator.InputName);

    private string? Required(Dictionary<HeaderField, (int Row, object Value)> header, HeaderField field)
    {
        if (header.TryGetValue(field, out var cell))
        {
            return Show(cell.Value);
        }

        Problem(1, (int)field + 1, t.Needed($"\"{t.WorkbookHeaderLabels[(int)field]}\""));
        return null;
    }

    private DateOnly? Date(Dictionary<HeaderField, (int Row, object Value)> header, HeaderField field)
    {
        if (!header.TryGetValue(field, out var cell))
        {
            return null;
        }

        if (cell.Value is double serial && serial is > 0 and < 2958466)
        {
            // A day's serial number whose cell lost its date format.
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        // A cell shown as a date reads as yyyy-MM-dd.
        var text = Show(cell.Value);
        if (DayText.TryRead(text, out var date))
        {
            return date;
        }

        Problem(1, cell.Row, t.NotADate(text));
        return null;
    }

    /// <summary>Which column holds which field, and which threshold key and part.</summary>
    private static Dictionary<int, (SheetField? Field, ThresholdKey? Key, ThresholdPart Part)> ReadColumns(
        Dictionary<(int Row, int Column), object> grid,
        int row,
        CriteriaSet baseSet
    )
    {
        var regions = baseSet.Inputs.TryGet(NtmInputs.Region.Name, out var region) ? region.AllowedValues : [];
        var result = new Dictionary<int, (SheetField?, ThresholdKey?, ThresholdPart)>();
        foreach (var ((r, column), value) in grid.Where(g => g.Key.Row == row))
        {
            var text = Show(value);
            if (CriteriaSheetLayout.IndexOf(text, x => x.WorkbookColumns) is { } field)
            {
                result[column] = ((SheetField)field, null, ThresholdPart.Value);
                continue;
            }

            // The longest suffix first: every header ends with the value's empty suffix.
            var normalized = CriteriaSheetLayout.Normalize(text);
            foreach (
                var (part, suffix) in new[] { Texts.Vietnamese, Texts.English }
                    .SelectMany(x => x.ThresholdParts.Select((s, i) => ((ThresholdPart)i, s)))
                    .OrderByDescending(p => p.s.Length)
            )
            {
                var normalizedSuffix = CriteriaSheetLayout.Normalize(suffix);
                if (suffix.Length > 0 && !normalized.EndsWith(" " + normalizedSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var keyText = suffix.Length == 0 ? normalized : normalized[..^(normalizedSuffix.Length + 1)];
                if (Key(keyText, regions) is { } key)
                {
                    result[column] = (null, key, part);
                    break;
                }
            }
        }

        return result;
    }

    // A column of a table the sheet does not have (an officer's own, a header mistyped) would lose its values unseen:
    // its first value is a problem.
    private void ColumnsNotRead(Dictionary<(int Row, int Column), object> grid, int headerRow, Func<int, bool> read)
    {
        var lost = grid.Where(g => g.Key.Row > headerRow && !read(g.Key.Column))
            .Where(g => Show(g.Value).Trim().Length > 0)
            .GroupBy(g => g.Key.Column)
            .Select(g => g.MinBy(c => c.Key.Row).Key);
        foreach (var (row, column) in lost.OrderBy(c => c.Column))
        {
            Problem(column, row, t.ColumnNotRead(Text(grid, headerRow, column)));
        }
    }

    private static ThresholdKey? Key(string text, ImmutableArray<string> regions)
    {
        foreach (var x in new[] { Texts.Vietnamese, Texts.English })
        {
            if (text == CriteriaSheetLayout.Normalize(x.AllSubjectsColumn))
            {
                return ThresholdKey.Everyone;
            }

            if (text == CriteriaSheetLayout.Normalize(x.GeneralColumn))
            {
                return new ThresholdKey(Threshold.GeneralRegion, null);
            }

            var group = CriteriaSheetLayout.Normalize(x.GroupColumn) + " ";
            if (
                text.StartsWith(group, StringComparison.Ordinal)
                && int.TryParse(text[group.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var g)
            )
            {
                return new ThresholdKey(null, g);
            }
        }

        return regions.FirstOrDefault(r => CriteriaSheetLayout.Normalize(r) == text) is { } code
            ? new ThresholdKey(code, null)
            : null;
    }

    private List<CriterionRow> ReadRows(
        Dictionary<(int Row, int Column), object> grid,
        int tableRow,
        Dictionary<int, (SheetField? Field, ThresholdKey? Key, ThresholdPart Part)> columns,
        List<InputDeclaration> inputs,
        Dictionary<string, string> cells,
        List<(int Year, int Column, int Row)> years
    )
    {
        var fieldColumn = columns
            .Where(c => c.Value.Field is not null)
            .ToDictionary(c => c.Value.Field!.Value, c => c.Key);
        var keyColumns = columns
            .Where(c => c.Value.Key is not null)
            .GroupBy(c => c.Value.Key!)
            .Select(g => new KeyColumns(g.Key, g.ToDictionary(c => c.Value.Part, c => c.Key)))
            .ToList();
        string? Field(int row, SheetField field) =>
            fieldColumn.TryGetValue(field, out var column) ? Text(grid, row, column) : null;
        int ColumnOf(SheetField field) => fieldColumn.GetValueOrDefault(field, (int)field);

        // A filled cell of a column that a row of its kind does not read would be lost without a word.
        bool Filled(int row, int column) => Text(grid, row, column) is { } text && text.Trim().Length > 0;
        IEnumerable<(int Column, string Header)> ColumnsOf(SheetField[] fields) =>
            fields.Where(fieldColumn.ContainsKey).Select(f => (fieldColumn[f], t.WorkbookColumns[(int)f]));
        var thresholdColumns = keyColumns
            .SelectMany(k => k.Columns.Select(c => (c.Value, k.Key.Header(t) + t.ThresholdParts[(int)c.Key])))
            .ToList();
        void NotRead(int row, IEnumerable<(int Column, string Header)> columns, Func<string, int, string> message)
        {
            foreach (var (column, header) in columns.Where(c => Filled(row, c.Column)).OrderBy(c => c.Column))
            {
                Problem(column, row, message(header, column));
            }
        }

        var criteria = new List<CriterionRow>();
        var withThresholdCells = new List<(IndicatorRow Indicator, int Row)>();
        IndicatorRow? last = null;
        var lastIndicatorRow = 0;
        foreach (var row in grid.Keys.Select(k => k.Row).Where(r => r > tableRow).Distinct().Order())
        {
            var kindText = Field(row, SheetField.Kind);
            var number = Field(row, SheetField.Number);
            var year = fieldColumn.TryGetValue(SheetField.Year, out var yearColumn)
                ? Integer(grid, row, yearColumn)
                : null;
            if (year is { } given)
            {
                years.Add((given, yearColumn, row));
            }

            if (kindText is null || number is null)
            {
                Problem(
                    ColumnOf(kindText is null ? SheetField.Kind : SheetField.Number),
                    row,
                    t.Needed($"\"{t.WorkbookColumns[kindText is null ? 0 : 1]}\"")
                );
                continue;
            }

            var kind = (RowKind?)CriteriaSheetLayout.IndexOf(kindText, x => x.KindNames);
            if (kind is null)
            {
                Problem(ColumnOf(SheetField.Kind), row, t.NotOneOf(kindText, t.KindNames));
                continue;
            }

            if (
                kind == RowKind.Indicator
                && last is not null
                && last.Number == number
                && year is not null
                && Field(row, SheetField.NameVietnamese) is null
            )
            {
                // A year row copied from its indicator's row repeats its cells: only one that says otherwise is lost.
                NotRead(
                    row,
                    ColumnsOf(YearRowUnread)
                        .Where(c =>
                            Text(grid, row, c.Column)?.Trim() != Text(grid, lastIndicatorRow, c.Column)?.Trim()
                        ),
                    (header, column) => t.NotReadOnYearRow(header, CriteriaSheetLayout.Cell(column, lastIndicatorRow))
                );
                last.Thresholds.AddRange(Thresholds(grid, row, keyColumns, year, last));
                continue;
            }

            var numberKey = (kind == RowKind.Indicator ? "i:" : "c:") + number;
            if (cells.TryGetValue(numberKey, out var first))
            {
                Problem(
                    ColumnOf(SheetField.Number),
                    row,
                    t.DuplicateNumber(number, first, grid[(row, ColumnOf(SheetField.Number))] is double)
                );
                continue;
            }

            cells[numberKey] = CriteriaSheetLayout.Cell(ColumnOf(SheetField.Number), row);
            if (kind == RowKind.Indicator)
            {
                cells["w:" + number] = CriteriaSheetLayout.Cell(ColumnOf(SheetField.AppliesWhen), row);
            }

            var nameVi = Field(row, SheetField.NameVietnamese);
            if (nameVi is null)
            {
                Problem(
                    ColumnOf(SheetField.NameVietnamese),
                    row,
                    t.Needed($"\"{t.WorkbookColumns[(int)SheetField.NameVietnamese]}\"")
                );
            }

            var status = Field(row, SheetField.Status) is { } statusText
                ? Status(statusText, ColumnOf(SheetField.Status), row)
                : null;
            var name = new LocalizedText(
                nameVi ?? string.Empty,
                Field(row, SheetField.NameEnglish) ?? nameVi ?? string.Empty
            );
            if (kind != RowKind.Indicator)
            {
                NotRead(
                    row,
                    ColumnsOf(CriterionRowUnread).Concat(thresholdColumns),
                    (header, _) => t.NotReadOnCriterionRow(header)
                );
                criteria.Add(
                    new CriterionRow(
                        number,
                        name,
                        kind is RowKind.Precondition or RowKind.PartialPrecondition,
                        status ?? ValueStatus.Unconfirmed,
                        Field(row, SheetField.Source),
                        Field(row, SheetField.Note)
                    )
                    {
                        IsComplete = kind is RowKind.Criterion or RowKind.Precondition,
                    }
                );
                last = null;
                continue;
            }

            if (criteria.Count == 0)
            {
                Problem(ColumnOf(SheetField.Kind), row, t.IndicatorOutsideCriterion);
                continue;
            }

            var inputName = Field(row, SheetField.Input);
            var input = inputName is null ? null : inputs.FirstOrDefault(i => i.Name == inputName);
            if (input is null && !(inputName is not null && _refusedInputs.Contains(inputName)))
            {
                Problem(
                    ColumnOf(SheetField.Input),
                    row,
                    inputName is null
                        ? t.Needed($"\"{t.WorkbookColumns[(int)SheetField.Input]}\"")
                        : t.UnknownInput(
                            inputName,
                            Spelling.Closest(inputName, inputs.Select(i => i.Name), ignoreCase: true)
                        )
                );
            }

            var directionText = Field(row, SheetField.Direction);
            var direction = directionText is null
                ? null
                : CriteriaSheetLayout.IndexOf(
                    directionText,
                    x => x.DirectionNames,
                    [">=", "<=", "true", "false"],
                    [.. RuleFileWords.Directions]
                );
            if (direction is null)
            {
                Problem(
                    ColumnOf(SheetField.Direction),
                    row,
                    directionText is null
                        ? t.Needed($"\"{t.WorkbookColumns[(int)SheetField.Direction]}\"")
                        : t.NotOneOf(directionText, t.DirectionNames)
                );
            }
            else if (input is not null && !Fits((ThresholdDirection)direction, input))
            {
                // Its threshold cells are not read: each would be a second problem of this one.
                Problem(
                    ColumnOf(SheetField.Direction),
                    row,
                    t.DirectionDoesNotFit(directionText!, input.Name, InputTypeWords.Of(input.Type))
                );
                direction = null;
            }

            // An officer writes the condition as the annex does, in words ("Xã có nghề truyền thống"): a yes/no input's
            // label or name is the condition that it holds; another input's is not a condition.
            var appliesWhen = Field(row, SheetField.AppliesWhen);
            if (
                appliesWhen is not null
                && inputs.FirstOrDefault(i =>
                    i.Labels.Values.Append(i.Name)
                        .Any(label =>
                            CriteriaSheetLayout.Normalize(label) == CriteriaSheetLayout.Normalize(appliesWhen)
                        )
                )
                    is { } named
            )
            {
                if (named.Type == InputType.Boolean)
                {
                    appliesWhen = $"input.{named.Name}";
                }
                else
                {
                    Problem(ColumnOf(SheetField.AppliesWhen), row, t.ConditionNamesAnInput(appliesWhen, named.Name));
                }
            }

            last = new IndicatorRow(
                number,
                name,
                inputName ?? string.Empty,
                (ThresholdDirection)(direction ?? 0),
                input
            )
            {
                Unit = Field(row, SheetField.Unit),
                AppliesWhen = appliesWhen,
                Status = status ?? ValueStatus.Unconfirmed,
                Source = Field(row, SheetField.Source),
                Note = Field(row, SheetField.Note),
            };
            if (direction is not null)
            {
                last.Thresholds.AddRange(Thresholds(grid, row, keyColumns, year, last));
                withThresholdCells.Add((last, row));
            }

            lastIndicatorRow = row;

            criteria[^1].Indicators.Add(last);
        }

        // Said here in the sheet's words: the rule file's own check would name Properties.Thresholds and notSet.
        var allColumn = keyColumns
            .FirstOrDefault(k => k.Key == ThresholdKey.Everyone)
            ?.Columns.GetValueOrDefault(ThresholdPart.Value);
        foreach (var (indicator, row) in withThresholdCells.Where(x => x.Indicator.Thresholds.Count == 0))
        {
            Problem(allColumn ?? ColumnOf(SheetField.Number), row, t.NoThresholdCells(indicator.Number));
        }

        return criteria;
    }

    // The columns of an indicator's own that a criterion's row does not have, and those a year row leaves to the
    // indicator's first row.
    private static readonly SheetField[] CriterionRowUnread =
    [
        SheetField.Unit,
        SheetField.Direction,
        SheetField.Input,
        SheetField.AppliesWhen,
        SheetField.Year,
    ];

    private static readonly SheetField[] YearRowUnread =
    [
        SheetField.NameEnglish,
        SheetField.Unit,
        SheetField.Direction,
        SheetField.Input,
        SheetField.AppliesWhen,
        SheetField.Status,
        SheetField.Source,
        SheetField.Note,
    ];

    // A threshold compares a number, or says whether a yes/no input must hold: as the rule file's expression will.
    private static bool Fits(ThresholdDirection direction, InputDeclaration input) =>
        direction is ThresholdDirection.AtLeast or ThresholdDirection.AtMost
            ? input.IsNumeric
            : input.Type == InputType.Boolean;

    private IEnumerable<Threshold> Thresholds(
        Dictionary<(int Row, int Column), object> grid,
        int row,
        List<KeyColumns> keyColumns,
        int? year,
        IndicatorRow indicator
    )
    {
        foreach (var (key, column) in keyColumns)
        {
            object? Cell(ThresholdPart part) =>
                column.TryGetValue(part, out var c) && grid.TryGetValue((row, c), out var v) ? v : null;
            int At(ThresholdPart part) => column.GetValueOrDefault(part, column.Values.First());
            var (valueCell, statusCell, source, note) = (
                Cell(ThresholdPart.Value),
                Cell(ThresholdPart.Status),
                Cell(ThresholdPart.Source),
                Cell(ThresholdPart.Note)
            );
            if (valueCell is null && statusCell is null && source is null && note is null)
            {
                continue;
            }

            // A year row of a year already given: its value would never apply.
            var cell = CriteriaSheetLayout.Cell(At(ThresholdPart.Value), row);
            if (!indicator.ThresholdCells.TryAdd((key, year), cell))
            {
                Problem(
                    At(ThresholdPart.Value),
                    row,
                    t.ThresholdTwice(key.Header(t), year, indicator.ThresholdCells[(key, year)])
                );
                continue;
            }

            var status = statusCell is null ? null : Status(Show(statusCell), At(ThresholdPart.Status), row);
            var value = valueCell is null
                ? Value.Missing
                : ThresholdValue(valueCell, indicator, At(ThresholdPart.Value), row);
            if (valueCell is not null && statusCell is null)
            {
                Problem(At(ThresholdPart.Status), row, t.ValueWithoutStatus);
            }
            else if (valueCell is not null && status == ValueStatus.NotSet)
            {
                Problem(At(ThresholdPart.Status), row, t.ValueMarkedNotSet);
            }
            else if (valueCell is null && status is ValueStatus.Confirmed or ValueStatus.Unconfirmed)
            {
                Problem(At(ThresholdPart.Value), row, t.StatusWithoutValue(status.Value));
            }
            else if (valueCell is not null && status is { } s && source is null)
            {
                Problem(At(ThresholdPart.Source), row, t.ValueWithoutSource(s));
            }

            yield return new Threshold
            {
                Region = key.Region,
                Group = key.Group,
                Year = year,
                Value = value,
                Status = status ?? ValueStatus.NotSet,
                Source = source is null ? null : Show(source),
                Note = note is null ? null : Show(note),
            };
        }
    }

    private Value ThresholdValue(object cell, IndicatorRow indicator, int column, int row)
    {
        if (indicator.Direction is ThresholdDirection.MustHold or ThresholdDirection.MustNotHold)
        {
            if (cell is bool b)
            {
                return Value.FromBoolean(b);
            }

            var text = Show(cell);
            if (CriteriaSheetLayout.IndexOf(text, x => x.BooleanNames, ["true", "false"]) is { } index)
            {
                return Value.FromBoolean(index == 0);
            }

            Problem(column, row, t.NotOneOf(text, t.BooleanNames));
            return Value.Missing;
        }

        if (NumberOf(cell, column, row) is not { } value)
        {
            return Value.Missing;
        }

        if (
            indicator.Input is { } input
            && ((input.Minimum is { } min && value < min) || (input.Maximum is { } max && value > max))
        )
        {
            Problem(column, row, t.OutOfRange(value, input.Name, input.Minimum, input.Maximum, input.Unit));
        }

        return Value.FromNumber(value);
    }

    /// <summary>
    /// A number as a sheet holds it or an office types it: a number cell, a percentage (95% is 95), or text with a
    /// decimal point or a decimal comma ("90,5"). Text that is no number, or reads two ways ("1,500": a thousand and
    /// five hundred, or one and a half), is a problem of its cell: never a guess.
    /// </summary>
    private double? NumberOf(object cell, int column, int row)
    {
        var text = Show(cell).Trim();
        if (cell is string && ReadsTwoWays(text))
        {
            var asDecimal = double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
            Problem(column, row, t.NumberReadsTwoWays(text, text.Replace(",", "").Replace(".", ""), t.Show(asDecimal)));
            return null;
        }

        if (cell is DateCell date)
        {
            Problem(column, row, t.DateNotANumber(date.Day, year: null));
            return null;
        }

        double? number = cell switch
        {
            double d => d,
            PercentCell p => p.Fraction * 100,
            string
                when double.TryParse(
                    text.Replace(',', '.'),
                    NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out var parsed
                ) => parsed,
            _ => null,
        };
        if (number is { } value && double.IsFinite(value))
        {
            return value;
        }

        Problem(column, row, t.NotANumber(text, NumberInText.Only(text)));
        return null;
    }

    // "1,500" or "-12.345": one to three digits, not starting with 0, then one mark and three digits, as a thousands
    // separator writes them and as a decimal mark before three decimals does.
    private static bool ReadsTwoWays(string text)
    {
        var unsigned = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var mark = unsigned.IndexOfAny([',', '.']);
        return mark is >= 1 and <= 3
            && unsigned[0] != '0'
            && unsigned.Length == mark + 4
            && unsigned.Remove(mark, 1).All(char.IsAsciiDigit);
    }

    private ValueStatus? Status(string text, int column, int row)
    {
        if (CriteriaSheetLayout.IndexOf(text, x => x.StatusNames, [.. RuleFileWords.Statuses]) is { } index)
        {
            return (ValueStatus)index;
        }

        Problem(column, row, t.NotOneOf(text, t.StatusNames));
        return null;
    }

    // A count of the decision's criteria or indicators: a whole number, or empty where the sources do not give it.
    private int? Count(Dictionary<HeaderField, (int Row, object Value)> header, HeaderField field)
    {
        if (!header.TryGetValue(field, out var cell) || Show(cell.Value).Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Problem(1, cell.Row, cell.Value is DateCell date ? t.DateNotANumber(date.Day, null) : t.NotAWholeNumber(text));
        return null;
    }

    private int? Integer(Dictionary<(int Row, int Column), object> grid, int row, int column)
    {
        if (!grid.TryGetValue((row, column), out var cell))
        {
            return null;
        }

        if (cell is double d && d == Math.Floor(d) && d is >= 1900 and <= 2100)
        {
            return (int)d;
        }

        if (cell is DateCell date)
        {
            Problem(column, row, t.DateNotANumber(date.Day, date.Day.Year));
            return null;
        }

        if (int.TryParse(Show(cell), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Problem(column, row, t.NotAWholeNumber(Show(cell)));
        return null;
    }

    private double? Number(Dictionary<(int Row, int Column), object> grid, int row, int column) =>
        Text(grid, row, column) is { } text && !string.IsNullOrWhiteSpace(text)
            ? NumberOf(grid[(row, column)], column, row)
            : null;

    private static string? Text(Dictionary<(int Row, int Column), object> grid, int row, int column) =>
        grid.TryGetValue((row, column), out var cell) ? Show(cell) : null;

    private static string Show(object cell) =>
        cell switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            PercentCell p => (p.Fraction * 100).ToString("R", CultureInfo.InvariantCulture),

            // A version, a decision's number or a text the program took for a date, as the project writes a day.
            DateCell date => date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            NotAValue => string.Empty,
            _ => cell.ToString() ?? string.Empty,
        };

    /// <summary>The columns of one threshold key (a region, a group, everyone), by the part each holds.</summary>
    private sealed record KeyColumns(ThresholdKey Key, Dictionary<ThresholdPart, int> Columns);

    private void Problem(int column, int row, string message) =>
        _problems.Add(new WorkbookProblem(_sheet, CriteriaSheetLayout.Cell(column, row), message));
}
