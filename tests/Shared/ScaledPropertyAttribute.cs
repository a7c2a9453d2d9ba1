using System.Globalization;
using FsCheck.Xunit;

namespace Ntm.Criteria.Testing;

/// <summary>
/// An FsCheck property (a failure prints the seed that replays it) of <c>cases</c> generated cases, scaled by
/// <c>NTM_PROPERTY_SCALE</c> (a factor such as 0.1 for a quick local run; unset, as in CI, it runs them all).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ScaledPropertyAttribute : PropertyAttribute
{
    public ScaledPropertyAttribute(int cases)
    {
        MaxTest = Scaled(cases);
        QuietOnSuccess = true;
    }

    /// <summary>A count of cases scaled by <c>NTM_PROPERTY_SCALE</c>, at least one.</summary>
    public static int Scaled(int cases) =>
        double.TryParse(
            Environment.GetEnvironmentVariable("NTM_PROPERTY_SCALE"),
            NumberStyles.Float,
            CultureInfo.InvariantCulture,
            out var scale
        )
        && scale > 0
            ? Math.Max(1, (int)(cases * scale))
            : cases;
}
