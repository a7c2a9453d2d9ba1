using System.Collections.Immutable;
using System.Globalization;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria;

/// <summary>
/// A criteria set as one version of one decision: its metadata, criteria and preconditions, and its compiled
/// workflow. Immutable and safe to share between threads.
/// </summary>
public sealed class CriteriaSet
{
    internal CriteriaSet(
        string id,
        string version,
        CompiledWorkflow workflow,
        ImmutableArray<Criterion> criteria,
        ImmutableArray<Criterion> preconditions
    )
    {
        Id = id;
        Version = version;
        Workflow = workflow;
        Criteria = criteria;
        Preconditions = preconditions;
        AllCriteria = criteria.AddRange(preconditions);
        _evaluator = new Lazy<SetEvaluator>(() => new SetEvaluator(this));
    }

    private readonly Lazy<SetEvaluator> _evaluator;

    /// <summary>Builds the evaluator now rather than on first use.</summary>
    /// <exception cref="RuleFileException">An indicator's AppliesWhen does not compile.</exception>
    internal void PrepareEvaluator() => _ = _evaluator.Value;

    /// <summary>
    /// The set's id: its path under <c>rules/</c> without <c>.json</c>, e.g.
    /// <c>national/2021-2025/commune-standard</c>.
    /// </summary>
    public string Id { get; }

    /// <summary>The version: the date of the decision or amendment it encodes.</summary>
    public string Version { get; }

    /// <summary>The level assessed.</summary>
    public Level Level { get; init; }

    /// <summary>The tier.</summary>
    public Tier Tier { get; init; }

    /// <summary>The programme period, e.g. <c>2021-2025</c>.</summary>
    public string Period { get; init; } = string.Empty;

    /// <summary>
    /// How the id of a province's set starts (<c>provincial/thanh-hoa/commune-standard</c>); such a set names its
    /// <see cref="Province"/>.
    /// </summary>
    public const string ProvincialIdPrefix = "provincial/";

    /// <summary>
    /// How the id of a national set starts (<c>national/2026-2030/commune</c>); such a set names no
    /// <see cref="Province"/>.
    /// </summary>
    public const string NationalIdPrefix = "national/";

    /// <summary>The province that issued the set, e.g. <c>Thanh Hóa</c>; null for a national set.</summary>
    public string? Province { get; init; }

    /// <summary>The set this one extends, as <c>id@version</c>; null for a set of its own.</summary>
    public string? Extends { get; init; }

    // The ids of the sets this one extends, nearest first: a province's revision of its variant of a national set
    // extends the province's id, then the national one.
    internal ImmutableArray<string> ExtendedIds { get; init; } = [];

    /// <summary>
    /// Whether the set is the set of this id or extends it, directly or through the sets it extends: a province's
    /// variant of a national set stands for it in a tier chain, where the next tier requires the national set.
    /// </summary>
    public bool StandsFor(string setId) => Id == setId || ExtendedIds.Contains(setId);

    /// <summary>
    /// The criteria and indicators this set removes from the set it extends, each with its reason and source.
    /// </summary>
    public ImmutableArray<Removal> Removals { get; init; } = [];

    /// <summary>The set's official name.</summary>
    public LocalizedText Name { get; init; } = new(string.Empty, string.Empty);

    /// <summary>The decision, date and annex.</summary>
    public LegalBasis LegalBasis { get; init; } = new(string.Empty, null, null, ValueStatus.NotSet, null);

    /// <summary>The first day the version is in force.</summary>
    public DateOnly InForceFrom { get; init; }

    /// <summary>The last day the version is in force, as its file gives it; null where the sources do not give it.</summary>
    public DateOnly? InForceTo { get; init; }

    /// <summary>
    /// The last day the version is in force: <see cref="InForceTo"/>, or where the sources do not give it the last day
    /// of its <see cref="Period"/> of several years (a set of 2021-2025 does not judge a commune of 2027); null for a
    /// version in force until another replaces it (a <see cref="Period"/> of one year names the year a set was issued,
    /// and ends nothing).
    /// </summary>
    public DateOnly? LastDayInForce => InForceSpan(Period, InForceFrom, InForceTo).Last;

    /// <summary>The set a subject must reach first, if any.</summary>
    public SetRequirement? Requires { get; init; }

    /// <summary>For district sets: the shares of communes that must reach commune sets.</summary>
    public ImmutableArray<CommuneRequirement> CommuneRequirements { get; init; } = [];

    /// <summary>The number of criteria the decision states, when the sources give it.</summary>
    public int? OfficialCriteriaCount { get; init; }

    /// <summary>The number of indicators the decision states, when it states one.</summary>
    public int? OfficialIndicatorCount { get; init; }

    /// <summary>What the thresholds are keyed by: <c>Region</c> or <c>CommuneGroup</c>.</summary>
    public string ThresholdsBy { get; init; } = NtmInputs.Region.Name;

    /// <summary>
    /// The special rule that makes some subjects take another region's thresholds, if the set has one.
    /// </summary>
    public RegionOverride? RegionOverride { get; init; }

    /// <summary>How the set places a commune in its group from facts about it (2026-2030), if it says.</summary>
    public CommuneGroupRule? CommuneGroups { get; init; }

    /// <summary>Whether every indicator of the decision is encoded (values may still be open).</summary>
    public bool IsComplete { get; init; }

    /// <summary>Remarks about the set: what is missing, special rules.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The file the set was read from.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The criteria, in official order.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    // Worked out on first read. A default array is "not yet": unlike a nullable one, it is written in one store, so a
    // thread that reads it while another writes sees either, never half.
    private ImmutableArray<InputDeclaration> _inputsRead;

    /// <summary>The preconditions, not counted among the criteria.</summary>
    public ImmutableArray<Criterion> Preconditions { get; }

    /// <summary>Every encoded indicator of the criteria, in official order.</summary>
    public IEnumerable<Indicator> Indicators => Criteria.SelectMany(c => c.Indicators);

    /// <summary>The criteria, then the preconditions: everything a subject meets to achieve the set.</summary>
    public ImmutableArray<Criterion> AllCriteria { get; }

    /// <summary>Every encoded indicator of the criteria, then of the preconditions, in official order.</summary>
    public IEnumerable<Indicator> AllIndicators => AllCriteria.SelectMany(c => c.Indicators);

    /// <summary>
    /// Whether any of the set's criteria has an indicator in the sources; a set without is "not encoded" (reports never
    /// say 0/0 for it), as a criterion is (<see cref="Criterion.IsEncoded"/>).
    /// </summary>
    public bool IsEncoded => Criteria.Any(c => c.IsEncoded);

    /// <summary>
    /// Whether the decision has criteria or indicators this set does not encode: a criterion without indicators or
    /// given in part (<see cref="Criterion.IsPartlyEncoded"/>), or fewer criteria or indicators than the sources count
    /// in the decision (<see cref="OfficialCriteriaCount"/>, <see cref="OfficialIndicatorCount"/>). Such a set is never
    /// achieved: a subject cannot be shown to meet what is not encoded, even where it meets all that is.
    /// </summary>
    public bool IsShortOfItsDecision =>
        _shortOfItsDecision ??=
            AllCriteria.Any(c => !c.IsEncoded || c.IsPartlyEncoded)
            || OfficialCriteriaCount > Criteria.Length
            || OfficialIndicatorCount > Indicators.Count();

    // Read for every subject evaluated and every commune a report details: worked out once.
    private bool? _shortOfItsDecision;

    /// <summary>The compiled workflow that evaluates the set.</summary>
    public CompiledWorkflow Workflow { get; }

    /// <summary>The inputs a record for this set must be built from.</summary>
    public InputSchema Inputs => Workflow.Inputs;

    /// <summary>
    /// The inputs the set needs, in schema order: those its expressions and its indicators' conditions
    /// (<see cref="Indicator.AppliesWhen"/>) and measures (<see cref="Indicator.Measure"/>) read, and each indicator's
    /// own input (an indicator whose threshold is open still reports its actual value). The columns a data file should
    /// have.
    /// </summary>
    public ImmutableArray<InputDeclaration> InputsRead =>
        !_inputsRead.IsDefault
            ? _inputsRead
            : _inputsRead = [
                .. Inputs.Declarations.Where(d =>
                    _evaluator.Value.Evaluation.InputsRead.Contains(d)
                    || _evaluator.Value.MeasuresRead.Contains(d)
                    || AllIndicators.Any(i => i.Input == d.Name)
                ),
            ];

    /// <summary>Evaluates one subject's record against this set.</summary>
    /// <exception cref="ArgumentException">The record was built for other inputs than <see cref="Inputs"/>.</exception>
    public SetReport Evaluate(InputRecord input)
    {
        RequireInputsOf(input);
        return _evaluator.Value.Evaluate(input);
    }

    /// <summary>
    /// The figures of <see cref="Evaluate"/>: criteria and indicators achieved, and whether the set is achieved.
    /// </summary>
    /// <exception cref="ArgumentException">The record was built for other inputs than <see cref="Inputs"/>.</exception>
    public SetCounts Count(InputRecord input)
    {
        RequireInputsOf(input);
        return _evaluator.Value.Count(input);
    }

    // The engine refuses such a record too, in its own terms: the application is told what its record lacks (an
    // input a set adds to the shared vocabulary) and what to build it with.
    private void RequireInputsOf(InputRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Schema.Extends(Inputs))
        {
            return;
        }

        throw new ArgumentException(
            $"The record was built for other inputs than set {this} reads: "
                + OtherInputs.Difference(input.Schema, Inputs)
                + ". Build it with the set's Inputs (set.Inputs.CreateBuilder(), or as LocalityReader's schema); a "
                + "tier chain's or a batch's Inputs serve every set of it.",
            nameof(input)
        );
    }

    /// <summary>
    /// The in-force dates as <c>2022-03-08 to 2024-02-29</c>; <c>?</c> for a first day the sources do not give,
    /// <c>now</c> for no last day.
    /// </summary>
    internal string InForceRange => Range(InForceFrom, LastDayInForce);

    /// <summary>Days in force as <see cref="InForceRange"/> writes them, of a version or of several that follow.</summary>
    internal static string Range(DateOnly from, DateOnly? last) =>
        $"{(from == DateOnly.MinValue ? "?" : IsoDay(from))} to {(last is { } to ? IsoDay(to) : "now")}";

    private static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether this version is in force on a date. One whose first day the sources do not give is in force from the
    /// first day of its <see cref="Period"/>, never before: a 2026-2030 set does not judge a commune of 2024. Its last
    /// day is <see cref="LastDayInForce"/>.
    /// </summary>
    public bool IsInForceOn(DateOnly date)
    {
        var (first, last) = InForceSpan(Period, InForceFrom, InForceTo);
        return date >= first && (last is null || date <= last);
    }

    /// <summary>
    /// Whether a subject assessed in <paramref name="year"/> comes under this set: a year of its period or of its days
    /// in force (see <see cref="CoversYear(int, string?, DateOnly, DateOnly?)"/>). A commune of 2025 evaluated against
    /// a set of 2026-2030 is not.
    /// </summary>
    public bool CoversYear(int year) => CoversYear(year, Period, InForceFrom, InForceTo);

    /// <summary>
    /// Whether a subject assessed in <paramref name="year"/> can come under a set of this period (<c>2026-2030</c>, or
    /// one year) and these days in force (read as <see cref="IsInForceOn"/> reads them): a year of either. A threshold
    /// row for any other year would never apply.
    /// </summary>
    public static bool CoversYear(int year, string? period, DateOnly inForceFrom, DateOnly? inForceTo)
    {
        var (first, last) = InForceSpan(period, inForceFrom, inForceTo);
        var inForce = year >= first.Year && (last is null || year <= last.Value.Year);
        return inForce || PeriodYears(period) is { } years && year >= years.First && year <= years.Last;
    }

    /// <summary>
    /// The days a version of this period and these in-force dates is in force: a first or last day the sources do not
    /// give (<see cref="DateOnly.MinValue"/>, null) is that of its period, except that a period of one year (the year a
    /// set was issued) ends nothing; a null last day is a version in force until another replaces it.
    /// </summary>
    public static (DateOnly First, DateOnly? Last) InForceSpan(
        string? period,
        DateOnly inForceFrom,
        DateOnly? inForceTo
    )
    {
        var years = PeriodYears(period);
        var first =
            inForceFrom != DateOnly.MinValue ? inForceFrom
            : years is { } y ? new DateOnly(y.First, 1, 1)
            : DateOnly.MinValue;
        var last = inForceTo ?? (years is { } z && z.Last > z.First ? new DateOnly(z.Last, 12, 31) : null);
        return (first, last);
    }

    private static (int First, int Last)? PeriodYears(string? period) =>
        period?.Split('-') switch
        {
            [var only] when int.TryParse(only, CultureInfo.InvariantCulture, out var year) => (year, year),
            [var first, var last]
                when int.TryParse(first, CultureInfo.InvariantCulture, out var from)
                    && int.TryParse(last, CultureInfo.InvariantCulture, out var to) => (from, to),
            _ => null,
        };

    /// <summary>The indicator of an official number, or null.</summary>
    public Indicator? FindIndicator(string number) => AllIndicators.FirstOrDefault(i => i.Number == number);

    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version}";
}
