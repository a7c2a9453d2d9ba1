namespace Ntm.Criteria.Cli;

/// <summary>What <c>ntm --help</c> says of each command, argument and option, and the headings of its layout.</summary>
internal abstract partial class Texts
{
    public abstract string HelpDescription { get; }

    public abstract string HelpUsage { get; }

    public abstract string HelpArguments { get; }

    public abstract string HelpOptions { get; }

    public abstract string HelpCommands { get; }

    public abstract string HelpOptionsPlaceholder { get; }

    public abstract string HelpCommandPlaceholder { get; }

    public abstract string HelpDefault(string value);

    public abstract string HelpRequired { get; }

    public abstract string HelpOptionHelp { get; }

    public abstract string VersionOptionHelp { get; }

    public abstract string RootHelp { get; }

    public abstract string RulesOptionHelp { get; }

    public abstract string LanguageOptionHelp { get; }

    public abstract string ForceHelp { get; }

    /// <summary>A report's <c>--force</c>: a report ntm wrote is written over without it.</summary>
    public abstract string ReportForceHelp { get; }

    public abstract string FormatOptionHelp(IEnumerable<string> formats);

    public abstract string CultureOptionHelp { get; }

    public abstract string SheetOptionHelp { get; }

    public abstract string ColumnOptionHelp { get; }

    public abstract string DataFileHelp { get; }

    public abstract string SetsCommandHelp { get; }

    public abstract string InputsCommandHelp { get; }

    public abstract string InputsSetHelp { get; }

    public abstract string TemplateHelp { get; }

    public abstract string EvaluateCommandHelp { get; }

    public abstract string EvaluateSetHelp { get; }

    public abstract string AsOfHelp { get; }

    public abstract string OutHelp { get; }

    public abstract string GroupByHelp { get; }

    public abstract string ExplainCommandHelp { get; }

    public abstract string CommuneHelp { get; }

    public abstract string ExplainSetHelp { get; }

    public abstract string ValidateCommandHelp { get; }

    public abstract string RuleFilesHelp { get; }

    public abstract string DiffCommandHelp { get; }

    public abstract string SetAHelp { get; }

    public abstract string SetBHelp { get; }

    public abstract string DiffDataHelp { get; }

    public abstract string WorkbookCommandHelp { get; }

    public abstract string ExportCommandHelp { get; }

    public abstract string ExportSetsHelp { get; }

    public abstract string ExportOutHelp { get; }

    public abstract string ImportCommandHelp { get; }

    public abstract string ImportFileHelp { get; }

    public abstract string ImportOutHelp { get; }

    public abstract string RulesEngineExportHelp { get; }

    public abstract string RulesEngineSetHelp { get; }

    public abstract string RulesEngineOutHelp { get; }
}
