namespace Ntm.Criteria.Cli;

internal sealed partial class EnglishTexts
{
    public override string HelpDescription => "Description";

    public override string HelpUsage => "Usage";

    public override string HelpArguments => "Arguments";

    public override string HelpOptions => "Options";

    public override string HelpCommands => "Commands";

    public override string HelpOptionsPlaceholder => "[options]";

    public override string HelpCommandPlaceholder => "[command]";

    public override string HelpDefault(string value) => $"[default: {value}]";

    public override string HelpRequired => "(required)";

    public override string HelpOptionHelp => "Show help and usage information";

    public override string VersionOptionHelp => "Show version information";

    public override string RootHelp =>
        "ntm: evaluates communes against the New Rural Development (Nông thôn mới) criteria; "
        + "validates and compares criteria files.";

    public override string RulesOptionHelp =>
        "A folder of rule files to use with the shipped sets: its sets may extend shipped ones, and a file defining "
        + "a shipped version replaces it";

    public override string LanguageOptionHelp => "Language of the report: vi (Vietnamese) or en (English)";

    public override string ForceHelp => "Write over the file if there is one already";

    public override string ReportForceHelp =>
        "Write the report over a CSV, JSON or workbook file at --out that is not a report ntm wrote";

    public override string FormatOptionHelp(IEnumerable<string> formats) =>
        $"Output format: {string.Join(", ", formats)}";

    public override string ColumnOptionHelp =>
        "A column of the file that gives an input under a header of its own: HEADER=INPUT (\"Nhóm xã=CommuneGroup\"); "
        + "repeat for each column";

    public override string CultureOptionHelp =>
        "How the file writes decimals: vi-VN (comma) or en-US (point). Default: detected from the numbers";

    public override string SheetOptionHelp =>
        "The sheet of an .xlsx file to read, by its name. Default: the first visible sheet";

    public override string DataFileHelp => "The communes' data: a .csv, .json or .xlsx file with one row per commune";

    public override string SetsCommandHelp =>
        "List the criteria sets (shipped, and those of --rules): level, tier, period, decision, in-force dates, "
        + "counts, unconfirmed and open values";

    public override string InputsCommandHelp =>
        "List the inputs a set reads, with type, unit, range and label; or write a CSV template";

    public override string InputsSetHelp =>
        "A set id (id@version for one version): only the inputs its expressions read; repeat it for the sets an "
        + "evaluation names, read as it reads them";

    public override string TemplateHelp =>
        "Write an empty CSV (.csv) with the identity columns and these inputs as headers (Vietnamese "
        + "labels, or ids with --lang en) to this path; a workbook for a path ending in .xlsx, each column checking "
        + "values as they are typed";

    public override string EvaluateCommandHelp =>
        "Evaluate every commune of a data file and summarize, as a district report does";

    public override string EvaluateSetHelp =>
        "A set to evaluate (id, id@version, or the path of a rule file); repeat for several. Default: the commune sets "
        + "in force on the date of assessment";

    public override string AsOfHelp =>
        "Date of assessment (2024-12-31 or 31/12/2024). Default: the last day of the data's AssessmentYear";

    public override string OutHelp => "Write the report to this file instead of standard output";

    public override string GroupByHelp =>
        "A column of the data to group the summary by (a former district, a cluster of communes). Default: the "
        + "District column, or the province where the data has none";

    public override string ExplainCommandHelp =>
        "Explain one commune: every indicator with actual, required, outcome and source, and the gap to the next tier";

    public override string CommuneHelp =>
        "The commune's id (its CommuneId or 'Mã xã'), or its name ('Xã An Thạnh', 'an thanh'); in a file of "
        + "villages, the village's. Default: the one of a file that holds one";

    public override string ExplainSetHelp =>
        "A set to explain against (id, id@version, or the path of a rule file); repeat for several. Default: the "
        + "commune sets in force";

    public override string ValidateCommandHelp =>
        "Check rule files and report every problem with file, rule path, line and column";

    public override string RuleFilesHelp =>
        "Rule files (.json) to check, or folders (every .json file in them, as --rules reads them)";

    public override string DiffCommandHelp =>
        "Show the indicators added, removed and renamed, the thresholds changed per region, group and year, and the "
        + "inputs added, between two sets; with --data, the communes that change tier";

    public override string SetAHelp => "The set compared from: an id (latest version), id@version, or a rule file";

    public override string SetBHelp => "The set compared to";

    public override string DiffDataHelp =>
        "A communes' data file (.csv, .json, .xlsx) to evaluate under both sets: lists the communes whose tier changes";

    public override string WorkbookCommandHelp =>
        "Criteria as a workbook: export sets to fill their thresholds in a spreadsheet "
        + "program, import the filled workbook as rule files";

    public override string ExportCommandHelp =>
        "Write sets as a workbook: one sheet per set version, laid out like the decision's annex, "
        + "and a sheet of the inputs";

    public override string ExportSetsHelp => "The sets to export: id (latest version) or id@version";

    public override string ExportOutHelp => "The workbook to write (.xlsx)";

    public override string ImportCommandHelp =>
        "Read a filled workbook and write each of its sets as a rule file under --out; nothing "
        + "is written when any cell has a problem";

    public override string ImportFileHelp => "A workbook written by 'ntm workbook export', filled or edited";

    public override string ImportOutHelp => "The rules folder to write the sets into (the folder --rules reads)";

    public override string RulesEngineExportHelp =>
        "Export a set as one Microsoft RulesEngine workflow (overlays applied, named with its version) and, beside it, "
        + "the C# class of its inputs, every value nullable";

    public override string RulesEngineSetHelp =>
        "The set to export: an id (the latest version), id@version, or a rule file";

    public override string RulesEngineOutHelp =>
        "The workflow file to write (.json); the C# class is written beside it, named with .cs";
}
