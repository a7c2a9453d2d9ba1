using Ntm.Criteria.Cli.DataFiles;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class EnglishTexts
{
    public override string CellPlace(long row, string? column, string? value) =>
        $"row {row}{(column is null ? "" : $", column '{column}'")}{(value is null ? "" : $", value '{value}'")}";

    public override string NotAValue(NotAValue cell) => $"{NotAValueName(cell)} is not a value";

    public override string NotAText(NotAValue cell) => $"{NotAValueName(cell)}, where a text was expected";

    public override string PercentButUnit(string? unit, bool formatted) =>
        $"{(formatted ? "the cell is formatted as a percentage" : "a percentage")}, but the input is measured in "
        + $"{unit ?? "plain numbers"}";

    public override string InvalidUtf8Text => "the text is not valid UTF-8; save the file as UTF-8";

    public override string NotYesNo => "not a yes/no value (write true/false, 1/0 or có/không)";

    public override string NotANumberCell(string? hint) => "not a number" + (hint is null ? "" : $"; write {hint}");

    public override string NotANumberNorName(IReadOnlyList<string> names) =>
        $"neither a number nor the name of a value ({string.Join(", ", names)})";

    public override string DateNotANumber(DateOnly day, int? year) =>
        $"the cell is a date ({Date(day)}), not a number"
        + (
            year is null
                ? " (the spreadsheet program took what was typed for a date: format the cell as a number or as "
                    + "text and type it again)"
                : $"; write the year, {year}"
        );

    public override string ReadsEitherWay(string text, string grouped) =>
        $"'{text}' could be read as {grouped} or as a decimal; give --culture vi-VN (decimal "
        + "comma) or --culture en-US (decimal point)";

    public override string OtherDecimalSeparator(
        string text,
        char mark,
        char file,
        string? detectedAt,
        string? culture
    ) =>
        $"'{text}' uses '{mark}' as its decimal separator, but "
        + (
            culture is not null
                ? $"the decimal separator of --culture {culture} is '{file}'"
                : $"this file uses '{file}'{(detectedAt is null ? "" : $" (detected at {detectedAt})")}"
        );

    public override string CellTooLong(int length) =>
        $"the cell holds {Count(length)} characters, over the limit of "
        + $"{Count(LocalityTable.MaxCellLength)} (a spreadsheet's own limit for a cell)";

    public override string RowWithoutYearOfFile(int year) =>
        $"the row has no year of assessment, and the file is assessed as of {year} (from its first row that "
        + "has one): fill it, or give --as-of";

    public override string RowOfAnotherYear(int year) =>
        $"the file is assessed as of {year} (from its first row); give --as-of to evaluate rows "
        + "of several years on one date";

    public override string ColumnsGiveOneInput(IReadOnlyList<string> columns, string what) =>
        $"{string.Join(" and ", columns.Select(c => $"'{c}'"))} both give {what}";

    public override string KeepOneColumnEach => "keep one column for each";

    public override string InputNamed(string name) => $"input {name}";

    public override string NoLocalityName =>
        $"the row has no {Locality} name (the file has no ids' column, so each {Locality} is known by its name)";

    public override string NameAlreadyUsed(long row, string? asWritten, string? district) =>
        $"the {Locality} name is already used on row {row}{(asWritten is null ? "" : $" as '{asWritten}'")}"
        + $"{(district is null ? "" : $", in {district}")}: "
        + $"the file has no ids' column, so each {Locality} is known by its name; add a "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}' column to tell them apart";

    public override string NamesAsIds(string header) =>
        $"the file has no column of {Localities}' ids ({HeaderNames(LocalityColumns.Id).English} or "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}'): each {Locality} is known by its name in the column "
        + $"'{header}', and two rows of one name are rejected";

    public override string NoLocalityId =>
        $"the row has no {Locality} id (a {HeaderNames(LocalityColumns.Id).English} or "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}' column)";

    public override string ColumnsNotRead(int count, IReadOnlyList<(string Header, string? Meant)> listed) =>
        $"{Count(count)} {OneOrMany(count, "column is not an input", "columns are not inputs")} of "
        + $"the criteria and {OneOrMany(count, "is", "are")} not read: "
        + string.Join(
            ", ",
            listed.Select(c => $"'{c.Header}'" + (c.Meant is null ? "" : $" (did you mean {c.Meant}?)"))
        )
        + (count > listed.Count ? $" and {Count(count - listed.Count)} more" : "")
        + (
            listed.FirstOrDefault(c => c.Meant is not null) is { Meant: not null } meant
                ? "; a column is read when it is headed by the input's id or its full label (as ntm inputs lists "
                    + $"them), or named with --column \"{meant.Header}={meant.Meant}\""
                : ""
        );

    public override string PercentagesLikeFractions(
        IReadOnlyList<(string Header, IReadOnlyList<double> First, long Count)> columns
    ) =>
        $"{columns.Count} {OneOrMany(columns.Count, "column of percentages holds", "columns of percentages hold")} "
        + "only values between 0 and 1, as fractions do (0.85 for 85%): "
        + string.Join(
            ", ",
            columns.Select(c =>
                $"'{c.Header}' ({string.Join(", ", c.First.Select(Show))}{(c.Count > c.First.Count ? ", …" : "")})"
            )
        )
        + "; if they are fractions, write the percentages (85 or 85%), as the thresholds are written";

    public override string ThousandsGrouped(string text, char mark) =>
        $"; the file writes decimals with a {(mark == ',' ? "comma" : "point")}, so the "
        + $"{(mark == ',' ? "point" : "comma")} in '{text}' groups thousands";

    // The English template heads each input's column with its id.
    public override string InputsWithoutColumn(IReadOnlyList<InputDeclaration> inputs) =>
        $"{inputs.Count} {OneOrMany(inputs.Count, "input the sets read has", "inputs the sets read have")} no "
        + $"column, so every {Locality} lacks {OneOrMany(inputs.Count, "it", "them")} (missing data, never achieved): "
        + ColumnsNamed(inputs);

    public override string GroupFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, bool groupColumn) =>
        $"{inputs.Count} {OneOrMany(inputs.Count, "fact", "facts")} placing a commune in its group "
        + $"{OneOrMany(inputs.Count, "has", "have")} no column ({ColumnsNamed(inputs)}): "
        + (
            groupColumn
                ? $"a {Locality} whose group the file gives is evaluated in it, unchecked against the facts; one "
                    + "without may not be placed, and its indicators whose thresholds differ by group are then "
                    + "missing data"
                : $"the file gives no group ({NtmInputs.CommuneGroup.Name}) either, so no {Locality} has one: "
                    + "indicators whose thresholds differ by group are missing data"
        );

    public override string GroupsFromFacts =>
        $"the file gives no group ({NtmInputs.CommuneGroup.Name}): each {Locality} is placed in its group from its "
        + "facts (zone, urban orientation, agriculture share)";

    public override string RegionFactsWithoutColumn(IReadOnlyList<InputDeclaration> inputs, string region) =>
        $"{inputs.Count} {OneOrMany(inputs.Count, "fact", "facts")} sending a {Locality} to the {region} thresholds "
        + $"{OneOrMany(inputs.Count, "has", "have")} no column ({ColumnsNamed(inputs)}): every {Locality} is "
        + $"evaluated against the thresholds of the region the file gives, as if none were sent; for a {Locality} "
        + "that should be, give those columns";

    public override string ColumnsOfOtherSets(IReadOnlyList<string> sets) =>
        $"the columns not read are inputs of {string.Join(", ", sets)}: to evaluate against "
        + $"{(sets.Count == 1 ? "it" : "them")}, give {SetOptions(sets)}";

    public override string InputsOfOtherLevelsOnly(IReadOnlyList<string> columns, IReadOnlyList<string> sets) =>
        $"no commune set reads the file's columns ({Quoted(columns, most: 3)}), which are inputs of sets of "
        + "another level; without --set ntm evaluates against the commune sets, which would find every "
        + $"row lacking a commune's data: name the sets: {SetOptions(sets)}";

    public override string VillagesWithoutSet(string header, IReadOnlyList<string> sets) =>
        $"the rows are villages (column '{header}'), and without --set ntm evaluates against the commune sets, which "
        + "would find every village lacking a commune's data; "
        + (
            sets.Count == 0
                ? "ntm has no village set: give the province's with --rules FOLDER --set ID"
                : $"name the village sets: {SetOptions(sets)}"
        );

    public override string CommunesForOtherLevel(string header, IReadOnlyList<string> sets, bool compared) =>
        $"the rows are communes (column '{header}'), and {string.Join(", ", sets)} "
        + $"{OneOrMany(sets.Count, "evaluates", "evaluate")} {Localities}: each commune would be evaluated as a "
        + $"{Locality}, lacking a {Locality}'s data; "
        + (compared ? "--data takes" : "to evaluate the communes, leave out --set or name commune sets; or give")
        + $" a file of {Localities}, its ids headed '{HeaderNames(LocalityColumns.Id).English}' or "
        + $"'{HeaderNames(LocalityColumns.Id).Vietnamese}' (ntm inputs --set {sets[0]} --template FILE writes one)";

    public override string RejectedSummary(long rejected, long read, bool anyEvaluated, bool listedInReport) =>
        $"{Count(rejected)} of {Count(read)} {OneOrMany(read, "row", "rows")} rejected"
        + $"{(listedInReport ? " (listed at the end of the report)" : "")}; "
        + (anyEvaluated ? "the others were evaluated" : $"no {Locality} was evaluated");

    public override string NotAValueName(NotAValue cell) =>
        cell.Kind switch
        {
            NotAValueKind.ErrorValue =>
                $"the error {cell.Shown} of a formula that could not compute (correct the formula or type the value)",
            NotAValueKind.UncomputedFormula =>
                "a formula without a computed value (open the file in Excel or LibreOffice and save it to compute it)",
            NotAValueKind.BrokenSharedText => "a broken shared-string reference",
            NotAValueKind.TooLongText => "a text longer than a spreadsheet cell can hold "
                + $"({Count(LocalityTable.MaxCellLength)} characters)",
            NotAValueKind.Array => "an array",
            _ => "an object",
        };

    protected override string InThisRowKeepOne => " in this row; keep one";

    public override string IdAlreadyUsed(long row, string? asWritten) =>
        asWritten is null
            ? $"{Locality} id already used on row {row}"
            : $"{Locality} id already used on row {row} as '{asWritten}' (ids that differ only in case, character "
                + "width or invisible characters are one id)";

    public override string ColumnHeader(LocalityColumn column) => HeaderNames(column).English;

    public override string ColumnHeader(InputDeclaration input) => input.Name;
}
