using System.Collections.Immutable;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// Sets of one level that build on each other, lowest tier first (standard, advanced, model): each set requires
/// the one before it. Immutable and safe to share between threads.
/// </summary>
public sealed class TierChain
{
    // For each set, the criteria whose prerequisite is an earlier set of the chain, with that set's position.
    private readonly ImmutableArray<ImmutableArray<(Criterion Criterion, int Prerequisite)>> _prerequisites;

    private TierChain(ImmutableArray<CriteriaSet> sets)
    {
        Sets = sets;
        Inputs =
            InputSchema.Widest(sets.Select(s => s.Inputs))
            ?? throw new ArgumentException(
                $"The sets {string.Join(" → ", sets)} read inputs no one record can hold.",
                nameof(sets)
            );
        _prerequisites = sets.Select(
                (set, position) =>
                    set
                        .AllCriteria.Select(c =>
                            (
                                Criterion: c,
                                Prerequisite: c.Prerequisite is { } id
                                    ? sets.Take(position).ToList().FindIndex(s => s.StandsFor(id))
                                    : -1
                            )
                        )
                        .Where(p => p.Prerequisite >= 0)
                        .ToImmutableArray()
            )
            .ToImmutableArray();
    }

    /// <summary>The sets, lowest tier first.</summary>
    public ImmutableArray<CriteriaSet> Sets { get; }

    /// <summary>The level the chain assesses.</summary>
    public Level Level => Sets[0].Level;

    /// <summary>
    /// What the chain's first set requires when the chain neither evaluates that set nor takes its result from the data
    /// (a criterion whose <see cref="Criterion.Prerequisite"/> names it, as the model tier's "is advanced" does): a tier
    /// the chain reaches is then reached without the tier below being checked. Null otherwise.
    /// </summary>
    public SetRequirement? UnevaluatedRequirement =>
        Sets[0].Requires is { } required && !Sets[0].AllCriteria.Any(c => c.Prerequisite == required.SetId)
            ? required
            : null;

    /// <summary>
    /// The inputs a record for the chain is built from: those of its sets, the widest where one set's vocabulary adds
    /// inputs to another's (see <see cref="InputSchema.Extends"/>).
    /// </summary>
    public InputSchema Inputs { get; }

    /// <summary>
    /// The inputs a record gives the chain, in the order of <see cref="Inputs"/>: those its sets read (see
    /// <see cref="CriteriaSet.InputsRead"/>), without the ones the chain gives a set from an earlier set's outcome
    /// (whether a commune is advanced, for the model tier). The columns a data file for the chain should have.
    /// </summary>
    public ImmutableArray<InputDeclaration> InputsRead =>
        !_inputsRead.IsDefault
            ? _inputsRead
            : _inputsRead = [
                .. Inputs.Declarations.Where(d =>
                    Sets.Select((set, position) => (set, position))
                        .Any(s => s.set.InputsRead.Any(r => r.Name == d.Name) && !FromEarlierSet(s.position, d))
                ),
            ];

    // Worked out on first read (see CriteriaSet.InputsRead).
    private ImmutableArray<InputDeclaration> _inputsRead;

    // Whether the chain gives the set at a position this input from an earlier set's outcome (WithPrerequisites).
    private bool FromEarlierSet(int position, InputDeclaration input) =>
        input.Type == InputType.Boolean
        && _prerequisites[position].Any(p => p.Criterion.Indicators.Any(i => i.Input == input.Name));

    /// <summary>
    /// The chain of the national sets of a level in force on a date: the set that requires none, then whichever set
    /// requires the one before.
    /// </summary>
    /// <exception cref="ArgumentException">No set of that level is in force on the date, or none of them is a first
    /// tier, or their inputs are such that no one record can hold them.</exception>
    public static TierChain InForce(CriteriaCatalog catalog, Level level, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var first =
            catalog.RequireInForce(asOf, level).Where(s => s.Requires is null).OrderBy(s => s.Tier).FirstOrDefault()
            ?? throw new ArgumentException(
                $"The {level.ToString().ToLowerInvariant()} sets in force on {asOf:yyyy-MM-dd} "
                    + "have no first tier (a set that requires none).",
                nameof(asOf)
            );
        return Around(catalog, first, asOf);
    }

    /// <summary>
    /// The chain a set belongs to on a date (by default the day it comes into force): the versions of the sets it
    /// requires in force then, down to the first tier, and the sets in force then that require it or a set it stands
    /// for (<see cref="CriteriaSet.StandsFor"/>), up to the last (its province's before the national ones).
    /// </summary>
    /// <exception cref="ArgumentException">The chain's sets read inputs no one record can hold (see
    /// <see cref="InputSchema.Widest"/>).</exception>
    public static TierChain Around(CriteriaCatalog catalog, CriteriaSet set, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(set);
        var date = asOf ?? set.InForceFrom;
        var chain = new List<CriteriaSet> { set };
        for (
            var below = set;
            below.Requires is { } required
                && catalog.Ids.Contains(required.SetId)
                && chain.All(s => s.Id != required.SetId);

        )
        {
            // A set whose versions' dates the sources do not give is taken in its latest version.
            below =
                catalog.Versions(required.SetId).LastOrDefault(v => v.IsInForceOn(date)) ?? catalog.Get(required.SetId);
            chain.Insert(0, below);
        }

        var candidates = catalog.InForceOn(date, set.Level).ToList();
        if (set.Province is not null)
        {
            candidates.InsertRange(0, catalog.InForceOn(date, set.Level, province: set.Province));
        }

        for (
            var above = set;
            candidates.FirstOrDefault(s =>
                s.Requires is { } required && above.StandsFor(required.SetId) && chain.All(c => c.Id != s.Id)
            )
                is { } next;

        )
        {
            chain.Add(next);
            above = next;
        }

        return new TierChain([.. chain]);
    }

    /// <summary>
    /// Arranges sets into chains: a set follows the set it requires when that set is among them, or else a set that
    /// stands for it (a province's variant, <see cref="CriteriaSet.StandsFor"/>), and no other set follows it already;
    /// every other set starts a chain. Chains come in the order of their first set; no set gives no chain.
    /// </summary>
    /// <exception cref="ArgumentException">The same set version is given twice, or the sets read different
    /// inputs.</exception>
    public static ImmutableArray<TierChain> From(IEnumerable<CriteriaSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var list = sets.ToList();
        if (list.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The set {twice.Key} is given twice.", nameof(sets));
        }

        if (list.Count > 0 && InputSchema.Widest(list.Select(s => s.Inputs)) is null)
        {
            throw new ArgumentException(
                $"The sets {string.Join(", ", list)} read different inputs, and none of them all the others' (its "
                    + "own added after them); evaluate them in separate batches.",
                nameof(sets)
            );
        }

        var followed = new HashSet<CriteriaSet>();
        var follower = new Dictionary<CriteriaSet, CriteriaSet>();
        foreach (var set in list)
        {
            if (
                set.Requires is { } requires
                && (
                    list.FirstOrDefault(s => s.Id == requires.SetId && !followed.Contains(s))
                    ?? list.FirstOrDefault(s => s.StandsFor(requires.SetId) && !followed.Contains(s))
                )
                    is { } before
            )
            {
                followed.Add(before);
                follower[before] = set;
            }
        }

        var inChain = follower.Values.ToHashSet();
        return list.Where(s => !inChain.Contains(s))
            .Select(first =>
            {
                var chain = new List<CriteriaSet> { first };
                while (follower.TryGetValue(chain[^1], out var next))
                {
                    chain.Add(next);
                }

                return new TierChain([.. chain]);
            })
            .ToImmutableArray();
    }

    /// <summary>
    /// Evaluates a record against every set of the chain. A criterion whose prerequisite is an earlier set of the
    /// chain (a model commune must be an advanced one) takes that set's result as the chain computes it, so that one
    /// report never says a commune is and is not advanced; where the record gives another value, the report's
    /// <see cref="TierReport.PrerequisiteDisagreements"/> say so.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for other inputs than <see cref="Inputs"/>.</exception>
    public TierReport Evaluate(InputRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reports = new SetReport[Sets.Length];
        List<PrerequisiteDisagreement>? disagreements = null;
        for (var i = 0; i < Sets.Length; i++)
        {
            reports[i] = Sets[i].Evaluate(WithPrerequisites(input, i, reports, ref disagreements));
        }

        return new TierReport(ImmutableArray.Create(reports), disagreements?.ToImmutableArray() ?? []);
    }

    private InputRecord WithPrerequisites(
        InputRecord input,
        int position,
        SetReport[] earlier,
        ref List<PrerequisiteDisagreement>? disagreements
    )
    {
        InputRecordBuilder? builder = null;
        foreach (var (criterion, prerequisite) in _prerequisites[position])
        {
            var computed = earlier[prerequisite].IsAchieved;
            foreach (var indicator in criterion.Indicators)
            {
                if (!input.Schema.TryGet(indicator.Input, out var declaration) || declaration.Type != InputType.Boolean)
                {
                    continue;
                }

                var given = input[indicator.Input];
                if (given.HasValue && given.Boolean == computed)
                {
                    continue;
                }

                if (given.HasValue)
                {
                    (disagreements ??= []).Add(
                        new PrerequisiteDisagreement(
                            Sets[position],
                            indicator,
                            Sets[prerequisite],
                            given.Boolean,
                            computed
                        )
                    );
                }

                builder ??= input.ToBuilder();
                builder.Set(indicator.Input, computed);
            }
        }

        return builder?.Build() ?? input;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" → ", Sets);
}
