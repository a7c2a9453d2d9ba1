using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Cli.Workbooks;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Commands;

/// <summary>
/// A data file opened for evaluation: its rows as localities, the date of assessment, and the warnings a person should
/// see before trusting the result (columns not read, inputs not supplied). Shared by <c>evaluate</c>, <c>explain</c>
/// and <c>diff --data</c>.
/// </summary>
internal sealed class DataInput : IDisposable
{
    private readonly Texts _texts;
    private readonly RowSource _source;
    private readonly IEnumerator<TableRow> _rows;
    private readonly List<TableRow> _peeked = [];
    private readonly InputDeclaration? _yearInput;

    private DataInput(
        string path,
        RowSource source,
        LocalityTable table,
        ValueReader values,
        Texts texts,
        List<ColumnMapping> mapped,
        InputDeclaration? yearInput
    )
    {
        _texts = texts;
        Columns = mapped;
        Path = path;
        _source = source;
        Table = table;
        Values = values;
        _rows = table.Read().GetEnumerator();
        _yearInput = yearInput;
        Digest = FileDigest.Of(path);
    }

    /// <summary>The data file's digest as it was opened, which the report gives beside its name.</summary>
    public FileDigest? Digest { get; }

    /// <summary>
    /// Whether the sets' inputs declare the AssessmentYear, from which the date of assessment is taken without
    /// <c>--as-of</c>: a province's own vocabulary may not.
    /// </summary>
    public bool DeclaresYear => _yearInput is not null;

    /// <summary>The usage error of a run without <c>--as-of</c> whose sets' inputs declare no AssessmentYear.</summary>
    public CliUsageException NoYearDeclared() => new(_texts.NoYearInputDeclared(AssessmentYear.Input));

    /// <summary>The usage error of a run without <c>--as-of</c> whose one commune (explained) gives no year.</summary>
    public CliUsageException RowWithoutYear(long row) =>
        new($"{Path}: {_texts.RowWithoutYear(row, _yearInput!, YearHeader)}");

    // The header of the file's column of the year of assessment, as written; null where it has none.
    private string? YearHeader => Table.HeaderOf(AssessmentYear.Input);

    public string Path { get; }

    public string Format => _source.Format;

    public LocalityTable Table { get; }

    public ValueReader Values { get; }

    public double? Progress => _source.Progress;

    /// <summary>The headers read as the inputs <c>--column</c> named.</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; }

    /// <summary>
    /// Opens a data file; a file that cannot be read, or whose header is ambiguous, is a usage error. Each of
    /// <paramref name="reading"/>'s columns (<c>--column</c>) says which input a header of the file gives:
    /// <c>HEADER=INPUT</c>, the input by its id or label, or an identity field.
    /// </summary>
    public static DataInput Open(
        string path,
        DataFileReading reading,
        InputSchema schema,
        Texts texts,
        string? groupBy = null
    )
    {
        // A report forwarded to the district and given back as its data would read as a file without its columns.
        if (ReportFormats.IsReport(path))
        {
            throw new CliUsageException($"{path}: {texts.ReportNotData}");
        }

        var mapped = reading.Columns.Select(c => ColumnMapping.Parse(c, texts)).ToList();

        // A header mapped to the ids or the names marks the header row, as "Mã xã" does.
        var idHeaders = mapped.Where(m => LocalityTable.NamesIdsOrNames(m.Target)).Select(m => m.Header).ToList();
        var source = RowSource.Open(
            path,
            cells =>
                LocalityTable.IsHeader(cells, texts.LocalityLevel)
                || cells.Any(c => idHeaders.Any(h => LocalityTable.SameHeader(c, h))),
            texts,
            reading.Sheet
        );
        try
        {
            var values = new ValueReader(reading.Culture, texts);
            var table = new LocalityTable(source, schema, values, texts, groupBy);
            for (var i = 0; i < mapped.Count; i++)
            {
                var (text, header, target) = mapped[i];

                // A JSON file shows its keys as its objects are read: those are checked once it has been.
                if (source.Headers.Count > 0)
                {
                    // The report names the column as the file heads it.
                    mapped[i] = mapped[i] with
                    {
                        Header =
                            source.Headers.FirstOrDefault(h => LocalityTable.SameHeader(h, header))
                            ?? throw new CliUsageException(
                                NoSuchColumn(texts, "--column", text, header, path, source.Headers)
                            ),
                    };
                }

                if (!table.ReadAs(header, target))
                {
                    throw new CliUsageException(
                        texts.NoSuchColumnTarget(
                            text,
                            target,
                            Spelling.Closest(target, table.TargetNames, ignoreCase: true)
                        )
                    );
                }
            }

            if (groupBy is not null && !table.HasGroupingColumn)
            {
                throw new CliUsageException(NoSuchColumn(texts, "--group-by", groupBy, groupBy, path, source.Headers));
            }

            var duplicates = table.DuplicateColumns().ToList();
            if (duplicates.Count > 0)
            {
                throw new CliUsageException($"{path}: {string.Join("; ", duplicates)}; {texts.KeepOneColumnEach}");
            }

            if (source.Headers.Count == 1 && source.Format == "CSV" && source.Headers[0].Length > 40)
            {
                // One long column is a header the separator detection could not split.
                throw new CliUsageException($"{path}: {texts.HeaderIsOneColumn(source.Headers[0][..40])}");
            }

            if (source.Headers.Count > 0 && !table.HasIdColumn && !table.TakeNamesAsIds())
            {
                // The header is the first row when no row among the first names the ids: say which row was taken.
                var header = Texts.Quoted(source.Headers.Where(h => h.Length > 0), most: 3);

                // A criteria workbook opened by mistake is told apart from a form: it heads its sheet with the set's id.
                if (
                    CriteriaSheetLayout.IndexOf(source.Headers[0], x => x.WorkbookHeaderLabels)
                    == (int)HeaderField.SetId
                )
                {
                    throw new CliUsageException($"{path}: {texts.CriteriaWorkbookAsData(path)}");
                }

                // A report form turned the other way (a locality per column, an input per row); else "Đơn vị" may be
                // the communes (or a measure's unit); the first sheet of a workbook may be its instructions, the
                // communes on another.
                var turned = TurnedTable(source, table);
                throw new CliUsageException(
                    $"{path}: {texts.NoIdColumn(source.HeaderRow, header)}"
                        + (
                            turned is var (localities, inputs) ? texts.TableTurned(localities, inputs)
                            : source.Headers.FirstOrDefault(h => LocalityTable.SameHeader(h, "Đơn vị")) is { } unit
                                ? texts.NamesPerhapsIn(unit)
                            : ""
                        )
                        + (
                            MisreadUtf8.FirstIn(source.Headers) is var (misread, original)
                                ? texts.HeaderMisreadAsWindows1252(misread, original)
                            : source.Headers.FirstOrDefault(LegacyVietnamese.LooksLikeTcvn3) is { } legacy
                                ? texts.HeaderInTcvn3(legacy, LegacyVietnamese.FromTcvn3(legacy))
                            : ""
                        )
                        + (source.OtherSheets.Count > 0 ? texts.ReadAnotherSheet(source.OtherSheets) : "")
                );
            }

            return new DataInput(
                path,
                source,
                table,
                values,
                texts,
                mapped,
                schema.TryGet(AssessmentYear.Input, out var year) ? year : null
            );
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The date of assessment: <paramref name="asOf"/> when given; otherwise the last day of the AssessmentYear of the
    /// first valid row that has one, and <paramref name="fromYear"/> says so. Without either, no set can be chosen.
    /// </summary>
    public DateOnly AssessmentDate(DateOnly? asOf, out int? fromYear)
    {
        fromYear = null;
        if (asOf is { } given)
        {
            return given;
        }

        if (!DeclaresYear)
        {
            throw NoYearDeclared();
        }

        // Rows read before the first with a year are held until evaluation; a file whose first rows have none is
        // missing the column's values, not a few of them.
        while (_peeked.Count < MaxRowsWithoutYear && _rows.MoveNext())
        {
            _peeked.Add(_rows.Current);
            if (AssessmentYear.Of(_rows.Current.Locality?.Inputs) is { } year)
            {
                fromYear = year;
                return new DateOnly(year, 12, 31);
            }
        }

        var read = _peeked.FirstOrDefault(r => r.Locality is not null);
        throw new CliUsageException(
            $"{Path}: "
                + (
                    _peeked.Count == 0 ? _texts.NoDataRows
                    : read is not null
                        ? _texts.NoAssessmentYear(
                            _peeked.Count == MaxRowsWithoutYear ? MaxRowsWithoutYear : null,
                            _yearInput!,
                            YearHeader
                        )
                    : _texts.NoRowReadable([.. _peeked[0].Errors.Select(_texts.RowErrorLine)])
                )
        );
    }

    private const int MaxRowsWithoutYear = 10_000;

    private const int ColumnsListed = 20;

    /// <summary>
    /// Every row in file order, the one read to find the date included; with a year given by the data, a row of another
    /// year is rejected.
    /// </summary>
    public IEnumerable<TableRow> Rows(int? yearOfAssessment)
    {
        var peeked = _peeked.ToList();
        _peeked.Clear();
        foreach (var row in peeked.Concat(Remaining()))
        {
            NoteMistypedNames(row);
            if (
                yearOfAssessment is { } assessed
                && row.Locality is { } locality
                && AssessmentYear.Of(locality.Inputs) is null
            )
            {
                yield return row with
                {
                    Locality = null,
                    Errors =
                    [
                        new RowError(
                            row.Row,
                            YearHeader ?? AssessmentYear.Input,
                            null,
                            _texts.RowWithoutYearOfFile(assessed)
                        ),
                    ],
                };
                continue;
            }

            if (
                yearOfAssessment is { } year
                && AssessmentYear.Of(row.Locality?.Inputs) is { } rowYear
                && rowYear != year
            )
            {
                yield return row with
                {
                    Locality = null,
                    Errors =
                    [
                        new RowError(
                            row.Row,
                            AssessmentYear.Input,
                            rowYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            _texts.RowOfAnotherYear(year)
                        ),
                    ],
                };
                continue;
            }

            yield return row;
        }
    }

    // The names read as TCVN3 text without its font, and those of UTF-8 text a program read as Windows-1252: how many
    // rows have one, and the first.
    private (long Rows, long Row, string Name)? _tcvn3Names;
    private (long Rows, long Row, string Name, string Original)? _misreadNames;
    private long _lastRowNoted;

    private void NoteMistypedNames(TableRow row)
    {
        // A row read to find the date is seen again when the rows are: it is counted once.
        if (row.Row <= _lastRowNoted || row.Locality is not { } locality)
        {
            return;
        }

        _lastRowNoted = row.Row;
        string?[] names = [locality.Name, locality.District, locality.Province];

        // Text misread so is told first: its bytes, decoded strictly, say what it was.
        if (MisreadUtf8.FirstIn(names) is var (misread, original))
        {
            _misreadNames = _misreadNames is { } noted
                ? noted with
                {
                    Rows = noted.Rows + 1,
                }
                : (1, row.Row, misread, original);
        }
        else if (names.FirstOrDefault(n => n is not null && LegacyVietnamese.LooksLikeTcvn3(n)) is { } name)
        {
            _tcvn3Names = _tcvn3Names is { } noted ? noted with { Rows = noted.Rows + 1 } : (1, row.Row, name);
        }
    }

    /// <summary>
    /// The rows that can be evaluated, in file order; each rejected row is counted in <see cref="RejectedRows"/> and
    /// handed to <paramref name="rejected"/>. Totals rows are left out, and so are wards and towns when the sets
    /// evaluated are of <paramref name="level"/> commune.
    /// </summary>
    public IEnumerable<TableRow> ValidRows(int? yearOfAssessment, Level? level, Action<TableRow> rejected)
    {
        foreach (var row in Rows(yearOfAssessment))
        {
            if (row.LeftOut is { } leftOut)
            {
                LeaveOut(leftOut);
                continue;
            }

            if (row.Locality is null)
            {
                RejectedRows++;
                rejected(row);
                continue;
            }

            if (IsWardOrTownOutside(row.Locality, level))
            {
                LeaveOut(new LeftOutRow(row.Row, row.Locality.Name!, LeftOutReason.WardOrTown));
                continue;
            }

            yield return row;
        }
    }

    /// <summary>
    /// Whether a locality is a ward or a town ("Thị trấn Hà Trung") that sets of <paramref name="level"/> do not cover:
    /// those for communes.
    /// </summary>
    public static bool IsWardOrTownOutside(Locality locality, Level? level) =>
        level == Level.Commune && locality.Name is { } name && PlaceName.IsWardOrTown(name);

    private void LeaveOut(LeftOutRow row)
    {
        if (_leftOut.Count < MaxLeftOutListed)
        {
            _leftOut.Add(row);
        }

        _leftOutCounts[row.Reason] = _leftOutCounts.GetValueOrDefault(row.Reason) + 1;
    }

    /// <summary>How many rows <see cref="ValidRows"/> has left out so far, by reason.</summary>
    public IReadOnlyDictionary<LeftOutReason, long> LeftOutCounts => _leftOutCounts;

    private readonly Dictionary<LeftOutReason, long> _leftOutCounts = [];

    /// <summary>The first rows left out.</summary>
    public IReadOnlyList<LeftOutRow> LeftOut => _leftOut;

    private readonly List<LeftOutRow> _leftOut = [];
    private const int MaxLeftOutListed = 100;

    /// <summary>The rows <see cref="ValidRows"/> has rejected so far.</summary>
    public long RejectedRows { get; private set; }

    /// <summary>Reads the rows not read yet, so that every column is known: a JSON file shows its keys as it goes.</summary>
    public void ReadToEnd()
    {
        foreach (var _ in Rows(null)) { }
    }

    /// <summary>The line that says how many rows were rejected, for standard error.</summary>
    public string RejectedSummary(bool listedInReport = false) =>
        $"{Path}: {_texts.RejectedSummary(RejectedRows, Table.RowsRead, EvaluatedRows > 0, listedInReport)}";

    // Rows read are evaluated, rejected or left out (totals rows, formulas' errors alone).
    private long EvaluatedRows => Table.RowsRead - RejectedRows - _leftOutCounts.Values.Sum();

    // How many rows are looked into for inputs named in their first cells, and how many of those cells.
    private const int TurnedRowsRead = 200;
    private const int TurnedCellsRead = 4;

    // What a form heads its column of indicators with, as keys.
    private static readonly string[] IndicatorHeaders =
    [
        "chi tieu",
        "tieu chi",
        "ten chi tieu",
        "noi dung",
        "noi dung chi tieu",
        "indicator",
        "criterion",
    ];

    /// <summary>
    /// A table turned the other way, as report forms lay theirs out: the headers that name localities ("Xã An Lạc",
    /// "Thôn Đông") and the first cells of the rows that name inputs ("Tỷ lệ hộ nghèo đa chiều"); null when the table
    /// does not look so.
    /// </summary>
    private static (List<string> Localities, List<string> Inputs)? TurnedTable(RowSource source, LocalityTable table)
    {
        var localities = source.Headers.Skip(1).Where(h => NamesPlace(h) && !table.NamesInput(h)).ToList();
        var inputs = source
            .Rows()
            .Take(TurnedRowsRead)
            .SelectMany(r => r.Cells.Take(TurnedCellsRead).OfType<string>())
            .Where(table.NamesInput)
            .ToList();
        var headsIndicators = source.Headers.Any(h => IndicatorHeaders.Contains(TextKey.Of(h)));
        return inputs.Count >= 2 || localities.Count >= 2 && (inputs.Count == 1 || headsIndicators)
            ? (localities, inputs)
            : null;

        // A name with its kind before it, as forms head a locality's column. An input's label may start with "Xã"
        // too: a column of indicators, or inputs named in the rows, tell such a table.
        static bool NamesPlace(string header) =>
            PlaceName.IsWardOrTown(header)
            || PlaceName.CommuneKey(header) != TextKey.Of(header)
            || PlaceName.VillageKey(header) != TextKey.Of(header);
    }

    private IEnumerable<TableRow> Remaining()
    {
        while (_rows.MoveNext())
        {
            yield return _rows.Current;
        }
    }

    /// <summary>
    /// What a person must know of how the file was read, each note without the file's name: how the reader read it,
    /// its columns (so that a partial file is never taken for a complete one) and the sets of the catalog whose inputs
    /// the columns not read are. Asked after the rows are read, when a JSON file has shown all its keys; standard error
    /// gives each after the file's name, and the reports that a district forwards list them.
    /// </summary>
    public IEnumerable<string> FileNotes(IReadOnlyCollection<TierChain> chains, CriteriaCatalog catalog)
    {
        var evaluated = chains.SelectMany(c => c.Sets).ToList();

        // An input the chain gives from an earlier set's outcome is not missing from the file.
        var inputsRead = chains.SelectMany(c => c.InputsRead).Distinct();
        foreach (var note in _source.Notes)
        {
            yield return note;
        }

        if (Table.NamesAsIds is { } names)
        {
            yield return _texts.NamesAsIds(names);
        }

        if (_tcvn3Names is var (rows, first, name))
        {
            yield return _texts.NamesInTcvn3(rows, first, name, LegacyVietnamese.FromTcvn3(name));
        }

        if (_misreadNames is var (misreadRows, firstMisread, misread, original))
        {
            yield return _texts.NamesMisreadAsWindows1252(misreadRows, firstMisread, misread, original);
        }

        if (Table.NumberingRow is var (row, labels))
        {
            yield return _texts.ColumnNumberingSkipped(row, labels);
        }

        if (Table.UnitsRow is var (unitsRow, units))
        {
            yield return _texts.UnitsRowSkipped(unitsRow, units);
        }

        foreach (var mapping in Columns.Where(m => !_source.Headers.Any(h => LocalityTable.SameHeader(h, m.Header))))
        {
            yield return NoSuchColumn(_texts, "--column", mapping.Text, mapping.Header, Path, _source.Headers);
        }

        if (Table.HeaderlessValues is var (cells, valueRow, column, value))
        {
            yield return _texts.HeaderlessColumnValues(cells, valueRow, column, value);
        }

        if (Table.PercentagesAsFractions.Columns.ToList() is { Count: > 0 } fractions)
        {
            yield return _texts.PercentagesLikeFractions(fractions);
        }

        var missing = Table.InputsWithoutColumn(inputsRead).ToList();
        // A file of thousands of columns (a JSON file's keys) is told by their number and its first columns.
        var unknown = Table.UnknownColumns.ToList();
        if (unknown.Count > 0)
        {
            yield return _texts.ColumnsNotRead(
                unknown.Count,
                [
                    .. unknown
                        .Take(ColumnsListed)
                        .Select(c =>
                            (
                                c,
                                (
                                    ColumnSuggestion.For(c, missing)
                                    ?? ColumnSuggestion.ForIndicatorNumber(c, evaluated, missing)
                                )?.Name
                            )
                        ),
                ]
            );
        }

        // Facts that only choose a commune's thresholds are not missing data for every commune: a group the file gives
        // needs none of them, and a region is kept where none sends the commune to another (QĐ 211/QĐ-TTg).
        var readByIndicators = InputsReadByIndicators(evaluated);
        var groupFacts = evaluated
            .SelectMany(s => s.CommuneGroups?.Facts ?? [])
            .Where(f => !readByIndicators.Contains(f))
            .ToHashSet(StringComparer.Ordinal);
        var regionFacts = evaluated
            .SelectMany(s => s.RegionOverride?.When.Select(c => c.Input) ?? [])
            .Where(f => !readByIndicators.Contains(f) && !groupFacts.Contains(f))
            .ToHashSet(StringComparer.Ordinal);
        // Nor is the group itself, where the sets place a commune without one from its facts.
        var groupColumn = !missing.Any(i => i.Name == NtmInputs.CommuneGroup.Name);
        var others = missing
            .Where(i =>
                !groupFacts.Contains(i.Name)
                && !regionFacts.Contains(i.Name)
                && !(groupFacts.Count > 0 && i.Name == NtmInputs.CommuneGroup.Name)
            )
            .ToList();
        if (others.Count > 0)
        {
            yield return _texts.InputsWithoutColumn(others);
        }

        if (missing.Where(i => groupFacts.Contains(i.Name)).ToList() is { Count: > 0 } facts)
        {
            yield return _texts.GroupFactsWithoutColumn(facts, groupColumn);
        }
        else if (groupFacts.Count > 0 && !groupColumn)
        {
            yield return _texts.GroupsFromFacts;
        }

        if (
            missing.Where(i => regionFacts.Contains(i.Name)).ToList() is { Count: > 0 } sending
            && evaluated.Select(s => s.RegionOverride?.Region).OfType<string>().FirstOrDefault() is { } region
        )
        {
            yield return _texts.RegionFactsWithoutColumn(sending, region);
        }

        if (OtherSetsHint(catalog.Sets.Where(s => !evaluated.Any(e => e.Id == s.Id))) is { } hint)
        {
            yield return hint;
        }
    }

    // An option's value naming a header the file does not have, with the one it most likely meant.
    private static string NoSuchColumn(
        Texts texts,
        string option,
        string value,
        string header,
        string path,
        IReadOnlyList<string> headers
    ) => texts.NoSuchColumn(option, value, path, headers, LocalityTable.Meant(header, headers));

    // The inputs the sets' indicators read: each one's own, and those its measure or condition names.
    private static HashSet<string> InputsReadByIndicators(IReadOnlyCollection<CriteriaSet> sets) =>
        sets.SelectMany(s => s.AllIndicators)
            .SelectMany(i =>
                new[] { i.Measure, i.AppliesWhen }
                    .OfType<string>()
                    .SelectMany(e => ExpressionText.InputsNamed(e))
                    .Append(i.Input)
            )
            .ToHashSet(StringComparer.Ordinal);

    private string? OtherSetsHint(IEnumerable<CriteriaSet> others) =>
        ReadingColumnsNotRead(others) is { Count: > 0 } ids ? _texts.ColumnsOfOtherSets(ids) : null;

    /// <summary>
    /// The ids of the sets among <paramref name="sets"/> that declare inputs the columns not read are (a village set's,
    /// for a file of villages evaluated against the commune sets), lowest tier first: what <c>--set</c> may have been
    /// meant to name.
    /// </summary>
    private List<string> ReadingColumnsNotRead(IEnumerable<CriteriaSet> sets)
    {
        var unknown = Table.UnknownColumns.Select(LocalityTable.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Declares(CriteriaSet set) =>
            set.Inputs.Declarations.Any(d =>
                d.Labels.Values.Prepend(d.Name).Any(name => unknown.Contains(LocalityTable.Key(name)))
            );
        return unknown.Count == 0 ? [] : [.. sets.Where(Declares).OrderBy(s => s.Tier).Select(s => s.Id).Distinct()];
    }

    /// <summary>
    /// Refuses a file whose rows are localities of another level than the sets evaluate, as its ids' or names' header
    /// says: a file of villages ("Mã thôn", VillageId, …) run without <c>--set</c>, which the commune sets a run then
    /// takes would report as communes each lacking a commune's data (the error names the village sets whose inputs
    /// the file's other columns are, or else every village set of the catalog); and a file of communes ("Mã xã",
    /// CommuneId, …) against sets none of which is a commune set, which would report each commune as a district, a
    /// province or a village.
    /// </summary>
    /// <param name="catalog">The catalog the run evaluates against.</param>
    /// <param name="named">The sets <c>--set</c> names, or <c>ntm diff</c> compares; empty for the commune sets in
    /// force.</param>
    /// <param name="compared">Whether the sets are those <c>ntm diff</c> compares.</param>
    /// <exception cref="CliUsageException">The rows are of another level.</exception>
    public void RefuseRowsOfAnotherLevel(
        CriteriaCatalog catalog,
        IReadOnlyList<CriteriaSet> named,
        bool compared = false
    )
    {
        // A JSON file shows its keys with its first object.
        if (_source.Headers.Count == 0 && _peeked.Count == 0 && _rows.MoveNext())
        {
            _peeked.Add(_rows.Current);
        }

        if (named.Count > 0)
        {
            if (named.All(s => s.Level != Level.Commune) && Table.IdentityHeadedAs(Level.Commune) is { } communes)
            {
                var ids = named.Select(s => s.Id).Distinct().ToList();
                throw new CliUsageException($"{Path}: {_texts.CommunesForOtherLevel(communes, ids, compared)}");
            }

            return;
        }

        if (Table.IdentityHeadedAs(Level.Village) is not { } header)
        {
            RefuseInputsOfOtherLevelsOnly(catalog);
            return;
        }

        var villageSets = catalog.Sets.Where(s => s.Level == Level.Village).ToList();
        var meant = ReadingColumnsNotRead(villageSets);
        var every = villageSets
            .OrderBy(s => s.Province, StringComparer.Ordinal)
            .ThenBy(s => s.Tier)
            .Select(s => s.Id)
            .Distinct();
        throw new CliUsageException(
            $"{Path}: {_texts.VillagesWithoutSet(header, meant.Count > 0 ? meant : [.. every])}"
        );
    }

    // A file of districts (its sets' template heads its ids "Mã đơn vị", as a commune form may) is told by its
    // columns: inputs that sets of other levels read and no commune set does, which the commune sets a run without
    // --set takes would find missing in every row.
    private void RefuseInputsOfOtherLevelsOnly(CriteriaCatalog catalog)
    {
        var given = Table.InputColumns.Where(c => c.Input != AssessmentYear.Input).ToList();
        bool Reads(CriteriaSet set) => set.InputsRead.Any(i => given.Any(c => c.Input == i.Name));
        if (given.Count == 0 || catalog.Sets.Any(s => s.Level == Level.Commune && Reads(s)))
        {
            return;
        }

        // With the tiers above the sets that read them (a district's advanced set, not encoded yet, reads nothing).
        var reading = catalog.Sets.Where(s => s.Level != Level.Commune && Reads(s)).ToList();
        var sets = catalog
            .Sets.Where(s => reading.Any(r => (r.Level, r.Province, r.Period) == (s.Level, s.Province, s.Period)))
            .OrderBy(s => s.Level)
            .ThenBy(s => s.Tier)
            .Select(s => s.Id)
            .Distinct()
            .ToList();
        if (sets.Count > 0)
        {
            throw new CliUsageException(
                $"{Path}: {_texts.InputsOfOtherLevelsOnly([.. given.Select(c => c.Header)], sets)}"
            );
        }
    }

    public void Dispose()
    {
        _rows.Dispose();
        _source.Dispose();
    }
}
