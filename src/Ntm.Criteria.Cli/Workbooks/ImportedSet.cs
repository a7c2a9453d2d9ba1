using System.Text.Json.Nodes;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>
/// A criteria sheet read into a rule file: the set id and version it defines, the file's JSON without its
/// <c>InputsFile</c>, the inputs file it reads, and the cells its criteria and indicators come from (<c>c:5</c> and
/// <c>i:5.1</c> their numbers, <c>k:5</c> a criterion's kind, <c>w:5.1</c> an indicator's "Applies when").
/// </summary>
internal sealed record ImportedSet(
    string Sheet,
    string Id,
    string Version,
    JsonObject File,
    InputsFileReference? InputsFile,
    IReadOnlyDictionary<string, string> Cells
)
{
    // The shipped catalog reads its files from its rules folder and names them by their place under it
    // ("rules/inputs.json"); a file on disk has a full path.
    private const string ShippedFolder = "rules";

    /// <summary>
    /// Where the file goes below the folder: <c>id@version.json</c>, where <c>--rules</c> reads it, or the file of the
    /// folder that already defines the version (<see cref="PlacedIn"/>).
    /// </summary>
    public string RelativePath { get; init; } = $"{Id}@{Version}.json";

    /// <summary>
    /// The set as written in <paramref name="folder"/>: over the file the catalog read this version from when that
    /// file is the folder's, whatever its name (a set exported from <c>--rules</c> and imported back there), so that
    /// the folder never defines a version twice. The shipped sets are no files of a folder, and a file that defines
    /// other sets too is not written over.
    /// </summary>
    public ImportedSet PlacedIn(string folder, CriteriaCatalog catalog)
    {
        var root = Path.GetFullPath(folder);
        var place = catalog
            .Sets.Where(s => s.Id == Id && s.Version == Version && Path.IsPathRooted(s.SourceFile))
            .Where(s => catalog.Sets.Count(other => other.SourceFile == s.SourceFile) == 1)
            .Select(s => Path.GetRelativePath(root, s.SourceFile!))
            .FirstOrDefault(relative =>
                !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            );
        return place is null ? this : this with { RelativePath = place.Replace('\\', '/') };
    }

    /// <summary>
    /// The file as written at <see cref="RelativePath"/> below <paramref name="folder"/>: it names its inputs file from
    /// there, a shipped one by its place in the shipped rules folder (<c>../../inputs.json</c>), which the folder need
    /// not hold: the catalog reads the shipped file where the folder has none.
    /// </summary>
    public JsonObject FileIn(string folder)
    {
        var file = (JsonObject)File.DeepClone();
        if (InputsFile is { Path: var path })
        {
            var place = Path.IsPathRooted(path)
                ? Path.GetFullPath(Path.Combine(folder, RelativePath))
                : Path.Combine(ShippedFolder, RelativePath);
            var reference = Path.GetRelativePath(Path.GetDirectoryName(place)!, path).Replace('\\', '/');
            file.Insert(file.IndexOf("WorkflowName") + 1, nameof(Workflow.InputsFile), reference);
        }

        return file;
    }

    /// <summary>
    /// A load error of the file written from this sheet (staged at <paramref name="stagedFile"/>), at the cell it comes
    /// from: an indicator's "Applies when" for an error in its condition, else the number of the indicator or
    /// criterion it is in; at no cell, with the file's line, when it names neither.
    /// </summary>
    public WorkbookProblem ProblemOf(RuleFileError error, string stagedFile, Texts texts)
    {
        // The set's rules are criteria holding indicators; the evaluator adds the indicators' conditions under one
        // rule, AppliesWhen.
        var key = error.RulePath switch
        {
            [_, "AppliesWhen", var number, ..] => "w:" + number,
            [_, _, var number, ..] => "i:" + number,
            [_, var number] => "c:" + number,
            _ => null,
        };
        return key is not null && Cells.TryGetValue(key, out var cell)
            ? new WorkbookProblem(Sheet, cell, error.Detail(texts.Code))
            : new WorkbookProblem(
                Sheet,
                "-",
                texts.RuleFileProblem(
                    error.ToString(texts.Code).Replace(stagedFile, RelativePath, StringComparison.Ordinal)
                )
            );
    }
}
