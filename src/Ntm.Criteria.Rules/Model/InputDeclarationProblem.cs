namespace Ntm.Criteria.Rules;

/// <summary>
/// Why an <see cref="InputDeclaration"/> cannot be used, as the loader reports it: the kind of error, the field of the
/// declaration it is about (<c>Name</c>, <c>Minimum</c>, <c>Maximum</c>, <c>Values</c> or <c>ValueNames</c>), and
/// what it says in English and Vietnamese.
/// </summary>
/// <param name="Kind">The kind of error the loader reports it as.</param>
/// <param name="Field">The field of the declaration the problem is in, as an inputs file names it.</param>
/// <param name="Message">What is wrong and how to mend it.</param>
public sealed record InputDeclarationProblem(RuleFileErrorKind Kind, string Field, RuleMessage Message);
