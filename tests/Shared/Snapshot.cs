namespace Ntm.Criteria.Testing;

/// <summary>
/// A file the tests keep as the expected output (a command's report, a generated document or source file, a hostile
/// file's messages): compared with what the code produces now, and rewritten instead when <c>NTM_UPDATE_DOCS=1</c>
/// asks for it after a deliberate change, so that the change is a visible diff.
/// </summary>
internal static class Snapshot
{
    /// <param name="relativePath">The file, from the repository's root.</param>
    /// <param name="actual">What the code produces now; line endings do not matter.</param>
    /// <param name="filter">The tests' filter that rewrites it, for the message.</param>
    public static void Check(string relativePath, string actual, string filter)
    {
        var path = Path.Combine(Repository.Root, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("NTM_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(
            File.Exists(path),
            $"{relativePath} is missing; run NTM_UPDATE_DOCS=1 dotnet test --filter {filter}"
        );
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
