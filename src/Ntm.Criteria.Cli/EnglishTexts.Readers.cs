using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class EnglishTexts
{
    public override string LastLineUnended =>
        "the last line of the file has no line ending, so it may be cut short (a copy interrupted, a file still "
        + "being written); it was not evaluated. If it is complete, end it with a new line";

    public override string CellCountDiffers(int cells, int header) =>
        $"the row has {cells} {OneOrMany(cells, "cell", "cells")} and the header {header}";

    public override string ReadingStopped(string unit, string reason) =>
        $"the file could not be read past this {unit}, and the rest of it was not read: {reason}";

    public override string Verbatim(string message) => message;

    public override string LineUnit => "line";

    public override string RowUnit => "row";

    public override string ObjectUnit => "object";

    public override string StrayQuote => "a quote inside an unquoted cell";

    public override string TextAfterClosingQuote => "text after the closing quote of a cell";

    public override string UnterminatedQuote => "a quoted cell is never closed (is the file cut short?)";

    public override string AnotherCellCount => "the row has another number of cells than the header";

    public override string MalformedRow(string reason) => $"malformed row ({reason})";

    public override string JsonItemNotAnObject(string what) =>
        $"an array item must be an object of one {Locality}'s values, not {what}";

    public override string JsonObjectsNotRead(string key, IReadOnlyList<string> members, int most) =>
        $"'{key}' holds objects, whose members are not read"
        + (members.Count > 0 ? $" ({Quoted(members, most)})" : "")
        + $": a {Locality}'s values are the keys of its own object (\"CommuneGroup\": 2), not of an object inside it";

    public override string JsonObjectsNumberedByPlace =>
        $"the file writes its objects on shared lines: each {Locality} is numbered by its place in the list (1 for the "
        + "first object), not by its line";

    public override string TooManyJsonKeys(int limit) =>
        $"the objects name more than {Count(limit)} different keys (a {Locality}'s data has about a "
        + "hundred), so the rest of the file was not read";

    public override string JsonKeyTwice(string name) => $"the key \"{name}\" appears twice";

    public override string InvalidJsonHere(string reason) =>
        $"the file is not valid JSON here, and nothing after this was read: {reason}";

    public override string JsonTextTooLong(int limit) =>
        $"a text in the file is longer than {Count(limit)} characters (a " + $"{Locality}'s values are a few dozen)";

    public override string CellPastLastColumn(string? reference) =>
        $"a cell at {reference} is past Excel's last column, XFD";

    public override string HiddenSheetSkipped(string hidden, string read) =>
        $"the sheet '{hidden}' is hidden and was not read; '{read}', the first visible sheet, was";

    public override string OtherSheetsNotRead(string read, IReadOnlyList<string> others) =>
        $"only the sheet '{read}' was read; the workbook has {others.Count} other visible "
        + $"{OneOrMany(others.Count, "sheet", "sheets")} ({Quoted(others)}): put "
        + $"every {Locality} on one sheet, or read each with --sheet NAME";

    public override string MergedRangesRead(IReadOnlyList<string> ranges) =>
        $"{ranges.Count} merged cell {OneOrMany(ranges.Count, "range was", "ranges were")} read as the value of "
        + $"{OneOrMany(ranges.Count, "its", "their")} first cell in each of {OneOrMany(ranges.Count, "its", "their")} "
        + "cells (a district written once beside its communes counts for each of them): "
        + $"{Listed(ranges, most: 5)}";

    public override string HiddenRowsRead(long count, IReadOnlyList<long> first) =>
        $"{Count(count)} {OneOrMany(count, "row", "rows")} hidden in the sheet (by a filter, or by hand) "
        + $"{OneOrMany(count, "was", "were")} read and evaluated with the others, since the file holds "
        + $"{OneOrMany(count, "it", "them")} ({RowsListed(count, first)}); to evaluate only the rows shown, copy them "
        + "to a sheet of their own "
        + "and read it with --sheet NAME";

    public override string LegacyFontCellsRead(long count, LegacyFont font, string stored, string shown) =>
        $"{count} text {OneOrMany(count, "cell", "cells")} in the font {font.Name} (the {font.Encoding} encoding) "
        + $"{OneOrMany(count, "was", "were")} read as the font shows {OneOrMany(count, "it", "them")}: '{stored}' "
        + $"as '{shown}'";

    public override string HeaderlessColumnValues(long cells, long row, int column, string value) =>
        $"{cells} {OneOrMany(cells, "cell holds a value", "cells hold values")} in a column without a header, such as "
        + $"'{value}' in row {row}, column {column}: {OneOrMany(cells, "it is", "they are")} not read; give the column "
        + "a header if it is an input";

    public override string NamesInTcvn3(long rows, long first, string stored, string shown) =>
        $"the names of {rows} {OneOrMany(rows, "row", "rows")} seem typed in the TCVN3 encoding (a .VnTime font) "
        + $"the file no longer has, such as '{stored}' in row {first} (which reads '{shown}'): the report gives the "
        + "names as the file has them; convert the file to Unicode (with Unikey's converter, for example, from TCVN3 "
        + "to Unicode) and run again";

    public override string NamesMisreadAsWindows1252(long rows, long first, string stored, string original) =>
        $"the names of {rows} {OneOrMany(rows, "row", "rows")} seem to be UTF-8 text that a program read as "
        + $"Windows-1252 before the file was saved, such as '{stored}' in row {first} (which was '{original}'): the "
        + $"report gives the names as the file has them; {OpenAsUtf8}";

    public override string HeaderMisreadAsWindows1252(string stored, string original) =>
        $". The header seems to be UTF-8 text that a program read as Windows-1252: '{stored}' was '{original}'; "
        + OpenAsUtf8;

    private const string OpenAsUtf8 =
        "open the original CSV file again as UTF-8 (in Excel: Data › From Text/CSV, File Origin 65001: Unicode "
        + "(UTF-8)), save it, and run again";

    public override string HeaderInTcvn3(string stored, string shown) =>
        $". The header seems typed in the TCVN3 encoding (a .VnTime font): '{stored}' reads '{shown}'; convert the "
        + "file to Unicode (with Unikey's converter, for example, from TCVN3 to Unicode) and run again";

    protected override string NoSuchFile => "no such file";

    public override string StandardInputNotRead =>
        "ntm does not read standard input: save the data as a .csv, .json or .xlsx file and name that file";

    public override string FolderNotFile => "a folder, where a file is wanted";

    public override string NoRuleFiles(string paths) => $"{paths}: no rule file (.json) to check";

    public override string FileEmpty => "the file is empty";

    public override string FileKindNotRead(string extension) =>
        $"cannot read '{extension}' files; give a .csv, .json or .xlsx file";

    public override string OtherWorkbookNotRead(string extension) =>
        $"cannot read '{extension}' workbooks: {SaveAsXlsx}";

    public override string FileHasNoExtension =>
        "the file's name has no extension to tell its kind: end it in .csv, .json or .xlsx after what it holds";

    public override string WorkbookIsLegacyOrEncrypted =>
        $"the file is an Excel 97-2003 workbook (.xls) or one with a password, not XLSX: {SaveAsXlsx}, "
        + "with no password";

    public override string WorkbookIsOpenDocument =>
        $"the file is an OpenDocument spreadsheet (.ods), not XLSX: {SaveAsXlsx}";

    private const string SaveAsXlsx = "open it in Excel or LibreOffice Calc and save it as an Excel Workbook (.xlsx)";

    public override string FileNotReadable(string reason) => $"cannot be read: {reason}";

    public override string FileHeldByAnotherProgram =>
        "cannot be read now: another program holds the file and lets no other read it. Close it there (or give a copy "
        + "of it), and run again";

    public override string ReadAsUtf16 =>
        "the file is UTF-16 text (as Excel saves \"Unicode Text\"), which says so at its start: read as such";

    public override string FileIsUtf16(string what, string hint) =>
        $"the file is {what}, not UTF-8; save it as UTF-8{hint}";

    public override string FileInLegacyEncoding(string bad, long at, long line, string hint) =>
        $"the file is not valid UTF-8 ({bad} at byte {at}, line {line}); it is probably in a legacy Vietnamese "
        + $"encoding (Windows-1258, TCVN3 or VNI): save it as UTF-8{hint} so that names are read as written";

    public override string JsonEndsInsideObject =>
        "the file ends inside an object (is it cut short?); its end was not read";

    public override string CsvUtf8Hint => " (in Excel: \"CSV UTF-8\", or give ntm the .xlsx workbook itself)";

    public override string HeaderLineUnreadable(string reason) =>
        $"the header line cannot be read: {reason} (a header is a few hundred characters; is this a data file?)";

    public override string NotValidJson(string reason) => $"not valid JSON: {reason}";

    public override string ExpectedLocalitiesArray(IReadOnlyList<string> arrays) =>
        $"expected an array of {Localities}, or an object with a \"Communes\" (or \"Localities\") array"
        + (
            arrays.Count == 0 ? ""
            : arrays.Count == 1 ? $"; its array is named {Quoted(arrays)}: name it \"{LocalitiesArray}\""
            : $"; its arrays are named {Quoted(arrays, most: 5)}: name the one of the {Localities} "
                + $"\"{LocalitiesArray}\""
        );

    public override string NotAWorkbook(string reason) =>
        $"the file is not a readable XLSX workbook (cut short, damaged, or another kind of file): {reason}";

    public override string SheetEmpty(string sheet, bool first) =>
        first ? $"the first sheet, '{sheet}', is empty" : $"the sheet '{sheet}' is empty";

    public override string NoSuchSheet(string sheet, IReadOnlyList<string> sheets, string? meant) =>
        $"the workbook has no sheet '{sheet}'" + AsideMeant(meant) + $"; its sheets are {Quoted(sheets)}";

    public override string SheetOfNoWorkbook(string path) =>
        $"{path} is not a workbook: only an .xlsx file has sheets to choose from";

    public override string WorkbookUnreadable(string reason) => $"the workbook cannot be read: {reason}";

    public override string HeaderIsOneColumn(string start) =>
        $"the header is one column, '{start}…'; separate the columns with commas, semicolons, tabs or '|'";

    public override string NoIdColumn(long headerRow, string header) =>
        $"no column holds the {Localities}' ids or names; row {headerRow} was taken as the header ({header}): name "
        + $"the ids' column {HeaderNames(LocalityColumns.Id).English} or "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}' (or the names' column "
        + $"{HeaderNames(LocalityColumns.Name).English} or "
        + $"'{HeaderNames(LocalityColumns.Name).Vietnamese}', to know each {Locality} by its name), or name it with "
        + $"--column \"HEADER={HeaderNames(LocalityColumns.Id).English}\"";

    public override string ReadAnotherSheet(IReadOnlyList<string> sheets) =>
        $". This was the workbook's first sheet; if the {Localities} are on another ({Quoted(sheets)}), "
        + $"read it with --sheet \"{sheets[0]}\"";

    public override string NamesPerhapsIn(string header) =>
        $". If '{header}' holds the {Localities}' names, read it so: --column "
        + $"\"{header}={HeaderNames(LocalityColumns.Name).English}\"";

    public override string TableTurned(IReadOnlyList<string> localities, IReadOnlyList<string> inputs) =>
        $". The table seems to give each {Locality} a column"
        + (localities.Count > 0 ? $" ({Quoted(localities, most: 3)})" : "")
        + " and each input a row"
        + (inputs.Count > 0 ? $" ({Quoted(inputs, most: 3)})" : "")
        + $": ntm reads one {Locality} per row and one input per column. Turn it in the spreadsheet program (copy the "
        + $"table, then Paste Special › Transpose), head the column of the {Localities} "
        + $"'{HeaderNames(LocalityColumns.Name).Vietnamese}', and keep one row of headers above them, the inputs' "
        + "names";

    public override string CriteriaWorkbookAsData(string path) =>
        $"a criteria workbook (ntm workbook export), not the {Localities}' data: import it with ntm workbook import "
        + $"\"{path}\" --out DIR, then evaluate the {Localities}' file with --rules DIR";

    public override string NoDataRows => "the file has no data rows";

    public override string RowWithoutYear(long row, InputDeclaration input, string? header) =>
        header is null
            ? $"row {row} has no year of assessment: the file has no column of it ({YearColumnNames(input)}); give the "
                + "date of assessment with --as-of"
            : $"row {row} has no year of assessment in the column '{header}'; fill it, or give the date of "
                + "assessment with --as-of";

    protected override string YearColumnNames(InputDeclaration input) => $"'{ColumnHeader(input)}'";

    public override string NoLocalityNamed(string commune, long rowsRead) =>
        $"no {Locality} has the id or name '{commune}' ({rowsRead} {OneOrMany(rowsRead, "row", "rows")} read)";

    public override string IdWrittenWithZeros(string id, string? name) =>
        $"; did you mean '{id}'{(name is null ? "" : $" ({name})")}? An id is matched as the file writes it, with the "
        + "zeros before its digits";

    public override string NoRowReadable(IReadOnlyList<string> problems)
    {
        var more = problems.Count - ProblemsShown;
        return "no row can be read, so no year of assessment gives the date; the first: "
            + string.Join("; ", problems.Take(ProblemsShown))
            + (more > 0 ? $"; and {more} more {OneOrMany(more, "problem", "problems")} of that row" : "")
            + ". With --as-of DATE, the report lists every row rejected and why";
    }

    public override string WorkbookDeclaresDtd =>
        "its XML declares a DTD (a document type), which no workbook needs and this reader refuses";

    public override string WorkbookXmlBroken(string reason) => $"its XML is broken: {reason}";

    public override string WorkbookReferenceNotANumber => "a row or cell reference in it is not a number";

    public override string WorkbookPartMissing =>
        "a part of the workbook is missing (a sheet named in the workbook is not in the file)";

    public override string WorkbookPackageDamaged(string reason) => $"the package is damaged: {reason}";

    public override string WorkbookNotReadable(string reason) => $"it could not be read: {reason}";

    public override string TooManySharedTexts(int limit) =>
        $"it has more than {Count(limit)} shared texts (a province's data has a few hundred "
        + "thousand; is the file a data sheet?)";

    public override string SharedTextsTooLong(int limit) =>
        $"its shared texts pass {Count(limit)} characters (a province's data "
        + "is a few million; is the file a data sheet?)";

    public override string TooManyMergedRanges(int limit) =>
        $"the sheet has more than {Count(limit)} merged cell ranges; a data sheet needs a few";

    public override string NotAWorksheet(string sheet) =>
        $"the first sheet, '{sheet}', is not a worksheet (a chart sheet?)";

    public override string UnpacksPastLimit(long megabytes, long limit) =>
        $"the workbook unpacks to {Count(megabytes)} MB, over the limit of "
        + $"{Count(limit)} MB (a district's data is a few MB; is the file a zip bomb?)";

    public override string TitleRowsSkipped(long first, long header, string? title) =>
        (
            header - first > 1
                ? $"rows {first}-{header - 1} above the header (row {header}) were read as a title and skipped"
                : $"row {first} above the header (row {header}) was read as a title and skipped"
        ) + (title is null ? "" : $": '{title}'");

    public override string HeaderOfSeveralRows(long first, long last, (string Name, string Heading)? example) =>
        $"rows {first}-{last} were read as one header of several levels: each column is named by its lowest cell with "
        + "text"
        + (example is var (name, heading) ? $" ('{name}' under '{heading}')" : "");

    public override string ColumnNumberingSkipped(long row, IReadOnlyList<string> labels) =>
        $"row {row} numbers the columns ({Quoted(labels, most: 3)}) and is no " + $"{Locality}: skipped";

    public override string UnitsRowSkipped(long row, IReadOnlyList<string> units) =>
        $"row {row} gives the columns' units ({Quoted(units, most: 3)}) and is no {Locality}: skipped";

    public override string Utf16Name(Utf16Form form) =>
        form switch
        {
            Utf16Form.WithByteOrderMark => "UTF-16 (it starts with a UTF-16 byte order mark)",
            Utf16Form.LittleEndian => "UTF-16 without a byte order mark (little-endian)",
            _ => "UTF-16 without a byte order mark (big-endian)",
        };

    public override string NoSheets(bool noneVisible) =>
        noneVisible ? "the workbook has no visible sheets" : "the workbook has no sheets";

    public override string NoYearInputDeclared(string input) =>
        $"the sets' inputs declare no {input}, so the date of assessment cannot be taken from the data: give it with "
        + "--as-of";

    public override string NoAssessmentYear(int? searched, InputDeclaration input, string? header) =>
        header is null
            ? $"the file has no column of the year of assessment ({YearColumnNames(input)}), and no --as-of was given: "
                + "give the date of assessment with --as-of, or add the column"
        : searched is { } rows
            ? $"the first {Count(rows)} rows have no year of assessment in the column '{header}', and no --as-of was "
                + "given: give the date of assessment with --as-of, or fill the column"
        : $"no row has a year of assessment in the column '{header}', and no --as-of was given: give the date of "
            + "assessment with --as-of, or fill the column";

    protected override string LocalitiesNamed(string name, int count, string listed, int more) =>
        $"{count} {Localities} are named '{name}': {listed}{(more > 0 ? $"; and {more} more" : "")}; give the id with "
        + LocalityOption;

    protected override string WhichLocality(int count, string listed, int more) =>
        $"the file holds {count} {Localities}: give the one to explain with {LocalityOption}, by its id or name: {listed}"
        + (more > 0 ? $"; and {more} more" : "");
}
