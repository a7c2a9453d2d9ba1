using System.Globalization;
using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>Why a data file's cell or row is not read, as the rejected rows of a report say it.</summary>
internal abstract partial class Texts
{
    public string RowErrorLine(RowError error) => $"{CellPlace(error.Row, error.Column, error.Value)}: {error.Message}";

    /// <summary>Where a value is: "dòng 3, cột 'X', giá trị '98,5'", the column and value where known.</summary>
    public abstract string CellPlace(long row, string? column, string? value);

    /// <summary>What a cell holds instead of a value: "a formula without a computed value", "the error #N/A".</summary>
    public abstract string NotAValueName(NotAValue cell);

    public abstract string NotAValue(NotAValue cell);

    public abstract string NotAText(NotAValue cell);

    public abstract string PercentButUnit(string? unit, bool formatted);

    public abstract string InvalidUtf8Text { get; }

    public abstract string NotYesNo { get; }

    /// <summary>A cell that is not a number, with the one number it holds to write instead, if any.</summary>
    public abstract string NotANumberCell(string? hint);

    /// <summary>
    /// A cell that is neither a number nor a name of one of the input's whole numbers: the first name of each
    /// ("nhóm 1, nhóm 2, nhóm 3"; "ngoài vùng, khu vực I, …").
    /// </summary>
    public abstract string NotANumberNorName(IReadOnlyList<string> names);

    /// <summary>
    /// A spreadsheet cell shown as a date where a number goes (a year typed as "31/12/2024", "1/5" that the program
    /// took for the first of May), with the year to write where the cell is a year's.
    /// </summary>
    public abstract string DateNotANumber(DateOnly day, int? year);

    public abstract string ReadsEitherWay(string text, string grouped);

    /// <summary>
    /// A number written with the other decimal separator than the file's: the one detected (and where) or the one a
    /// <c>--culture</c> gives.
    /// </summary>
    public abstract string OtherDecimalSeparator(
        string text,
        char mark,
        char file,
        string? detectedAt,
        string? culture
    );

    public abstract string CellTooLong(int length);

    public string GivenTwice(string first, string second, string what) =>
        ColumnsGiveOneInput([first, second], what) + InThisRowKeepOne;

    /// <summary>" trong dòng này; giữ một" / " in this row; keep one".</summary>
    protected abstract string InThisRowKeepOne { get; }

    public abstract string RowWithoutYearOfFile(int year);

    public abstract string RowOfAnotherYear(int year);

    public abstract string ColumnsGiveOneInput(IReadOnlyList<string> columns, string what);

    public abstract string KeepOneColumnEach { get; }

    public abstract string InputNamed(string name);

    public abstract string NoLocalityId { get; }

    /// <summary>A row without a name, in a file whose names are its localities' ids.</summary>
    public abstract string NoLocalityName { get; }

    /// <summary>
    /// A name already read, in a file whose names are its localities' ids; <paramref name="asWritten"/> is the first
    /// row's name when it is written otherwise ("Xã Hà Sơn" and "Hà Sơn"), <paramref name="district"/> its district
    /// when it is another.
    /// </summary>
    public abstract string NameAlreadyUsed(long row, string? asWritten, string? district);

    /// <summary>The note of a file read with its names as its localities' ids.</summary>
    public abstract string NamesAsIds(string header);

    public abstract string IdAlreadyUsed(long row, string? asWritten);

    /// <summary>
    /// The <paramref name="count"/> columns that name no input, the first of them <paramref name="listed"/>, each with
    /// the input it seems to mean, if any.
    /// </summary>
    public abstract string ColumnsNotRead(int count, IReadOnlyList<(string Header, string? Meant)> listed);

    /// <summary>
    /// Columns of percentages whose every value lies between 0 and 1, with their first values and how many they hold:
    /// fractions, perhaps.
    /// </summary>
    public abstract string PercentagesLikeFractions(
        IReadOnlyList<(string Header, IReadOnlyList<double> First, long Count)> columns
    );

    /// <summary>
    /// The inputs the sets read that no column gives, named as the template of the language heads their columns (a
    /// few of them; ids for many, which would be a wall of labels).
    /// </summary>
    public abstract string InputsWithoutColumn(IReadOnlyList<InputDeclaration> inputs);

    /// <summary>How many inputs without a column a note names by their columns' headers, not only their ids.</summary>
    private const int HeadersNamed = 3;

    /// <summary>
    /// Inputs without a column, as a note names them: a few by the header the template of the language gives their
    /// columns and their id ("'Nhóm xã' (CommuneGroup)"), more by their ids alone.
    /// </summary>
    protected string ColumnsNamed(IReadOnlyList<InputDeclaration> inputs) =>
        string.Join(
            ", ",
            inputs.Select(i =>
                inputs.Count <= HeadersNamed && ColumnHeader(i) != i.Name ? $"'{ColumnHeader(i)}' ({i.Name})" : i.Name
            )
        );

    /// <summary>
    /// Inputs read only to place a commune in its group, without a column: a group the file gives is used unchecked,
    /// and a commune without one may not be placed (none is, when the file has no column of groups either).
    /// </summary>
    public abstract string GroupFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, bool groupColumn);

    /// <summary>
    /// The file gives no commune group, and every fact that places a commune in one has its column: each commune is
    /// placed from its facts, its group no missing data.
    /// </summary>
    public abstract string GroupsFromFacts { get; }

    /// <summary>
    /// Inputs read only to send a commune to another region's thresholds, without a column: every commune is evaluated
    /// against its own region's, as if none were sent.
    /// </summary>
    public abstract string RegionFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, string region);

    /// <summary>The columns not read are inputs of these sets, not evaluated, lowest tier first: each for <c>--set</c>.</summary>
    public abstract string ColumnsOfOtherSets(IReadOnlyList<string> sets);

    /// <summary>
    /// A file of villages (its <paramref name="header"/> column says so) run without <c>--set</c>, which would evaluate
    /// its villages as communes: the village sets to name with <c>--set</c>; none where the catalog has none.
    /// </summary>
    public abstract string VillagesWithoutSet(string header, IReadOnlyList<string> sets);

    /// <summary>
    /// A file run without <c>--set</c> whose input columns only sets of other levels than communes read (a district
    /// set's template): the commune sets would find every row lacking a commune's data.
    /// </summary>
    public abstract string InputsOfOtherLevelsOnly(IReadOnlyList<string> columns, IReadOnlyList<string> sets);

    /// <summary>
    /// A file of communes (its <paramref name="header"/> column says so) evaluated against sets of another level only
    /// (the texts' level): each commune would be evaluated as a locality of that level, lacking its data.
    /// <paramref name="compared"/>: the sets are those <c>ntm diff</c> compares, which take no <c>--set</c>.
    /// </summary>
    public abstract string CommunesForOtherLevel(string header, IReadOnlyList<string> sets, bool compared);

    /// <summary>How many rows were rejected, and whether any other was evaluated (not when the rest was left out).</summary>
    public abstract string RejectedSummary(long rejected, long read, bool anyEvaluated, bool listedInReport);

    /// <summary>
    /// Why a value was refused; a number outside its input's range is told the range with its unit, in this language
    /// ("61600000 nằm ngoài miền giá trị của IncomePerCapita (0–10000 triệu đồng/người/năm)"), as a typing slip in
    /// the unit (đồng for million đồng) shows there.
    /// </summary>
    public string ValueRefused(InputValueError error, InputDeclaration input) =>
        error is { Kind: InputValueErrorKind.OutOfRange, Value: double or int or long }
        && Convert.ToDouble(error.Value, CultureInfo.InvariantCulture) is var number
        && double.IsFinite(number)
            ? OutOfRange(number, input.Name, input.Minimum, input.Maximum, input.Unit)
            : error.Text.In(Code);

    /// <summary>
    /// Why a number refused as out of range reads as it does: the file writes decimals with <paramref name="mark"/>,
    /// so the other mark in <paramref name="text"/> groups thousands.
    /// </summary>
    public abstract string ThousandsGrouped(string text, char mark);

    /// <summary>The header of an identity column in a data file template: "Mã xã" / "CommuneId".</summary>
    public abstract string ColumnHeader(LocalityColumn column);

    /// <summary>
    /// The names of an identity column as templates write them and messages give them, for the report's localities:
    /// "Mã thôn" and VillageId for villages, "Mã đơn vị" and LocalityId at another level than the commune's. Each is a
    /// name <see cref="LocalityColumns"/> reads the column by.
    /// </summary>
    public (string English, string Vietnamese) HeaderNames(LocalityColumn column) => HeaderNames(column, LocalityLevel);

    /// <summary>The names of an identity column for localities of <paramref name="level"/> (null: of several levels).</summary>
    public static (string English, string Vietnamese) HeaderNames(LocalityColumn column, Level? level) =>
        (column.Field, level) switch
        {
            (LocalityField.Id, Ntm.Criteria.Level.Village) => ("VillageId", "Mã thôn"),
            (LocalityField.Name, Ntm.Criteria.Level.Village) => ("VillageName", "Tên thôn"),
            (LocalityField.Id, not Ntm.Criteria.Level.Commune) => ("LocalityId", "Mã đơn vị"),
            (LocalityField.Name, not Ntm.Criteria.Level.Commune) => ("LocalityName", "Tên đơn vị"),
            _ => (column.English, column.Vietnamese),
        };

    /// <summary>
    /// The header of an input's column in a data file template: its Vietnamese label, or its id in English.
    /// </summary>
    public abstract string ColumnHeader(InputDeclaration input);
}
