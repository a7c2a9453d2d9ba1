using System.Collections.Immutable;
using System.Text;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Thrown when a rule file or a workflow built in code has problems. It lists every problem found, not
/// only the first, so an author can fix a file in one pass.
/// </summary>
public sealed class RuleFileException : Exception
{
    /// <summary>
    /// Creates the exception for the given problems (at least one), listed file by file (in the order the files first
    /// appear), each file's in line order.
    /// </summary>
    public RuleFileException(IEnumerable<RuleFileError> errors)
        : this(InFileOrder(errors)) { }

    // The loader finds problems phase by phase (JSON, then expressions, then the sets); an author reads them top down.
    private static ImmutableArray<RuleFileError> InFileOrder(IEnumerable<RuleFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return
        [
            .. errors
                .GroupBy(e => e.File)
                .SelectMany(file =>
                    file.OrderBy(e => e.Position.Line)
                        .ThenBy(e => e.Position.Column)
                        .ThenBy(e => e.ExpressionColumn ?? 0)
                ),
        ];
    }

    private RuleFileException(ImmutableArray<RuleFileError> errors)
        : base(FormatMessage(errors))
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("A rule file exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<RuleFileError> Errors { get; }

    private static string FormatMessage(ImmutableArray<RuleFileError> errors)
    {
        if (errors.Length == 1)
        {
            return errors[0].ToString();
        }

        var files = errors.Select(e => e.File).Distinct().ToList();
        var text = new StringBuilder();
        text.Append(files.Count == 1 && files[0] is { } file ? $"{file}: " : string.Empty)
            .Append(errors.Length)
            .Append(" problems:");
        foreach (var error in errors)
        {
            text.AppendLine().Append("  ").Append(error);
        }

        return text.ToString();
    }
}
