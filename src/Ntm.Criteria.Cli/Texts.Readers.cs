using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// What a data file's reader says of the file: a row it cannot read whole, and what it chose to read.
/// </summary>
internal abstract partial class Texts
{
    public abstract string LastLineUnended { get; }

    public abstract string CellCountDiffers(int cells, int header);

    public abstract string ReadingStopped(string unit, string reason);

    /// <summary>
    /// A message of .NET or of a library, which only they can word, quoted as theirs in Vietnamese so that a reader
    /// knows why it is in English; as it is in English.
    /// </summary>
    public abstract string Verbatim(string message);

    public abstract string LineUnit { get; }

    public abstract string RowUnit { get; }

    public abstract string ObjectUnit { get; }

    public abstract string StrayQuote { get; }

    public abstract string TextAfterClosingQuote { get; }

    public abstract string UnterminatedQuote { get; }

    public abstract string AnotherCellCount { get; }

    public abstract string MalformedRow(string reason);

    public abstract string JsonItemNotAnObject(string what);

    /// <summary>A JSON file whose objects share lines: its rows are numbered by their place in the list.</summary>
    public abstract string JsonObjectsNumberedByPlace { get; }

    /// <summary>
    /// A key whose values are objects, with the first one's members (at most <paramref name="most"/> named): a
    /// locality's values are read from the keys of its own object only.
    /// </summary>
    public abstract string JsonObjectsNotRead(string key, IReadOnlyList<string> members, int most);

    public abstract string TooManyJsonKeys(int limit);

    public abstract string JsonKeyTwice(string name);

    public abstract string InvalidJsonHere(string reason);

    public abstract string JsonTextTooLong(int limit);

    public abstract string CellPastLastColumn(string? reference);

    public abstract string HiddenSheetSkipped(string hidden, string read);

    public abstract string OtherSheetsNotRead(string read, IReadOnlyList<string> others);

    public abstract string MergedRangesRead(IReadOnlyList<string> ranges);

    /// <summary>
    /// Rows the sheet hides (a filter, or hidden by hand), evaluated with the others: how many, and the first.
    /// </summary>
    public abstract string HiddenRowsRead(long count, IReadOnlyList<long> first);

    /// <summary>
    /// Text cells in a font of a legacy Vietnamese encoding, read as the font shows them: how many, and the first.
    /// </summary>
    public abstract string LegacyFontCellsRead(long count, LegacyFont font, string stored, string shown);

    /// <summary>
    /// Rows whose name, district or province reads as TCVN3 text without its font: how many, the first and what it
    /// says.
    /// </summary>
    public abstract string NamesInTcvn3(long rows, long first, string stored, string shown);

    /// <summary>Cells with values in a column without a header, not read: how many, and the first.</summary>
    public abstract string HeaderlessColumnValues(long cells, long row, int column, string value);

    /// <summary>
    /// The names of rows that are UTF-8 text a program read as Windows-1252 before the file was saved: how many, and the
    /// first with what it was.
    /// </summary>
    public abstract string NamesMisreadAsWindows1252(long rows, long first, string stored, string original);

    /// <summary>After <see cref="NoIdColumn"/>: a header of UTF-8 text read as Windows-1252, and what it was.</summary>
    public abstract string HeaderMisreadAsWindows1252(string stored, string original);

    /// <summary>After <see cref="NoIdColumn"/>: a header that reads as TCVN3 text, and what it says.</summary>
    public abstract string HeaderInTcvn3(string stored, string shown);

    /// <summary>Rows above the header skipped as a form's title, quoting its first text (null when it has none).</summary>
    public abstract string TitleRowsSkipped(long first, long header, string? title);

    /// <summary>The row under the header that numbers the columns, passed over: its row and labels.</summary>
    public abstract string ColumnNumberingSkipped(long row, IReadOnlyList<string> labels);

    /// <summary>The row under the header that gives the columns' units, passed over, and its first units.</summary>
    public abstract string UnitsRowSkipped(long row, IReadOnlyList<string> units);

    /// <summary>
    /// Rows read as one header of several levels, each column named by its lowest cell with text; an example of a
    /// column named under a heading, when one is.
    /// </summary>
    public abstract string HeaderOfSeveralRows(long first, long last, (string Name, string Heading)? example);

    // A data file that cannot be read at all: the command stops (exit 2) with one of these.
    protected abstract string NoSuchFile { get; }

    /// <summary>No file at a path, with the file beside it that the path most likely meant.</summary>
    public string NoSuchFileMeaning(string? meant) => NoSuchFile + ThenMeant(meant);

    /// <summary>"-" given as a data file, as commands that read standard input take it: ntm reads files by name.</summary>
    public abstract string StandardInputNotRead { get; }

    public abstract string FolderNotFile { get; }

    public abstract string NoRuleFiles(string paths);

    public abstract string FileEmpty { get; }

    public abstract string FileKindNotRead(string extension);

    public abstract string OtherWorkbookNotRead(string extension);

    public abstract string FileHasNoExtension { get; }

    public abstract string WorkbookIsLegacyOrEncrypted { get; }

    public abstract string WorkbookIsOpenDocument { get; }

    public abstract string FileNotReadable(string reason);

    /// <summary>A file another program holds and lets no other read.</summary>
    public abstract string FileHeldByAnotherProgram { get; }

    public abstract string Utf16Name(Utf16Form form);

    /// <summary>A CSV saved as UTF-16 with its byte order mark, read as such.</summary>
    public abstract string ReadAsUtf16 { get; }

    public abstract string FileIsUtf16(string what, string hint);

    public abstract string FileInLegacyEncoding(string bad, long at, long line, string hint);

    public abstract string JsonEndsInsideObject { get; }

    public abstract string CsvUtf8Hint { get; }

    public abstract string HeaderLineUnreadable(string reason);

    public abstract string NotValidJson(string reason);

    /// <summary>
    /// A JSON file that is no array of localities and no object with a "Communes" array; the names of the arrays its
    /// top object holds, if any.
    /// </summary>
    public abstract string ExpectedLocalitiesArray(IReadOnlyList<string> arrays);

    /// <summary>
    /// The name a JSON file's array of localities is given: "Communes", or "Localities" for other levels.
    /// </summary>
    protected string LocalitiesArray => LocalityLevel is null or Ntm.Criteria.Level.Commune ? "Communes" : "Localities";

    /// <summary>The option <c>explain</c> names its locality with: <c>--village</c> for villages (its alias).</summary>
    protected string LocalityOption => LocalityLevel is Ntm.Criteria.Level.Village ? "--village" : "--commune";

    public abstract string NotAWorkbook(string reason);

    public abstract string NoSheets(bool noneVisible);

    /// <summary>The sheet read has no rows: the first visible one, or the one <c>--sheet</c> named.</summary>
    public abstract string SheetEmpty(string sheet, bool first);

    /// <summary><c>--sheet</c> names no sheet of the workbook: the one it most likely meant, and its sheets.</summary>
    public abstract string NoSuchSheet(string sheet, IReadOnlyList<string> sheets, string? meant);

    /// <summary><c>--sheet</c> given with a data file that has no sheets (CSV, JSON).</summary>
    public abstract string SheetOfNoWorkbook(string path);

    public abstract string WorkbookUnreadable(string reason);

    public abstract string HeaderIsOneColumn(string start);

    public abstract string NoIdColumn(long headerRow, string header);

    /// <summary>After <see cref="NoIdColumn"/> for a workbook's first sheet: the others, and how to read one.</summary>
    public abstract string ReadAnotherSheet(IReadOnlyList<string> sheets);

    /// <summary>After <see cref="NoIdColumn"/>: a column ("Đơn vị") that may hold the names, and how to read it so.</summary>
    public abstract string NamesPerhapsIn(string header);

    /// <summary>
    /// After <see cref="NoIdColumn"/>: a table laid out the other way, as report forms are (a locality per column, an
    /// input per row), with the first of each, and how to turn it.
    /// </summary>
    public abstract string TableTurned(IReadOnlyList<string> localities, IReadOnlyList<string> inputs);

    /// <summary>A criteria workbook given where the localities' data is wanted.</summary>
    public abstract string CriteriaWorkbookAsData(string path);

    public abstract string NoDataRows { get; }

    /// <summary>No <c>--as-of</c>, and the sets' inputs declare no assessment year to take the date from.</summary>
    public abstract string NoYearInputDeclared(string input);

    /// <summary>
    /// No <c>--as-of</c>, and none of the first rows (all, or <paramref name="searched"/>) gives a year: in the column
    /// the file heads <paramref name="header"/>, or in none when the file has no such column.
    /// </summary>
    public abstract string NoAssessmentYear(int? searched, InputDeclaration input, string? header);

    /// <summary>The commune <c>explain</c> reads gives no year, in the column headed so or in none.</summary>
    public abstract string RowWithoutYear(long row, InputDeclaration input, string? header);

    /// <summary>The headers a file may give the year's column: "'Năm đánh giá' hoặc 'AssessmentYear'".</summary>
    protected abstract string YearColumnNames(InputDeclaration input);

    public abstract string NoLocalityNamed(string commune, long rowsRead);

    /// <summary>After <see cref="NoLocalityNamed"/>: the one id that is the one asked with zeros before it.</summary>
    public abstract string IdWrittenWithZeros(string id, string? name);

    /// <summary>
    /// Several localities share a name: the first ones, with their district or else their province (communes of 2026
    /// share names across provinces), so that the id can be given.
    /// </summary>
    public string LocalitiesNamed(
        string name,
        int count,
        IReadOnlyList<(string? Id, string? Name, string? Place, long Row)> first
    ) => LocalitiesNamed(name, count, LocalitiesListed(first), count - first.Count);

    /// <summary>The localities of one name, the first ones already listed, and how many more there are.</summary>
    protected abstract string LocalitiesNamed(string name, int count, string listed, int more);

    /// <summary>No <c>--commune</c>, and the file holds more than one locality: the first ones, to name one.</summary>
    public string WhichLocality(int count, IReadOnlyList<(string? Id, string? Name, string? Place, long Row)> first) =>
        WhichLocality(count, LocalitiesListed(first), count - first.Count);

    /// <summary>The localities of a file, the first ones already listed, and how many more there are.</summary>
    protected abstract string WhichLocality(int count, string listed, int more);

    private string LocalitiesListed(IReadOnlyList<(string? Id, string? Name, string? Place, long Row)> localities) =>
        string.Join(
            "; ",
            localities.Select(c =>
                $"{(c.Id is null ? "" : c.Id + " ")}"
                + $"({string.Join(", ", new[] { c.Name, c.Place, $"{RowWord} {c.Row}" }.OfType<string>())})"
            )
        );

    /// <summary>
    /// No row of a file can be read, so none gives the date: the first problems of the first row, and how many more.
    /// </summary>
    public abstract string NoRowReadable(IReadOnlyList<string> problems);

    /// <summary>How many problems of a row <see cref="NoRowReadable"/> shows: a row can have one per column.</summary>
    protected const int ProblemsShown = 3;

    // What is wrong with a workbook that cannot be read.
    public abstract string WorkbookDeclaresDtd { get; }

    public abstract string WorkbookXmlBroken(string reason);

    public abstract string WorkbookReferenceNotANumber { get; }

    public abstract string WorkbookPartMissing { get; }

    public abstract string WorkbookPackageDamaged(string reason);

    public abstract string WorkbookNotReadable(string reason);

    public abstract string TooManySharedTexts(int limit);

    public abstract string SharedTextsTooLong(int limit);

    public abstract string TooManyMergedRanges(int limit);

    public abstract string NotAWorksheet(string sheet);

    public abstract string UnpacksPastLimit(long megabytes, long limit);
}
