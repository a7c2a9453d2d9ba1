using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.DataFiles;

/// <summary>A value that could not be read: where it is, what it was, and why.</summary>
/// <remarks>A report says it with <see cref="Texts.RowErrorLine"/>, in its language.</remarks>
internal sealed record RowError(long Row, string? Column, string? Value, string Message);

/// <summary>
/// One data row read: its id as written, and the locality, or every problem that keeps it from being evaluated, or why
/// it is left out, a totals row ("Tổng cộng") or a heading of the rows below it ("Huyện Nghĩa Đàn"): it is not a
/// commune, and not an error.
/// </summary>
internal sealed record TableRow(
    long Row,
    string? Id,
    Locality? Locality,
    ImmutableArray<RowError> Errors,
    LeftOutRow? LeftOut = null
);

/// <summary>
/// A row left out of the evaluation, not being a locality the sets cover: its row, its label ("Tổng cộng", "Thị trấn Hà
/// Trung") and why.
/// </summary>
internal sealed record LeftOutRow(long Row, string Label, LeftOutReason Reason);

/// <summary>
/// Reads localities from a data file's rows. Columns are matched to inputs by id or by their Vietnamese or English
/// label (ignoring case and extra spaces), and to the identity columns (CommuneId or "Mã xã", CommuneName or "Tên xã",
/// District or "Huyện", Province or "Tỉnh"). A row with any unreadable value, no id, or an id already seen is returned
/// with its errors and never evaluated; the other rows are unaffected.
/// </summary>
internal sealed partial class LocalityTable
{
    private static readonly (string[] Names, Func<Locality, string?, Locality> Set)[] IdentityColumns =
    [
        ([.. LocalityColumns.Id.Names], (l, _) => l),
        ([.. LocalityColumns.Name.Names], (l, v) => l with { Name = v }),
        ([.. LocalityColumns.District.Names], (l, v) => l with { District = v }),
        ([.. LocalityColumns.Province.Names], (l, v) => l with { Province = v }),
    ];

    private const int IdColumn = 0;
    private const int NameColumn = 1;
    private const int DistrictColumn = 2;
    private const int ProvinceColumn = 3;

    /// <summary>
    /// Excel's limit for the text of a cell: a longer value is in no spreadsheet, and in no commune's data.
    /// </summary>
    public const int MaxCellLength = 32_767;

    private const int MaxShownLength = 100;

    private readonly Texts _t;
    private readonly Level? _level;
    private readonly RowSource _source;
    private readonly InputSchema _schema;
    private readonly ValueReader _values;
    private readonly Dictionary<string, Target> _targetsByName;
    private readonly List<Target> _columns = [];
    private readonly Dictionary<string, (long Row, string Id, string? District)> _rowById = new(StringComparer.Ordinal);

    /// <param name="source">The data file's rows.</param>
    /// <param name="schema">The inputs the rows are read into.</param>
    /// <param name="values">How cells are read as values.</param>
    /// <param name="texts">The language a rejected row's reasons are said in, about the level of the localities read.
    /// </param>
    /// <param name="groupBy">A column that groups the localities in the summary in place of the district (a former
    /// district, a cluster), if any.</param>
    public LocalityTable(RowSource source, InputSchema schema, ValueReader values, Texts texts, string? groupBy = null)
    {
        _t = texts;
        _level = texts.LocalityLevel;
        _source = source;
        _schema = schema;
        _values = values;
        _targetsByName = new Dictionary<string, Target>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < IdentityColumns.Length; i++)
        {
            foreach (var name in IdentityColumns[i].Names)
            {
                _targetsByName[Key(name)] = new Target(-1, i);
            }
        }

        if (groupBy is not null)
        {
            foreach (var name in IdentityColumns[DistrictColumn].Names)
            {
                _targetsByName.Remove(Key(name));
            }
        }

        for (var i = 0; i < schema.Count; i++)
        {
            var declaration = schema.Declarations[i];
            foreach (var name in declaration.Labels.Values.Prepend(declaration.Name))
            {
                _targetsByName.TryAdd(Key(name), new Target(i, -1));

                // A form writes the unit after the label: "Tỷ lệ hộ nghèo đa chiều (%)", in either language.
                foreach (var unit in UnitsOf(declaration))
                {
                    _targetsByName.TryAdd(Key($"{name} ({unit})"), new Target(i, -1));
                    _targetsByName.TryAdd(Key($"{name}({unit})"), new Target(i, -1));
                }
            }
        }

        if (groupBy is not null)
        {
            _groupBy = Key(groupBy);
            _targetsByName[_groupBy] = Grouping(_targetsByName.GetValueOrDefault(_groupBy, Target.Unknown));
        }
    }

    // The column --group-by names, read as the localities' grouping, and as the input it names too (CommuneGroup).
    private readonly string? _groupBy;

    // The grouping stands in the district's place: a column of the ids, names or provinces would no longer be read as
    // them (the communes known by their names, those of a province's own set evaluated without it).
    private Target Grouping(Target named) =>
        named.Identity is < 0 or DistrictColumn
            ? new(named.Input, DistrictColumn)
            : throw new CliUsageException(
                _t.GroupByIdentity(_groupBy!, _t.HeaderNames(LocalityColumns.All[named.Identity]).English)
            );

    private static IEnumerable<string> UnitsOf(InputDeclaration input) =>
        input.Unit is { } unit
            ? new[] { unit, Texts.Vietnamese.UnitName(unit), Texts.English.UnitName(unit) }.Distinct()
            : [];

    /// <summary>The rows read so far, good and bad.</summary>
    public long RowsRead { get; private set; }

    /// <summary>
    /// Headers that name neither an input nor an identity column, but for a form's row numbers and notes: their values
    /// are not read.
    /// </summary>
    public IEnumerable<string> UnknownColumns =>
        Resolved()
            .Where(c => c.Target.IsUnknown && !c.Target.IsHeaderless && !FormColumns.Contains(Key(c.Header)))
            .Select(c => c.Header);

    /// <summary>
    /// The cells with a value in a column without a header, which are not read: how many, and the first (its row, its
    /// column from 1, its value); null when every such column is empty, as the separators a spreadsheet saves after
    /// the last column are.
    /// </summary>
    public (long Cells, long Row, int Column, string Value)? HeaderlessValues { get; private set; }

    // The columns every form has that hold no input, a row's number and its notes: not read, and not worth a warning.
    private static readonly HashSet<string> FormColumns = new(
        ["STT", "TT", "Số TT", "Số thứ tự", "Ghi chú", "No.", "No", "#", "Note", "Notes"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>The columns of percentages that hold only values between 0 and 1, as fractions do.</summary>
    public FractionLikePercentages PercentagesAsFractions { get; } = new();

    /// <summary>Whether some column groups the localities as a district does.</summary>
    public bool HasGroupingColumn => Resolved().Any(c => c.Target.Identity == DistrictColumn);

    /// <summary>
    /// Whether the district column is headed as the former districts' ("Huyện cũ"): a file of 2026 on, whose report
    /// then groups by former district, not by a district there no longer is.
    /// </summary>
    public bool DistrictsAreFormer =>
        Resolved()
            .Any(c =>
                c.Target.Identity == DistrictColumn
                && LocalityColumns.FormerDistrict.Names.Any(name => Key(name) == Key(c.Header))
            );

    /// <summary>Whether some column holds the localities' provinces.</summary>
    public bool HasProvinceColumn => Resolved().Any(c => c.Target.Identity == ProvinceColumn);

    /// <summary>
    /// The header of the ids' or names' column where it names the localities as those of a level name theirs ("Mã
    /// thôn" and VillageName villages, "Mã xã" and CommuneName communes); null otherwise.
    /// </summary>
    public string? IdentityHeadedAs(Level level) =>
        Resolved()
            .Where(c => c.Target.Identity is IdColumn or NameColumn)
            .Select(c => c.Header)
            .FirstOrDefault(header =>
                new[] { LocalityColumns.Id, LocalityColumns.Name }
                    .Select(column => Texts.HeaderNames(column, level))
                    .Any(names => SameHeader(header, names.English) || SameHeader(header, names.Vietnamese))
            );

    /// <summary>Whether some column holds the localities' ids.</summary>
    public bool HasIdColumn => Resolved().Any(c => c.Target.Identity == IdColumn);

    /// <summary>
    /// The column of names that gives the localities their ids, in a file without a column of ids (a district's form
    /// lists its communes by name); null when the ids are the file's.
    /// </summary>
    public string? NamesAsIds { get; private set; }

    /// <summary>
    /// Takes each locality's name as its id, the file having no column of ids; false when it has no column of names
    /// either.
    /// </summary>
    public bool TakeNamesAsIds()
    {
        var (index, header, _) = Resolved()
            .Where(c => c.Target.Identity == NameColumn || c.Target.IsUnknown && IsFormNameHeader(c.Header, _level))
            .OrderBy(c => c.Target.IsUnknown)
            .FirstOrDefault();
        if (header is not null)
        {
            _columns[index] = new Target(-1, NameColumn);
        }

        NamesAsIds = header;
        return NamesAsIds is not null;
    }

    // What a form heads the column of the localities it lists with, as a word no file uses for its ids: "Xã" (or, as a
    // district lists its communes and its town, "Xã, thị trấn") for communes, "Thôn", "Thôn, bản" or a province's
    // "Khu dân cư" for villages. Read as the names only in a file of that level without ids or names otherwise: in a
    // file of villages, "Xã" is the commune a village is in. Not "Đơn vị", which is as often the unit of a measure (a
    // table of indicators by row, communes by column): --column "Đơn vị=CommuneName" says which it is.
    private static readonly string[] CommuneFormHeaders =
    [
        "Xã",
        "Xã, thị trấn",
        "Xã/thị trấn",
        "Tên xã, thị trấn",
        "Tên xã/thị trấn",
    ];

    private static readonly string[] VillageFormHeaders =
    [
        "Thôn",
        "Thôn, bản",
        "Thôn/bản",
        "Bản",
        "Tên thôn, bản",
        "Tên thôn/bản",
        "Khu dân cư",
        "Tên khu dân cư",
    ];

    private static bool IsFormNameHeader(string header, Level? level) =>
        (
            level switch
            {
                Level.Commune => CommuneFormHeaders,
                Level.Village => VillageFormHeaders,
                _ => [],
            }
        ).Any(name => SameHeader(name, header));

    /// <summary>The columns that give inputs, in file order: each one's header as written and the input it gives.</summary>
    public IEnumerable<(string Header, string Input)> InputColumns =>
        Resolved().Where(c => c.Target.Input >= 0).Select(c => (c.Header, _schema.Declarations[c.Target.Input].Name));

    /// <summary>The header of the column that gives an input, as the file writes it; null when no column does.</summary>
    public string? HeaderOf(string input) => InputColumns.FirstOrDefault(c => c.Input == input).Header;

    /// <summary>Inputs that no column supplies (evaluated as missing data).</summary>
    public IEnumerable<InputDeclaration> InputsWithoutColumn(IEnumerable<InputDeclaration> inputs)
    {
        var supplied = InputColumns.Select(c => c.Input).ToHashSet(StringComparer.Ordinal);
        return inputs.Where(i => !supplied.Contains(i.Name));
    }

    /// <summary>Two columns for one input or identity field: the file is ambiguous and cannot be read.</summary>
    public IEnumerable<string> DuplicateColumns() =>
        Resolved()
            .Where(c => !c.Target.IsUnknown)
            .GroupBy(c => c.Target)
            .Where(g => g.Count() > 1)
            .Select(g => _t.ColumnsGiveOneInput([.. g.Select(c => c.Header)], Describe(g.Key)));

    /// <summary>
    /// The row under the header that numbers the columns ("(1)", "(2)", …), passed over, and its first labels.
    /// </summary>
    public (long Row, IReadOnlyList<string> Labels)? NumberingRow { get; private set; }

    /// <summary>
    /// The row under the header that gives the columns' units ("%" under each rate, "ĐVT" under the name), passed over,
    /// and its units.
    /// </summary>
    public (long Row, IReadOnlyList<string> Units)? UnitsRow { get; private set; }

    /// <summary>
    /// The rows in file order, each read into a locality or rejected with its errors; the rows right under the header
    /// that number the columns and give their units, in either order, are passed over.
    /// </summary>
    public IEnumerable<TableRow> Read()
    {
        var underHeader = true;
        foreach (var raw in _source.Rows())
        {
            if (underHeader && NumberingRow is null && ColumnNumbering.Of(raw) is { } labels)
            {
                NumberingRow = (raw.Row, labels);
                continue;
            }

            if (underHeader && UnitsRow is null && UnitsGiven(raw) is { } units)
            {
                UnitsRow = (raw.Row, units);
                continue;
            }

            underHeader = false;
            RowsRead++;
            yield return ReadRow(raw);
        }
    }

    // What a form writes over its units, in the columns of the ids and names: ĐVT, Đơn vị tính.
    private static readonly HashSet<string> UnitsLabels = ["dvt", "don vi tinh", "don vi", "unit", "units"];

    /// <summary>
    /// The units of a row that gives each read column's unit, as its input declares it in English or as Vietnamese
    /// writes it ("%", "(%)", "triệu đồng/người/năm"), with no id or name (a label such as "ĐVT" aside); null for any
    /// other row. A commune's row has an id, and a value is no unit.
    /// </summary>
    private List<string>? UnitsGiven(RawRow raw)
    {
        if (raw.Problem is not null)
        {
            return null;
        }

        var units = new List<string>();
        for (var i = 0; i < raw.Cells.Count; i++)
        {
            // A column not read may say anything; a number in one that is read is a value.
            var target = TargetOf(i);
            if (RawRow.IsBlankCell(raw.Cells[i]) || target.IsUnknown)
            {
                continue;
            }

            if (raw.Cells[i] is not string written)
            {
                return null;
            }

            var text = CleanText.Of(written).Trim();
            var unit = text is ['(', .., ')'] ? text[1..^1].Trim() : text;
            if (target.Identity >= 0)
            {
                if (!UnitsLabels.Contains(TextKey.Of(unit).TrimEnd(':', '.')))
                {
                    return null;
                }
            }
            else if (target.Input >= 0)
            {
                if (!UnitsOf(_schema.Declarations[target.Input]).Contains(unit, StringComparer.OrdinalIgnoreCase))
                {
                    return null;
                }

                units.Add(text);
            }
        }

        return units.Count > 0 ? units : null;
    }

    /// <summary>
    /// The error a row of formulas shows where every cell of a column read (an identity or an input) is a formula's
    /// error or empty, and one is an error: a sheet's formulas filled down past its last locality; null for any other
    /// row. A row with a value of its own is read, and its errors refused.
    /// </summary>
    private string? OnlyFormulaErrors(IReadOnlyList<object?> cells)
    {
        string? shown = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (TargetOf(i).IsUnknown || RawRow.IsBlankCell(cells[i]))
            {
                continue;
            }

            if (cells[i] is not NotAValue { Kind: NotAValueKind.ErrorValue } error)
            {
                return null;
            }

            shown ??= error.Shown;
        }

        return shown;
    }

    private TableRow ReadRow(RawRow raw)
    {
        var errors = ImmutableArray.CreateBuilder<RowError>();
        if (raw.Problem is not null)
        {
            errors.Add(new RowError(raw.Row, null, null, raw.Problem));
            if (raw.Cells.Count == 0)
            {
                // Where reading stopped: there is nothing else to say of the row.
                return new TableRow(raw.Row, null, null, errors.ToImmutable());
            }
        }

        // A form lists its communes under a row per district ("II | Huyện Nghĩa Đàn", merged across the row or not),
        // which gives them their district where the file has no column for it.
        if (
            raw.Problem is null
            && _level is Level.Commune or Level.Village
            && DistrictHeading(raw.Cells) is { } heading
        )
        {
            _groupHeading = heading;
            return new TableRow(raw.Row, null, null, [], new LeftOutRow(raw.Row, heading, LeftOutReason.GroupHeading));
        }

        if (raw.Problem is null && OnlyFormulaErrors(raw.Cells) is { } error)
        {
            return new TableRow(raw.Row, null, null, [], new LeftOutRow(raw.Row, error, LeftOutReason.FormulaErrors));
        }

        var builder = _schema.CreateBuilder();
        var identity = new string?[IdentityColumns.Length];
        var given = new Dictionary<Target, int>();
        var idRefused = false;
        for (var i = 0; i < raw.Cells.Count; i++)
        {
            var target = TargetOf(i);
            var cell = raw.Cells[i];
            if (cell is string { Length: > MaxCellLength } longText)
            {
                errors.Add(new RowError(raw.Row, Header(i), Show(cell), _t.CellTooLong(longText.Length)));
                continue;
            }

            // Two keys for one input in one JSON object (its id and its Vietnamese label): neither is taken over the
            // other.
            if (!target.IsUnknown && cell is not null && !given.TryAdd(target, i))
            {
                errors.Add(
                    new RowError(
                        raw.Row,
                        Header(i),
                        Show(cell),
                        _t.GivenTwice(Header(given[target]), Header(i), Describe(target))
                    )
                );
                continue;
            }

            if (target.IsHeaderless && !RawRow.IsBlankCell(cell))
            {
                HeaderlessValues = HeaderlessValues is { } values
                    ? values with
                    {
                        Cells = values.Cells + 1,
                    }
                    : (1, raw.Row, i + 1, Show(cell) ?? "");
            }
            else if (target.Identity >= 0 && cell is NotAValue notAValue)
            {
                errors.Add(new RowError(raw.Row, Header(i), notAValue.Shown, _t.NotAText(notAValue)));
                idRefused |= target.Identity == (NamesAsIds is null ? IdColumn : NameColumn);
            }
            else
            {
                if (target.Identity >= 0)
                {
                    identity[target.Identity] =
                        cell is null ? null
                        : Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) is { } written
                        && CleanText.Of(written) is { Length: > 0 } text
                            ? text
                        : null;
                }

                if (target.Input < 0)
                {
                    continue;
                }

                var input = _schema.Declarations[target.Input];
                if (
                    !_values.TryRead(
                        input,
                        cell,
                        new ValueReader.CellLocation(raw.Row, Header(i)),
                        out var value,
                        out var problem
                    )
                )
                {
                    errors.Add(new RowError(raw.Row, Header(i), Show(cell), problem));
                    continue;
                }

                var refusals = builder.Errors.Count;
                builder.Set(target.Input, value);
                if (builder.Errors.Count > refusals)
                {
                    var refused = _t.ValueRefused(builder.Errors[^1], _schema.Declarations[target.Input]);

                    // "61.600" in a file of decimal commas is 61600: a number too large may be a decimal mistyped.
                    if (
                        builder.Errors[^1].Kind == InputValueErrorKind.OutOfRange
                        && cell is string text
                        && _values.DecimalSeparator is { } mark
                        && text.Contains(mark == ',' ? '.' : ',', StringComparison.Ordinal)
                    )
                    {
                        refused += _t.ThousandsGrouped(text.Trim(), mark);
                    }

                    errors.Add(new RowError(raw.Row, Header(i), Show(cell), refused));
                }
                else
                {
                    PercentagesAsFractions.Add(i, Header(i), input, cell, value);
                }
            }
        }

        // A form's totals row has its label where a commune's id or name goes, or, without an id, in its first cell
        // (the STT column, a merged cell saved as CSV).
        var id = NamesAsIds is null ? identity[IdColumn] : identity[NameColumn];
        var firstCell = id is null ? raw.Cells.FirstOrDefault(c => c is string { Length: > 0 }) as string : null;
        if (TotalsLabel(identity[IdColumn], identity[NameColumn], firstCell) is { } label)
        {
            return new TableRow(raw.Row, id, null, [], new LeftOutRow(raw.Row, label, LeftOutReason.TotalsRow));
        }

        identity[DistrictColumn] ??= _groupHeading;

        if (id is null)
        {
            // An id whose cell was refused is said once, at its cell.
            if (!idRefused)
            {
                errors.Add(new RowError(raw.Row, null, null, NamesAsIds is null ? _t.NoLocalityId : _t.NoLocalityName));
            }
        }
        else if (_rowById.TryGetValue(RowKey(id), out var first))
        {
            errors.Add(
                NamesAsIds is null
                    ? new RowError(
                        raw.Row,
                        Header(Resolved().First(c => c.Target.Identity == IdColumn).Index),
                        id,
                        _t.IdAlreadyUsed(first.Row, first.Id == id ? null : first.Id)
                    )
                    : new RowError(
                        raw.Row,
                        NamesAsIds,
                        id,
                        _t.NameAlreadyUsed(
                            first.Row,
                            first.Id == id ? null : first.Id,
                            // Two communes of one name in two districts: the district says why they are two.
                            first.District
                                is { } district
                            && identity[DistrictColumn] is { } other
                            && PlaceName.DistrictKey(district) != PlaceName.DistrictKey(other)
                                ? district
                                : null
                        )
                    )
            );
        }
        else if (errors.Count == 0)
        {
            _rowById.Add(RowKey(id), (raw.Row, id, identity[DistrictColumn]));
        }

        if (errors.Count > 0)
        {
            return new TableRow(raw.Row, id, null, errors.ToImmutable());
        }

        var locality = new Locality(id, builder.Build()) { Row = raw.Row };
        for (var i = 1; i < IdentityColumns.Length; i++)
        {
            locality = IdentityColumns[i].Set(locality, identity[i]);
        }

        return new TableRow(raw.Row, id, locality, []);
    }

    // Two rows are one locality when their ids are one; names are ids as people write them ("Xã Hà Sơn", "Hà Sơn"), so
    // a name written two ways is one locality given twice, never two counted apart.
    private string RowKey(string id) =>
        NamesAsIds is null ? IdKey(id)
        : _level == Level.Village ? PlaceName.VillageKey(id)
        : PlaceName.CommuneKey(id);

    // A rejected value is shown so that it can be found in the file; its beginning does that, and a report of 10,000
    // rejected rows must not hold 10,000 whole values.
    /// <summary>
    /// The label of a district table's totals row ("Tổng cộng", "Cộng", "Tổng số", "Toàn huyện") or of a district's
    /// subtotal under its communes ("Cộng huyện Tân Kỳ", "Cộng II"), written where a commune's id or name goes; null
    /// for a commune's row. A commune named "Tổng Cọt" or "Cộng Hòa" is a commune.
    /// </summary>
    private static string? TotalsLabel(params string?[] cells) =>
        cells.FirstOrDefault(cell =>
            cell is not null
            && TextKey.Of(cell).TrimEnd(':', '.') is var key
            && (
                key is "tong" or "cong"
                || TotalsPrefixes.Any(p =>
                    key == p
                    || key.StartsWith(p + " ", StringComparison.Ordinal)
                    || key.StartsWith(p + "(", StringComparison.Ordinal)
                )
                || SubtotalOfAGroup().IsMatch(key)
            )
        );

    // "Cộng II", "Cộng (I)": the subtotal of the rows a numbered heading groups.
    [GeneratedRegex(@"^cong \(?[ivxlcdm]+\)?$")]
    private static partial Regex SubtotalOfAGroup();

    // The district the last heading row named, for the rows below it.
    private string? _groupHeading;

    /// <summary>
    /// The district a row heads the rows below with: after its first cell, which may number it ("II", "2", "B"), every
    /// cell that is not empty holds one text (merged across the row or written once), a district's name; null for any
    /// other row.
    /// </summary>
    private static string? DistrictHeading(IReadOnlyList<object?> cells)
    {
        // Asked of every row: a commune's row stops at its first value that is not the one text.
        string? name = null;
        var filled = 0;
        foreach (var cell in cells)
        {
            if (RawRow.IsBlankCell(cell) || filled++ == 0 && IsNumbering(cell))
            {
                continue;
            }

            if (cell is not string text)
            {
                return null;
            }

            var clean = CleanText.Of(text).Trim();
            if (name is not null && clean != name)
            {
                return null;
            }

            name = clean;
        }

        return name is not null && PlaceName.IsDistrict(name) ? name : null;
    }

    // A form's number of a row: a whole number, a roman numeral or a letter ("2", "II", "B").
    private static bool IsNumbering(object? cell) =>
        cell is double number && number == Math.Floor(number)
        || cell is string text
            && CleanText.Of(text).Trim().TrimEnd('.') is { Length: > 0 } mark
            && (
                mark.All(char.IsAsciiDigit)
                || mark.All(c => "IVXLCDM".Contains(c, StringComparison.Ordinal))
                || mark.Length == 1 && char.IsAsciiLetter(mark[0])
            );

    private static readonly string[] TotalsPrefixes =
    [
        "tong cong",
        "tong so",
        "toan huyen",
        "toan tinh",
        "toan thi xa",
        "toan thanh pho",
        "cong huyen",
        "cong thi xa",
        "cong thanh pho",
        "cong quan",
        "cong tinh",
        "total",
    ];

    private string? Show(object? cell) =>
        cell switch
        {
            null => null,
            string { Length: > MaxShownLength } text => text[..MaxShownLength] + "…",
            PercentCell percent => percent.ToString(),
            DateCell date => _t.Date(date.Day),
            NotAValue { Shown: { } shown } => shown,
            NotAValue notAValue => _t.NotAValueName(notAValue),
            double number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            bool boolean => boolean ? "true" : "false",
            _ => cell.ToString(),
        };

    private string Header(int index) => index < _source.Headers.Count ? _source.Headers[index] : $"#{index + 1}";

    /// <summary>
    /// An id as people mean it: "X0001", "x0001", "Ｘ０００１" (full width) and "X0001" with a zero-width space are one
    /// commune, which two rows must not claim.
    /// </summary>
    internal static string IdKey(string id) =>
        new string([
            .. id.Normalize(NormalizationForm.FormKC)
                .Where(c => c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')),
        ]).ToUpperInvariant();

    private string Describe(Target target) =>
        target.Input >= 0
            ? _t.InputNamed(_schema.Declarations[target.Input].Name)
            : IdentityColumns[target.Identity].Names[0];

    private IEnumerable<(int Index, string Header, Target Target)> Resolved()
    {
        for (var i = 0; i < _source.Headers.Count; i++)
        {
            yield return (i, _source.Headers[i], TargetOf(i));
        }
    }

    // JSON files reveal their columns as objects are read, so columns are matched when first met.
    private Target TargetOf(int index)
    {
        while (_columns.Count <= index)
        {
            // A column past the header's last, or under an empty header cell, has no header.
            var key = _columns.Count < _source.Headers.Count ? Key(_source.Headers[_columns.Count]) : "";
            _columns.Add(key.Length == 0 ? Target.Headerless : TargetNamed(key));
        }

        return _columns[index];
    }

    // What a header's key names: as written, or without the marks a form puts after it for its notes.
    private Target TargetNamed(string key) =>
        _targetsByName.TryGetValue(key, out var named)
            ? named
            : _targetsByName.GetValueOrDefault(WithoutFootnoteMarks(key), Target.Unknown);

    // A form marks a header for a note under its table: "Tỷ lệ hộ nghèo đa chiều (%) (*)", "… (1)", "… [2]". Without
    // its marks, the header names its column as it would alone.
    [GeneratedRegex(@"(?:\s*(?:\(\*+\)|\*+|\(\d{1,2}\)|\[\d{1,2}\]))+$")]
    private static partial Regex FootnoteMarks();

    private static string WithoutFootnoteMarks(string key) => FootnoteMarks().Replace(key, "");

    /// <summary>
    /// Whether a row is a data table's header, not a title above it ("UBND HUYỆN …", "BÁO CÁO …"): it names the column
    /// of the communes' ids, or of their names, or heads a form's list of localities of the level (as "Xã" does).
    /// </summary>
    public static bool IsHeader(IEnumerable<string> cells, Level? level) =>
        cells.Any(c => NamesIdsOrNames(c) || IsFormNameHeader(c, level));

    /// <summary>
    /// Whether a header names the column of the communes' ids (CommuneId, "Mã xã") or names (CommuneName, "Tên xã"),
    /// one of which every file has.
    /// </summary>
    public static bool NamesIdsOrNames(string header) =>
        new[] { IdColumn, NameColumn }.Any(c => IdentityColumns[c].Names.Any(name => SameHeader(name, header)));

    /// <summary>Whether two headers are matched as one (case, spaces and Unicode composition aside).</summary>
    public static bool SameHeader(string a, string b) =>
        string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The header (or sheet name) a name the file does not have most likely means: a close spelling with the same
    /// numbers ("Cum xa" means "Cụm xã"; "Năm 2025" means no "Năm 2024"), or null.
    /// </summary>
    public static string? Meant(string name, IEnumerable<string> headers) =>
        Spelling.Meant(name, headers.Where(h => h.Where(char.IsDigit).SequenceEqual(name.Where(char.IsDigit))));

    /// <summary>
    /// Reads the column <paramref name="header"/> as the input or identity field <paramref name="target"/> names (by
    /// id or label, as a header would name it), in place of whatever the header names; false when it names none.
    /// </summary>
    public bool ReadAs(string header, string target)
    {
        if (!_targetsByName.TryGetValue(Key(target), out var read))
        {
            return false;
        }

        _targetsByName[Key(header)] = Key(header) == _groupBy ? Grouping(read) : read;
        return true;
    }

    /// <summary>Whether a text names an input as a header would (by id or label, its unit or a note's mark after it).</summary>
    public bool NamesInput(string text) => TargetNamed(Key(text)).Input >= 0;

    /// <summary>The ids of the inputs and identity fields a column can be read as.</summary>
    public IEnumerable<string> TargetNames =>
        IdentityColumns.Select(c => c.Names[0]).Concat(_schema.Declarations.Select(d => d.Name));

    /// <summary>
    /// A header as matched: its <see cref="CleanText"/> (without the byte order mark a header pasted from a CSV file into
    /// a sheet or a JSON key brings along), with single spaces (case is ignored: compare keys with
    /// <see cref="StringComparer.OrdinalIgnoreCase"/>).
    /// </summary>
    public static string Key(string header) =>
        string.Join(' ', CleanText.Of(header).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private readonly record struct Target(int Input, int Identity, bool IsHeaderless = false)
    {
        public static readonly Target Unknown = new(-1, -1);

        /// <summary>A column without a header: not read, and a value in it is said.</summary>
        public static readonly Target Headerless = new(-1, -1, IsHeaderless: true);

        public bool IsUnknown => Input < 0 && Identity < 0;
    }
}
