using System.Collections.Immutable;
using System.Globalization;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;
using Value = Ntm.Criteria.Rules.Value;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// Reads one criteria sheet into a rule file: the set the sheet was exported from (its "Exported from" cell) with the
/// sheet's facts, criteria, indicators and thresholds, and the expressions written from the tables. Every problem is
/// the sheet's, at its cell.
/// </summary>
/// <param name="catalog">The sets a sheet may have been exported from.</param>
/// <param name="t">The workbook's language.</param>
/// <param name="refusedInputs">
/// The inputs sheet's rows refused: an indicator that reads one is not a second problem.
/// </param>
/// <param name="sheet">The sheet.</param>
internal sealed class CriteriaSheetReader(
    CriteriaCatalog catalog,
    Texts t,
    IReadOnlySet<string> refusedInputs,
    SheetCells sheet
)
{
    /// <summary>Whether the sheet's rows were not read: its base set or its table was not found.</summary>
    public bool RowsNotRead { get; private set; }

    /// <summary>
    /// The sheet as a set, or null when it has problems; the names of the inputs its rows read are added to
    /// <paramref name="read"/>, and the version it gives to <paramref name="sheetOfVersion"/> (its "id@version",
    /// with the sheet's name).
    /// </summary>
    public ImportedSet? Read(
        List<InputDeclaration> newInputs,
        HashSet<string> read,
        Dictionary<string, string> sheetOfVersion
    )
    {
        var header = new Dictionary<HeaderField, (int Row, object Value)>();
        var labelRows = new Dictionary<HeaderField, int>();
        var tableRow = 0;
        for (var row = 1; row <= sheet.LastRow && tableRow == 0; row++)
        {
            if (sheet.Text(row, 0) is not { } label)
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
                if (sheet[row, 1] is { } value)
                {
                    header[(HeaderField)field] = (row, value);
                }
            }
        }

        string? HeaderText(HeaderField field) =>
            header.TryGetValue(field, out var cell) ? SheetCells.Show(cell.Value) : null;
        var exportedFrom = HeaderText(HeaderField.ExportedFrom);
        var baseSet = catalog.Sets.FirstOrDefault(s => $"{s.Id}@{s.Version}" == exportedFrom);
        if (baseSet is null)
        {
            // The sheet's own id and version name the set it was exported from, unless they were edited for a new
            // version; then a slip of the cell's text may. An unknown version of a known set is rather one of a rules
            // folder the import was not given: another version of it would be the wrong base.
            var versions = catalog.Sets.Select(s => $"{s.Id}@{s.Version}").ToList();
            var own = $"{HeaderText(HeaderField.SetId)}@{HeaderText(HeaderField.Version)}";
            var idKnown = exportedFrom?.Split('@')[0] is { } writtenId && catalog.Sets.Any(s => s.Id == writtenId);
            sheet.Problem(
                1,
                header.TryGetValue(HeaderField.ExportedFrom, out var c) ? c.Row : 3,
                t.UnknownBaseSet(
                    exportedFrom ?? string.Empty,
                    versions.Contains(own) ? own
                        : idKnown ? null
                        : Spelling.Meant(exportedFrom ?? string.Empty, versions)
                )
            );
            RowsNotRead = true;
            return null;
        }

        if (tableRow == 0)
        {
            sheet.Problem(0, CriteriaSheetLayout.TableHeaderRow, t.Needed($"\"{t.WorkbookColumns[0]}\""));
            RowsNotRead = true;
            return null;
        }

        // Above the table, only the header block's labels and their values are read, and the file of the version the
        // sheet was exported from, beside it.
        var fileRow = labelRows.GetValueOrDefault(HeaderField.ExportedFrom);
        foreach (
            var (row, column) in sheet
                .Cells.Where(g => g.Key.Row < tableRow && SheetCells.Show(g.Value).Trim().Length > 0)
                .Select(g => g.Key)
                .Where(c => (c.Column > 1 || !labelRows.ContainsValue(c.Row)) && (c.Row, c.Column) != (fileRow, 2))
                .OrderBy(c => (c.Row, c.Column))
        )
        {
            sheet.Problem(column, row, t.CellNotRead);
        }

        if (
            sheet.Text(fileRow, 2) is { } exportedFile
            && exportedFile.Trim().Length > 0
            && CriteriaCatalog.Shipped.Sets.Contains(baseSet)
        )
        {
            sheet.Problem(2, fileRow, t.ExportedFromFileNotGiven(exportedFile.Trim(), exportedFrom!));
        }

        var columns = ReadColumns(tableRow, baseSet);
        sheet.ColumnsNotRead(tableRow, columns.ContainsKey);
        sheet.MergedCellsRead(
            (row, column) =>
                row == tableRow
                || (row > tableRow ? columns.ContainsKey(column) : column <= 1 || (row, column) == (fileRow, 2))
        );
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var years = new List<(int Year, int Column, int Row)>();
        var criteria = ReadRows(
            tableRow,
            columns,
            baseSet,
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
                    sheet.Problem(
                        cells["i:" + indicator.Number],
                        t.IndicatorUnderAnotherCriterion(indicator.Number, criterion.Number, owner)
                    );
                }
            }
        }
        var id = Required(header, HeaderField.SetId);
        var version = Required(header, HeaderField.Version);
        var nameVi = Required(header, HeaderField.NameVietnamese);

        // Two sheets giving one version would both be written to its file, the second over the first.
        var idAtVersion = $"{id}@{version}";
        if (id is not null && version is not null && !sheetOfVersion.TryAdd(idAtVersion, sheet.Name))
        {
            sheet.Problem(
                1,
                header[HeaderField.Version].Row,
                t.VersionOfTwoSheets(idAtVersion, sheetOfVersion[idAtVersion])
            );
        }

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
                ? sheet.Status(SheetCells.Show(status.Value), 1, status.Row)
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
            sheet.Problem(1, header[HeaderField.InForceTo].Row, t.InForceToBeforeFrom(from, to));
        }

        if (
            id is not null
            && id.StartsWith(CriteriaSet.ProvincialIdPrefix, StringComparison.Ordinal)
            && facts.Province is null
        )
        {
            // A workbook exported before the province had its line is told at the id.
            sheet.Problem(
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
            sheet.Problem(1, header[HeaderField.SetId].Row, t.SecondNationalSet(id, baseSet.Id));
        }

        // The loader needs the decision's number unless the sources give none, which its status then says.
        if (facts.Decision is null && facts.DecisionStatus != ValueStatus.NotSet)
        {
            sheet.Problem(
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
            sheet.Problem(1, header[HeaderField.Province].Row, t.ProvinceOfNationalSet(id, province));
        }

        // What the sheet was exported with stays unless the office says otherwise: a new decision left with the
        // exported one's source would be traced to a text that is not its own, and a new set left with the name of the
        // one it was started from would be reported under that set's name (a national id that is new is a problem
        // of its own above).
        if (
            id is not null
            && id != baseSet.Id
            && !id.StartsWith(CriteriaSet.NationalIdPrefix, StringComparison.Ordinal)
        )
        {
            foreach (
                var (field, name) in new[]
                {
                    (HeaderField.NameVietnamese, baseSet.Name.Vietnamese),
                    (HeaderField.NameEnglish, baseSet.Name.English),
                }
            )
            {
                if (HeaderText(field) == name)
                {
                    sheet.Problem(1, header[field].Row, t.NameOfAnotherSet(baseSet.Id, id));
                }
            }
        }

        if (
            facts.Decision is { } decision
            && baseSet.LegalBasis is { Decision.Length: > 0, Source: { } exportedSource } exported
            && CriteriaSheetLayout.Normalize(decision) != CriteriaSheetLayout.Normalize(exported.Decision)
            && facts.DecisionSource == exportedSource
        )
        {
            sheet.Problem(
                1,
                header[HeaderField.DecisionSource].Row,
                t.SourceOfAnotherDecision(exported.Decision, decision)
            );
        }

        // A decision counted with fewer criteria or indicators than the sheet gives: one of the two is a slip.
        var given = (
            Criteria: criteria.Count(c => !c.IsPrecondition),
            Indicators: criteria.Where(c => !c.IsPrecondition).Sum(c => c.Indicators.Count)
        );
        foreach (
            var (field, count, onSheet) in new[]
            {
                (HeaderField.OfficialCriteria, facts.OfficialCounts?.Criteria, given.Criteria),
                (HeaderField.OfficialIndicators, facts.OfficialCounts?.Indicators, given.Indicators),
            }
        )
        {
            if (count < onSheet)
            {
                sheet.Problem(
                    1,
                    header[field].Row,
                    t.FewerThanTheSheet(count.Value, onSheet, field == HeaderField.OfficialIndicators)
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
            sheet.Problem(column, row, t.YearNeverAssessed(year, baseSet.Period, t.InForceRange(first, last)));
        }

        if (sheet.HasProblems)
        {
            return null;
        }

        var (file, inputsFile) = SetFileBuilder.Build(baseSet, facts, criteria, inputs);
        return new ImportedSet(sheet.Name, id!, version!, file, inputsFile, cells);
    }

    // An indicator reads its input and those its condition names.
    private static IEnumerable<string> InputsReadBy(IndicatorRow indicator) =>
        ExpressionText.InputsNamed(indicator.AppliesWhen ?? string.Empty).Prepend(indicator.InputName);

    private string? Required(Dictionary<HeaderField, (int Row, object Value)> header, HeaderField field)
    {
        if (header.TryGetValue(field, out var cell))
        {
            return SheetCells.Show(cell.Value);
        }

        sheet.Problem(1, (int)field + 1, t.Needed($"\"{t.WorkbookHeaderLabels[(int)field]}\""));
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
            return sheet.Dates.Day(serial);
        }

        // A cell shown as a date reads as yyyy-MM-dd.
        var text = SheetCells.Show(cell.Value);
        if (DayText.TryRead(text, out var date))
        {
            return date;
        }

        sheet.Problem(1, cell.Row, t.NotADate(text));
        return null;
    }

    /// <summary>Which column holds which field, and which threshold key and part.</summary>
    private Dictionary<int, (SheetField? Field, ThresholdKey? Key, ThresholdPart Part)> ReadColumns(
        int row,
        CriteriaSet baseSet
    )
    {
        var regions = baseSet.Inputs.TryGet(NtmInputs.Region.Name, out var region) ? region.AllowedValues : [];
        var result = new Dictionary<int, (SheetField?, ThresholdKey?, ThresholdPart)>();
        foreach (var ((r, column), value) in sheet.Cells.Where(g => g.Key.Row == row))
        {
            var text = SheetCells.Show(value);
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
        int tableRow,
        Dictionary<int, (SheetField? Field, ThresholdKey? Key, ThresholdPart Part)> columns,
        CriteriaSet baseSet,
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
            fieldColumn.TryGetValue(field, out var column) ? sheet.Text(row, column) : null;
        int ColumnOf(SheetField field) => fieldColumn.GetValueOrDefault(field, (int)field);

        // A filled cell of a column that a row of its kind does not read would be lost without a word.
        bool Filled(int row, int column) => sheet.Text(row, column) is { } text && text.Trim().Length > 0;
        IEnumerable<(int Column, string Header)> ColumnsOf(SheetField[] fields) =>
            fields.Where(fieldColumn.ContainsKey).Select(f => (fieldColumn[f], t.WorkbookColumns[(int)f]));
        var thresholdColumns = keyColumns
            .SelectMany(k => k.Columns.Select(c => (c.Value, k.Key.Header(t) + t.ThresholdParts[(int)c.Key])))
            .ToList();
        void NotRead(int row, IEnumerable<(int Column, string Header)> columns, Func<string, int, string> message)
        {
            foreach (var (column, header) in columns.Where(c => Filled(row, c.Column)).OrderBy(c => c.Column))
            {
                sheet.Problem(column, row, message(header, column));
            }
        }

        var criteria = new List<CriterionRow>();
        var withThresholdCells = new List<(IndicatorRow Indicator, int Row)>();
        var indicatorRows = new List<(IndicatorRow Indicator, int Row)>();
        IndicatorRow? last = null;
        var lastIndicatorRow = 0;
        foreach (var row in sheet.Cells.Keys.Select(k => k.Row).Where(r => r > tableRow).Distinct().Order())
        {
            var kindText = Field(row, SheetField.Kind);
            var number = Field(row, SheetField.Number);
            var year = fieldColumn.TryGetValue(SheetField.Year, out var yearColumn)
                ? sheet.Year(row, yearColumn)
                : null;
            if (year is { } given)
            {
                years.Add((given, yearColumn, row));
            }

            if (kindText is null || number is null)
            {
                sheet.Problem(
                    ColumnOf(kindText is null ? SheetField.Kind : SheetField.Number),
                    row,
                    t.Needed($"\"{t.WorkbookColumns[kindText is null ? 0 : 1]}\"")
                );
                continue;
            }

            var kind = (RowKind?)CriteriaSheetLayout.IndexOf(kindText, x => x.KindNames);
            if (kind is null)
            {
                sheet.Problem(ColumnOf(SheetField.Kind), row, t.NotOneOf(kindText, t.KindNames));
                continue;
            }

            // "2,2", as a Vietnamese hand writes a decimal, would be an indicator of its own beside the decision's 2.2.
            if (number.Contains(','))
            {
                sheet.Problem(ColumnOf(SheetField.Number), row, t.NumberWithComma(number, number.Replace(',', '.')));
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
                            sheet.Text(row, c.Column)?.Trim() != sheet.Text(lastIndicatorRow, c.Column)?.Trim()
                        ),
                    (header, column) => t.NotReadOnYearRow(header, CriteriaSheetLayout.Cell(column, lastIndicatorRow))
                );
                last.Thresholds.AddRange(Thresholds(row, keyColumns, year, last));
                continue;
            }

            var numberKey = (kind == RowKind.Indicator ? "i:" : "c:") + number;
            if (cells.TryGetValue(numberKey, out var first))
            {
                sheet.Problem(
                    ColumnOf(SheetField.Number),
                    row,
                    t.DuplicateNumber(number, first, sheet[row, ColumnOf(SheetField.Number)] is double)
                );
                continue;
            }

            cells[numberKey] = CriteriaSheetLayout.Cell(ColumnOf(SheetField.Number), row);
            if (kind == RowKind.Indicator)
            {
                cells["w:" + number] = CriteriaSheetLayout.Cell(ColumnOf(SheetField.AppliesWhen), row);
            }
            else
            {
                cells["k:" + number] = CriteriaSheetLayout.Cell(ColumnOf(SheetField.Kind), row);
            }

            var nameVi = Field(row, SheetField.NameVietnamese);
            if (nameVi is null)
            {
                sheet.Problem(
                    ColumnOf(SheetField.NameVietnamese),
                    row,
                    t.Needed($"\"{t.WorkbookColumns[(int)SheetField.NameVietnamese]}\"")
                );
            }

            var status = Field(row, SheetField.Status) is { } statusText
                ? sheet.Status(statusText, ColumnOf(SheetField.Status), row)
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
                sheet.Problem(ColumnOf(SheetField.Kind), row, t.IndicatorOutsideCriterion);
                continue;
            }

            var inputName = Field(row, SheetField.Input);
            var input = inputName is null ? null : inputs.FirstOrDefault(i => i.Name == inputName);
            if (input is null && !(inputName is not null && refusedInputs.Contains(inputName)))
            {
                sheet.Problem(
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

            // The sheet shows an indicator's input, not the Measure its rule file compares (indicator 7: the market,
            // or the store where a commune has none), which the import keeps: another input typed here would be lost.
            if (
                inputName is not null
                && baseSet.FindIndicator(number) is { Measure: { } measure } compared
                && compared.Input != inputName
            )
            {
                sheet.Problem(ColumnOf(SheetField.Input), row, t.InputOfMeasure(number, measure, compared.Input));
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
                sheet.Problem(
                    ColumnOf(SheetField.Direction),
                    row,
                    directionText is null
                        ? t.Needed($"\"{t.WorkbookColumns[(int)SheetField.Direction]}\"")
                        : t.NotOneOf(directionText, t.DirectionNames)
                );
            }
            else if (input is not null && !((ThresholdDirection)direction).Compares(input))
            {
                // Its threshold cells are not read: each would be a second problem of this one.
                sheet.Problem(
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
                    sheet.Problem(
                        ColumnOf(SheetField.AppliesWhen),
                        row,
                        t.ConditionNamesAnInput(appliesWhen, named.Name)
                    );
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
                last.Thresholds.AddRange(Thresholds(row, keyColumns, year, last));
                withThresholdCells.Add((last, row));
            }

            lastIndicatorRow = row;

            criteria[^1].Indicators.Add(last);
            indicatorRows.Add((last, row));
        }

        // Renumbered, an indicator comparing a measure the sheet does not show (indicator 7: the market, or the store
        // where a commune has none) would be a new one comparing its input alone, and the measure lost.
        var numbers = indicatorRows.Select(x => x.Indicator.Number).ToHashSet();
        foreach (var gone in baseSet.AllIndicators.Where(i => i.Measure is not null && !numbers.Contains(i.Number)))
        {
            foreach (
                var (indicator, row) in indicatorRows.Where(x =>
                    x.Indicator.InputName == gone.Input && baseSet.FindIndicator(x.Indicator.Number) is null
                )
            )
            {
                sheet.Problem(
                    ColumnOf(SheetField.Number),
                    row,
                    t.MeasureRenumbered(indicator.Number, gone.Number, gone.Measure!)
                );
            }
        }

        // Said here in the sheet's words: the rule file's own check would name Properties.Thresholds and notSet.
        var allColumn = keyColumns
            .FirstOrDefault(k => k.Key == ThresholdKey.Everyone)
            ?.Columns.GetValueOrDefault(ThresholdPart.Value);
        foreach (var (indicator, row) in withThresholdCells.Where(x => x.Indicator.Thresholds.Count == 0))
        {
            sheet.Problem(allColumn ?? ColumnOf(SheetField.Number), row, t.NoThresholdCells(indicator.Number));
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

    private IEnumerable<Threshold> Thresholds(int row, List<KeyColumns> keyColumns, int? year, IndicatorRow indicator)
    {
        foreach (var (key, column) in keyColumns)
        {
            object? Cell(ThresholdPart part) => column.TryGetValue(part, out var c) ? sheet[row, c] : null;
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
                sheet.Problem(
                    At(ThresholdPart.Value),
                    row,
                    t.ThresholdTwice(key.Header(t), year, indicator.ThresholdCells[(key, year)])
                );
                continue;
            }

            var status = statusCell is null
                ? null
                : sheet.Status(SheetCells.Show(statusCell), At(ThresholdPart.Status), row);
            var value = valueCell is null
                ? Value.Missing
                : ThresholdValue(valueCell, indicator, At(ThresholdPart.Value), row);
            if (valueCell is not null && statusCell is null)
            {
                sheet.Problem(At(ThresholdPart.Status), row, t.ValueWithoutStatus);
            }
            else if (valueCell is not null && status == ValueStatus.NotSet)
            {
                sheet.Problem(At(ThresholdPart.Status), row, t.ValueMarkedNotSet);
            }
            else if (valueCell is null && status is ValueStatus.Confirmed or ValueStatus.Unconfirmed)
            {
                sheet.Problem(At(ThresholdPart.Value), row, t.StatusWithoutValue(status.Value));
            }
            else if (valueCell is not null && status is { } s && source is null)
            {
                sheet.Problem(At(ThresholdPart.Source), row, t.ValueWithoutSource(s));
            }

            yield return new Threshold
            {
                Region = key.Region,
                Group = key.Group,
                Year = year,
                Value = value,
                Status = status ?? ValueStatus.NotSet,
                Source = source is null ? null : SheetCells.Show(source),
                Note = note is null ? null : SheetCells.Show(note),
            };
        }
    }

    private Value ThresholdValue(object cell, IndicatorRow indicator, int column, int row)
    {
        if (!indicator.Direction.ComparesNumbers())
        {
            // "đạt" is how an annex writes the value of a condition that must hold. A value against the direction
            // ("không" where it must hold) would fail every locality that meets the condition.
            var text = SheetCells.Show(cell);
            var holds =
                cell is bool b ? b
                : CriteriaSheetLayout.IndexOf(text, x => x.BooleanNames, ["true", "false"], ["đạt"]) is { } index
                    ? index == 0
                : (bool?)null;
            var mustHold = indicator.Direction == ThresholdDirection.MustHold;
            if (holds is null)
            {
                sheet.Problem(column, row, t.NotOneOf(text, t.BooleanNames));
                return Value.Missing;
            }

            if (holds != mustHold)
            {
                sheet.Problem(column, row, t.ConditionAgainstDirection(text, mustHold));
                return Value.Missing;
            }

            return Value.FromBoolean(mustHold);
        }

        // A percentage, typed "95%" or formatted as one, is the threshold of an indicator measured in percent only,
        // as a data file's cell is the value of such an input only.
        var unit = indicator.Input?.Unit ?? indicator.Unit;
        if (unit != "%" && (cell is PercentCell || (cell is string typed && typed.TrimEnd().EndsWith('%'))))
        {
            sheet.Problem(column, row, t.PercentButUnit(unit, formatted: cell is PercentCell));
            return Value.Missing;
        }

        if (sheet.NumberOf(cell, column, row) is not { } value)
        {
            return Value.Missing;
        }

        if (
            indicator.Input is { } input
            && ((input.Minimum is { } min && value < min) || (input.Maximum is { } max && value > max))
        )
        {
            sheet.Problem(column, row, t.OutOfRange(value, input.Name, input.Minimum, input.Maximum, input.Unit));
        }

        return Value.FromNumber(value);
    }

    // A count of the decision's criteria or indicators: a whole number, or empty where the sources do not give it.
    private int? Count(Dictionary<HeaderField, (int Row, object Value)> header, HeaderField field)
    {
        if (!header.TryGetValue(field, out var cell) || SheetCells.Show(cell.Value).Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        sheet.Problem(
            1,
            cell.Row,
            cell.Value is DateCell date ? t.DateNotANumber(date.Day, null) : t.NotAWholeNumber(text)
        );
        return null;
    }

    /// <summary>The columns of one threshold key (a region, a group, everyone), by the part each holds.</summary>
    private sealed record KeyColumns(ThresholdKey Key, Dictionary<ThresholdPart, int> Columns);
}
