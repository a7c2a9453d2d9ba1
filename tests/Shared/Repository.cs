namespace Ntm.Criteria.Testing;

/// <summary>
/// The repository's root folder (the one holding Ntm.Criteria.sln), for tests that read its files. Linked into every
/// test project.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ntm.Criteria.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException(
                "The repository root was not found above " + AppContext.BaseDirectory
            );
    }
}
