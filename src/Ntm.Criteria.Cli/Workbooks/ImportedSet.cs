using System.Text.Json.Nodes;

namespace Ntm.Criteria.Cli.Workbooks;

/// <summary>A criteria sheet read into a rule file: the set id and version it defines, and the file's JSON.</summary>
internal sealed record ImportedSet(string Sheet, string Id, string Version, JsonObject File)
{
    /// <summary>Where <c>--rules</c> reads the file, below the folder.</summary>
    public string RelativePath => $"{Id}@{Version}.json";
}
