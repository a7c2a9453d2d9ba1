namespace Ntm.Criteria.Rules;

/// <summary>
/// Limits and hooks for loading rule files. The defaults suit national and provincial criteria sets; the
/// limits exist so that a careless or hostile file fails with a clear error instead of exhausting the process.
/// </summary>
public sealed record RuleLoadOptions
{
    /// <summary>The defaults.</summary>
    public static RuleLoadOptions Default { get; } = new();

    /// <summary>The largest rule or inputs file accepted, in bytes (default 16 MiB).</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted (default 64 levels of objects and arrays).</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>The deepest rule nesting accepted: 1 is top-level rules only (default 12).</summary>
    public int MaxRuleDepth { get; init; } = 12;

    /// <summary>The most rules, at all depths, in one workflow (default 10,000).</summary>
    public int MaxRules { get; init; } = 10_000;

    /// <summary>The longest expression accepted, in characters (default 4,000).</summary>
    public int MaxExpressionLength { get; init; } = 4_000;

    /// <summary>The deepest nesting of operators and parentheses in one expression (default 64).</summary>
    public int MaxExpressionDepth { get; init; } = 64;

    /// <summary>
    /// Opens a file that a rule file references (its <c>InputsFile</c>), given the path combined with the
    /// referencing file's folder; returns null when there is no such file. The default reads the file system.
    /// Set it to load rule files from embedded resources or an archive.
    /// </summary>
    public Func<string, Stream?> OpenReferencedFile { get; init; } =
        static path => File.Exists(path) ? File.OpenRead(path) : null;

    /// <summary>
    /// Picks the workflows that are parts, to be combined with others before they are compiled (an application's
    /// overlays): their JSON, fields and inputs are checked as usual, but their rules and expressions only by
    /// <see cref="Workflow.Compile"/> on the combined workflow, and they may have no Rules of their own. The
    /// default picks none.
    /// </summary>
    public Func<Workflow, bool>? IsPart { get; init; }
}
