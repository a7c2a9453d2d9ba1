using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

internal sealed partial class EnglishTexts
{
    public override string RunHelp(string command) => $"Run '{command} --help' to see how to use it.";

    public override string NoCommand(string command, IReadOnlyList<string> commands) =>
        $"'{command}' needs a command: {Alternatives(commands)}";

    public override string NotACommand(string command, string word, string? meant, IReadOnlyList<string> commands) =>
        $"'{word}' is not a command of '{command}' ({Alternatives(commands)})" + ThenMeant(meant);

    protected override string Meant(string word) => $"did you mean '{word}'?";

    public override string UnknownOption(
        string command,
        string option,
        string? meant,
        IReadOnlyList<string> takenBy,
        IReadOnlyList<string> arguments
    ) =>
        $"'{command}' has no option '{option}'"
        + ThenMeant(meant)
        + (takenBy.Count == 0 ? string.Empty : $" ('{option}' is an option of {Quoted(takenBy)})")
        + (
            arguments.Count == 0
                ? string.Empty
                : $": here {(arguments.Count > 1 ? "the arguments are" : "the argument is")} written after the "
                    + $"command, without an option name: {command} {string.Join(' ', arguments)} …"
        );

    public override string OutputClosed => "the output was closed before the report was complete; the run stopped";

    public override string OutputNotWritten(string reason) =>
        $"the output could not be written: {reason.TrimEnd('.')}; the report is incomplete and the run stopped";

    public override string Cancelled => "cancelled; the report is incomplete";

    public override string InternalError(Exception e) => $"internal error, please report it with this message: {e}";

    public override string TemplateColumns(int columns) => $"a template of {columns} columns";

    public override string WorkbookOutKind(string path) =>
        $"--out {path}: ntm writes the criteria workbook as .xlsx, which a program opening the file by that name "
        + "would not read; give it the extension .xlsx";

    public override string WorkflowOutKind(string path) =>
        $"--out {path}: ntm export writes the workflow as a .json file, and the class of its inputs beside it as a .cs "
        + "file; give it the extension .json";

    public override string TemplateKind(string path) =>
        $"--template {path}: ntm writes a template as an .xlsx workbook or a .csv file; give a name with one of those "
        + "extensions";

    protected override string YesNoKind => "yes/no";

    protected override string WholeNumberKind => "whole number";

    protected override string NumberKind => "number";

    protected override string TextKind => "text";

    public override string TemplateValueKind(InputDeclaration input) =>
        input.Type switch
        {
            InputType.Boolean => "yes or no",
            InputType.Enumeration => $"one of: {string.Join(", ", input.AllowedValues)}",
            InputType.Integer => $"a whole number{Measured(input)}",
            InputType.Number => $"a number{Measured(input)}",
            _ => "text",
        };

    public override string TemplateCellTakes(string kind) => $"This cell takes {kind}.";

    public override string InputsAddedBy(IReadOnlyList<string> inputs, string file) =>
        $"{inputs.Count} {OneOrMany(inputs.Count, "input is", "inputs are")} not of the shared vocabulary "
        + $"(rules/inputs.json) but declared by {file}: {string.Join(", ", inputs)}";

    public override string NoSuchFolder(string option, string folder, string? meant) =>
        $"{option} {folder}: no such folder{ThenMeant(meant)}";

    public override string FileNotFolder(string option, string path) =>
        $"{option} {path}: a file, where a folder is wanted";

    public override string WorkbookNotImported(string? option, string path) =>
        $"{(option is null ? "" : option + " ")}{path}: a workbook, not rule files: import a criteria workbook first, "
        + $"ntm workbook import \"{path}\" --out DIR, then give --rules DIR"
        + (option is null ? " and name the set by its id" : "");

    public override string WorkbookNotARuleFile(string path) =>
        "a workbook, not a rule file: a criteria workbook is checked by its import, "
        + $"ntm workbook import \"{path}\" --out DIR, which names every cell with a problem and writes nothing while "
        + "one remains; then ntm validate DIR";

    public override string FilledFileExists(string option, string path) =>
        $"{option} {path}: the file exists and may have been filled in; nothing written. Give another name, or add "
        + "--force to write over it";

    public override string ExportedFilesExist(string path, IReadOnlyList<string> existing) =>
        $"--out {path}: {string.Join(" and ", existing)} {OneOrMany(existing.Count, "is", "are")} there already; "
        + "nothing written. Give another name, or add --force to write over "
        + OneOrMany(existing.Count, "it", "them");

    public override string NoSuchColumn(
        string option,
        string value,
        string path,
        IReadOnlyList<string> headers,
        string? meant
    ) => $"{option} '{value}': {path} has no such column" + AsideMeant(meant) + $"; its columns are {Quoted(headers)}";

    public override string DataOptionWithoutData(string option) =>
        $"{option} says how to read the data file, which diff reads only with --data FILE";

    public override string NotAColumnMapping(string text) =>
        $"--column '{text}': write the file's header, '=' and the input it gives, as \"Nhóm xã=CommuneGroup\"";

    public override string NoSuchColumnTarget(string text, string target, IReadOnlyList<string> closest) =>
        $"--column '{text}': no input or identity column is named '{target}'"
        + (closest.Count > 0 ? $"; the closest are {string.Join(", ", closest)}" : "")
        + " ('ntm inputs' lists the inputs)";

    public override string NotACulture(string culture) =>
        $"--culture '{culture}' is not a culture name; use vi-VN (decimal comma) or en-US (decimal point)";

    public override string OnlyWorkbooksInRules(string folder, string workbook) =>
        $"--rules {folder}: the folder holds no rule file, only a workbook ({workbook}); rules are read from the "
        + $"files a criteria workbook's import writes: ntm workbook import \"{workbook}\" --out {folder}";

    public override string WorkbookChangedSinceImport(string folder, string workbook) =>
        $"changed after the rule files of the folder were written, and --rules {folder} reads only those: what was "
        + $"changed in it counts once it is imported again: ntm workbook import \"{workbook}\" --out {folder}";

    public override string OutIsFolder(string option, string target) =>
        $"{option} {target}: is a folder; name the file to write";

    public override string OutFolderMissing(string option, string target, string folder, string? meant) =>
        $"{option} {target}: there is no folder {folder}; create it, or name a file in a folder that exists"
        + ThenMeant(meant);

    public override string OutIsInput(string target, string input, bool throughLink) =>
        $"--out {target}: is the input file {input}{(throughLink ? " (through a link)" : string.Empty)}; writing the "
        + "report there would destroy the data. Name another file";

    public override string GroupByIdentity(string column, string field) =>
        $"--group-by '{column}': the column is read as {field}, and would no longer be if it grouped the {Localities}; "
        + "name a column that groups them (a former district, a cluster); the report has a table by province already";

    public override string OutInRulesFolder(string path, string folder) =>
        $"--out {path}: is inside the --rules folder {folder}, which reads every .json file in it as a rule file: the "
        + "file would be read as one at the next run; write it outside the folder";

    public override string ReportAmongRuleFiles =>
        "is a report ntm wrote, not a rule file: move it out of the rules folder, which reads every .json file in it";

    public override string ReportNotData =>
        "this is a report ntm wrote, not a data file; read the data file it was made from (the report names it, with "
        + "its SHA-256)";

    public override string OutIsReportSavedSince(string target, string? program) =>
        $"--out {target}: the file is a report ntm wrote, saved since in {program ?? "another program"}"
        + ": what was changed there would be lost; nothing written. Give the report another name, or add --force to "
        + "write over it";

    public override string OutIsNotAReport(string target) =>
        $"--out {target}: the file is there, and is not a report ntm wrote (it may be data); nothing written. Give the "
        + "report another name, or add --force to write over it";

    public override string CannotWrite(string option, string target, string reason, bool? fileUnchanged = null) =>
        $"{option} {target}: cannot be written: "
        + reason.TrimEnd('.')
        + fileUnchanged switch
        {
            true => "; the file there is unchanged",
            false => "; nothing was written",
            null => string.Empty,
        };

    public override string NotACriteriaWorkbook(string reason) => $"the file is not a readable XLSX workbook: {reason}";

    public override string CriteriaWorkbookUnreadable(string reason) => $"the workbook cannot be read: {reason}";

    public override string FileHoldsSets(string reference, IReadOnlyCollection<CriteriaSet> sets) =>
        $"{reference} holds {sets.Count} sets ({string.Join(", ", sets)}); compare files that hold one";

    public override string NoSetWithId(string id, IEnumerable<string> closest) =>
        $"no criteria set has the id '{id}'; the closest are {string.Join(", ", closest)} ('ntm sets' lists them all)";

    public override string NoSuchVersion(string id, string version, IEnumerable<string> versions) =>
        $"{id} has no version '{version}'; its versions are {string.Join(", ", versions)}";

    public override string NoVersionInForce(string id, DateOnly asOf, IEnumerable<CriteriaSet> versions) =>
        $"no version of {id} is in force on {Date(asOf)}; its versions cover "
        + $"{string.Join(", ", versions.Select(InForceRange))}"
        + (NearestDayInForce(asOf, versions) is { } day ? $": give --as-of {Date(day)} to assess on that day" : "");

    public override string NoSetInForce(DateOnly asOf) =>
        $"no commune set is in force on {Date(asOf)}. Give --as-of a date a commune set covers, or name the sets "
        + "with --set ('ntm sets' lists them).";

    public override string OtherInputs(CriteriaSet other, string? than, InputMismatch mismatch) =>
        $"{other} ({other.SourceFile}) reads other inputs than "
        + $"{than ?? "the shared vocabulary of rules/inputs.json"} ("
        + mismatch.Kind switch
        {
            InputMismatchKind.NotDeclared => $"{mismatch.Declared.Name} is not one of theirs",
            InputMismatchKind.DeclaredOtherwise =>
                $"{mismatch.Declared.Name} is \"{InputFacts(mismatch.Declared)}\" in it and "
                    + $"\"{InputFacts(mismatch.Expected!)}\" in them",
            _ => $"it declares {mismatch.Declared.Name} where they declare {mismatch.Expected!.Name}",
        }
        + "); a data file is read with one set of inputs, so evaluate it with sets that declare the same ones, or one "
        + "of which adds its own after all the others'"
        + SharedInputsHint(other, mismatch);

    protected override string ThresholdRowsDropped(CriteriaSet set, CriteriaSet extended, IReadOnlyList<string> rows) =>
        $"{set} no longer has {OneOrMany(rows.Count, "this threshold row", "these threshold rows")} of {extended}: "
        + $"{string.Join("; ", rows)}. An override's Thresholds replaces the indicator's whole table: give again the "
        + "rows to keep, or mark those to drop \"notSet\" to say it is meant";

    protected override string DecisionCountsNotTaken(CriteriaSet set, CriteriaSet extended, string counts) =>
        $"{set} adds or removes criteria or indicators, so the decision's counts {extended} states ({counts}) do not "
        + "hold for it: it is achieved on what it encodes. If its decision's counts are known, state them in "
        + "Properties.Set.OfficialCounts";

    public override string SharedInputDeclaredOtherwise(
        CriteriaSet set,
        InputDeclaration declared,
        InputDeclaration shared
    ) =>
        $"{set} declares {declared.Name} as \"{InputFacts(declared)}\" where the shared vocabulary (rules/inputs.json) "
        + $"declares \"{InputFacts(shared)}\": it cannot be evaluated with the shipped sets "
        + "that read it"
        + SharedInputsHint(set, new InputMismatch(InputMismatchKind.DeclaredOtherwise, declared, null));

    protected override string DeclaresSharedInputs =>
        ". Its file declares the shared inputs itself, as they were when it was written: have it name them, "
        + "\"InputsFile\": \"../../inputs.json\", and declare in \"Inputs\" only those of its own";

    protected override string ReadsCopyOfSharedInputs(string path) =>
        $". It reads the shared inputs from {path}, not from the shipped rules/inputs.json: a rules folder needs no "
        + "copy of it, the shipped file is read where the folder has none";

    public override string ChainReadsOtherInputs(CriteriaSet set) =>
        $"the sets of the tier chain of {set} read different inputs, so they cannot be evaluated together";

    public override string OptionWithoutValue(string option, string next) =>
        $"option '{option}' is missing its value: '{next}' follows it";

    public override string UsageError(string message) => message;
}
