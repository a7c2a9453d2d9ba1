using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli;

/// <summary>
/// What the command line says when it is used wrongly or cannot go on: its own words and System.CommandLine's.
/// </summary>
internal abstract partial class Texts
{
    /// <summary>
    /// The language a command line asks for (<c>--lang vi</c>, <c>--lang=en</c>), read before it is parsed, so that
    /// even an error of parsing is written in it; Vietnamese when it names none or one there is not.
    /// </summary>
    public static Texts Of(IReadOnlyList<string> args)
    {
        var language = "vi";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                language = args[i + 1];
            }
            else if (
                args[i].StartsWith("--lang=", StringComparison.Ordinal)
                || args[i].StartsWith("--lang:", StringComparison.Ordinal)
            )
            {
                language = args[i]["--lang=".Length..];
            }
        }

        return language == "en" ? English : Vietnamese;
    }

    /// <summary>The line after a usage error: where the help of the command typed is.</summary>
    public abstract string RunHelp(string command);

    /// <summary>A command that groups others ("ntm workbook") typed without one of them.</summary>
    public abstract string NoCommand(string command, IReadOnlyList<string> commands);

    /// <summary>A word typed where one of a command's commands goes, and the one it most likely meant.</summary>
    public abstract string NotACommand(string command, string word, string? meant, IReadOnlyList<string> commands);

    /// <summary>
    /// A word typed as an option that <paramref name="command"/> does not take: the option of its own it most likely
    /// meant, or the commands that take it, and the command's arguments when it takes what the option names as one
    /// (<c>--set</c> where it reads <c>&lt;SET&gt;</c>), written without an option name.
    /// </summary>
    public abstract string UnknownOption(
        string command,
        string option,
        string? meant,
        IReadOnlyList<string> takenBy,
        IReadOnlyList<string> arguments
    );

    /// <summary>"did you mean 'evaluate'?" / "có phải là 'evaluate'?": the word a mistyped one most likely meant.</summary>
    protected abstract string Meant(string word);

    /// <summary>The word meant after a sentence ("; did you mean 'evaluate'?"), or nothing when none is.</summary>
    protected string ThenMeant(string? word) => word is null ? string.Empty : $"; {Meant(word)}";

    /// <summary>The word meant beside a name (" (did you mean 'Cụm xã'?)"), or nothing when none is.</summary>
    protected string AsideMeant(string? word) => word is null ? string.Empty : $" ({Meant(word)})";

    /// <summary>"export or import", "sets, inputs, … or export".</summary>
    protected string Alternatives(IReadOnlyList<string> names) =>
        names.Count < 2
            ? string.Join(string.Empty, names)
            : $"{string.Join(", ", names.SkipLast(1))} {OrWord} {names[^1]}";

    public abstract string OutputClosed { get; }

    /// <summary>Standard output that could not be written to the end (a full disk).</summary>
    public abstract string OutputNotWritten(string reason);

    public abstract string Cancelled { get; }

    public abstract string InternalError(Exception e);

    public abstract string TemplateColumns(int columns);

    /// <summary>A criteria workbook asked for under another name than an .xlsx one (.xls, .csv, none).</summary>
    public abstract string WorkbookOutKind(string path);

    /// <summary>A template asked for under another name than an .xlsx or .csv one: the two it writes.</summary>
    public abstract string TemplateKind(string path);

    /// <summary>
    /// <c>ntm export --out</c> not named .json: the workflow is JSON, and its inputs' class goes beside it as .cs
    /// (an <c>--out</c> named .cs would have the class written over the workflow).
    /// </summary>
    public abstract string WorkflowOutKind(string path);

    /// <summary>The template workbook's sheet: the localities it lists ("Xã", "Communes").</summary>
    public string TemplateSheet => char.ToUpperInvariant(Localities[0]) + Localities[1..];

    /// <summary>
    /// What an input's cell takes, as the template workbook says it: "một số 0 – 100 (%)", "có hoặc không", "một
    /// trong: TDMNPB, DBSH, …" / "a number 0 – 100 (%)", "yes or no", "one of: TDMNPB, DBSH, …".
    /// </summary>
    public abstract string TemplateValueKind(InputDeclaration input);

    /// <summary>
    /// The kind of value an input takes, in the column <c>ntm inputs</c> lists it in: "số", "số nguyên", "có/không",
    /// "chữ" / "number", "whole number", "yes/no", "text", or the values of a list ("TDMNPB|DBSH|…").
    /// </summary>
    public string InputKind(InputDeclaration input) =>
        input.Type switch
        {
            InputType.Enumeration => string.Join("|", input.AllowedValues),
            InputType.Boolean => YesNoKind,
            InputType.Integer => WholeNumberKind,
            InputType.Number => NumberKind,
            _ => TextKind,
        };

    protected abstract string YesNoKind { get; }

    protected abstract string WholeNumberKind { get; }

    protected abstract string NumberKind { get; }

    protected abstract string TextKind { get; }

    /// <summary>An input's range and unit after the kind of number it is: " 0 – 100 (%)", or empty.</summary>
    protected string Measured(InputDeclaration input) =>
        (InputRange(input) is { Length: > 0 } range ? $" {range}" : "")
        + (input.Unit is { } unit ? $" ({UnitName(unit)})" : "");

    /// <summary>The template workbook's message for a value its cell does not take.</summary>
    public abstract string TemplateCellTakes(string kind);

    /// <summary>The inputs a set adds to the shared vocabulary, and the file that declares them.</summary>
    public abstract string InputsAddedBy(IReadOnlyList<string> inputs, string file);

    public abstract string NoSuchFolder(string option, string folder, string? meant);

    public abstract string FileNotFolder(string option, string path);

    /// <summary>
    /// A criteria workbook given where a folder of rule files (<c>--rules</c>) or, without an option, a set is wanted:
    /// the import that turns it into rule files, and how to name them then.
    /// </summary>
    public abstract string WorkbookNotImported(string? option, string path);

    /// <summary>A workbook given to <c>ntm validate</c>: a criteria workbook is checked by its import.</summary>
    public abstract string WorkbookNotARuleFile(string path);

    /// <summary>
    /// A file a command writes for people to fill in (<c>workbook export --out</c>, <c>inputs --template</c>) is there
    /// already, and may have been filled.
    /// </summary>
    public abstract string FilledFileExists(string option, string path);

    /// <summary>
    /// The files <c>ntm export</c> would write (the workflow, its inputs' class) are there already: an earlier export,
    /// or a file of the user's (a class of their project, a data file).
    /// </summary>
    public abstract string ExportedFilesExist(string path, IReadOnlyList<string> existing);

    /// <summary>
    /// An option naming a column the file does not have (<c>--group-by</c>, <c>--column</c>): the header it most
    /// likely meant ("cụm xa" for "Cụm xã"), and the file's headers.
    /// </summary>
    public abstract string NoSuchColumn(
        string option,
        string value,
        string path,
        IReadOnlyList<string> headers,
        string? meant
    );

    public abstract string NotAColumnMapping(string text);

    /// <summary>An option about the data file (<c>--column</c>, <c>--sheet</c>) given to diff without one.</summary>
    public abstract string DataOptionWithoutData(string option);

    public abstract string NoSuchColumnTarget(string text, string target, IReadOnlyList<string> closest);

    public abstract string NotACulture(string culture);

    public abstract string OutIsFolder(string option, string target);

    /// <summary>A <c>--rules</c> folder with no rule file but a criteria workbook, not imported.</summary>
    public abstract string OnlyWorkbooksInRules(string folder, string workbook);

    /// <summary>A criteria workbook of the <c>--rules</c> folder changed after its rule files were written.</summary>
    public abstract string WorkbookChangedSinceImport(string folder, string workbook);

    public abstract string OutFolderMissing(string option, string target, string folder, string? meant);

    public abstract string OutIsInput(string target, string input, bool throughLink);

    /// <summary>
    /// A report's <c>--out</c> names a CSV, JSON or workbook file there already that no ntm report is: most likely the
    /// data of another run (the district's workbook its CSV was saved from).
    /// </summary>
    public abstract string OutIsNotAReport(string target);

    /// <summary>
    /// <c>--group-by</c> naming the column of the localities' ids, names or provinces, which a grouping would take
    /// from that role.
    /// </summary>
    public abstract string GroupByIdentity(string column, string field);

    /// <summary>A JSON file to write inside the <c>--rules</c> folder, which would read it as a rule file.</summary>
    public abstract string OutInRulesFolder(string path, string folder);

    /// <summary>A report ntm wrote, found among the rule files of a folder.</summary>
    public abstract string ReportAmongRuleFiles { get; }

    /// <summary>A report ntm wrote, given as a data file to read.</summary>
    public abstract string ReportNotData { get; }

    /// <summary>
    /// A report workbook at <c>--out</c> that a spreadsheet program (null where it names none) has saved since ntm
    /// wrote it.
    /// </summary>
    public abstract string OutIsReportSavedSince(string target, string? program);

    public abstract string CannotWrite(string option, string target, string reason, bool? fileUnchanged = null);

    public abstract string NotACriteriaWorkbook(string reason);

    public abstract string CriteriaWorkbookUnreadable(string reason);

    public abstract string FileHoldsSets(string reference, IReadOnlyCollection<CriteriaSet> sets);

    public abstract string NoSetWithId(string id, IEnumerable<string> closest);

    public abstract string NoSuchVersion(string id, string version, IEnumerable<string> versions);

    public abstract string NoVersionInForce(string id, DateOnly asOf, IEnumerable<CriteriaSet> versions);

    /// <summary>
    /// The day a set's versions are in force nearest a date after their last day or before their first (a district
    /// assessed at the end of 2025, its sets ending on 30/06/2025 with the districts); null for a date between two.
    /// </summary>
    protected static DateOnly? NearestDayInForce(DateOnly asOf, IEnumerable<CriteriaSet> versions)
    {
        var spans = versions.Select(v => CriteriaSet.InForceSpan(v.Period, v.InForceFrom, v.InForceTo)).ToList();
        return spans.All(s => s.Last is { } last && asOf > last) ? spans.Max(s => s.Last)
            : spans.All(s => asOf < s.First) ? spans.Min(s => s.First)
            : null;
    }

    public abstract string NoSetInForce(DateOnly asOf);

    public abstract string OtherInputs(CriteriaSet other, string? than, InputMismatch mismatch);

    /// <summary>
    /// What to do when a set of a file does not fit because of a shared input it holds as it was when the file was
    /// written: declared in the file itself, or read from a copy of the shared vocabulary; empty otherwise.
    /// </summary>
    protected string SharedInputsHint(CriteriaSet set, InputMismatch mismatch) =>
        !Path.IsPathRooted(set.SourceFile) || !NtmInputs.Schema.TryGet(mismatch.Declared.Name, out _)
            ? ""
            : set.Workflow.Workflow.InputsFile switch
            {
                null => DeclaresSharedInputs,
                { Path: var path } when Path.IsPathRooted(path) => ReadsCopyOfSharedInputs(
                    SetOrigin.Shown(path, Environment.CurrentDirectory)
                ),
                _ => "",
            };

    /// <summary>
    /// A revision (a version that extends another of its id) that no longer has rows of the thresholds of indicators
    /// both have: an override's <c>Thresholds</c> replaces the whole table, and the rows it does not give again are
    /// gone. The rows, each as "17.2 all: 100 (unconfirmed)".
    /// </summary>
    public string ThresholdRowsDropped(CriteriaSet set, CriteriaSet extended, IEnumerable<SetChange> removed) =>
        ThresholdRowsDropped(
            set,
            extended,
            [.. removed.Select(r => $"{r.Number} {ChangeKey(r)}: {ThresholdCell(r.BeforeThreshold!)}")]
        );

    protected abstract string ThresholdRowsDropped(CriteriaSet set, CriteriaSet extended, IReadOnlyList<string> rows);

    /// <summary>
    /// A set that adds or removes criteria or indicators of one whose decision's counts it therefore does not take,
    /// stating none of its own: it is achieved on what it encodes.
    /// </summary>
    public string DecisionCountsNotTaken(CriteriaSet set, CriteriaSet extended) =>
        DecisionCountsNotTaken(
            set,
            extended,
            DecisionCounts(extended.OfficialCriteriaCount, extended.OfficialIndicatorCount)
        );

    protected abstract string DecisionCountsNotTaken(CriteriaSet set, CriteriaSet extended, string counts);

    /// <summary>
    /// A set that declares an input of the shared vocabulary otherwise than rules/inputs.json does, so that no record
    /// holds it with the shipped sets.
    /// </summary>
    public abstract string SharedInputDeclaredOtherwise(
        CriteriaSet set,
        InputDeclaration declared,
        InputDeclaration shared
    );

    protected abstract string DeclaresSharedInputs { get; }

    protected abstract string ReadsCopyOfSharedInputs(string path);

    public abstract string ChainReadsOtherInputs(CriteriaSet set);

    /// <summary>An option followed by another option where its value should be (<c>--out --format html</c>).</summary>
    public abstract string OptionWithoutValue(string option, string next);

    /// <summary>
    /// A message of System.CommandLine (which writes English only) in this language: each form it gives for this
    /// command line's options and arguments; another form, if a later version adds one, as it is written.
    /// </summary>
    public abstract string UsageError(string message);
}
