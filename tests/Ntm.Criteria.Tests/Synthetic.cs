using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Tests;

/// <summary>
/// A small synthetic catalog (Fixtures/tiers) whose tiers can all be reached: standard, advanced that strengthens
/// it, model that requires advanced, and a district set counting the communes. Not real criteria.
/// </summary>
internal static class Synthetic
{
    public static readonly DateOnly AsOf = new(2023, 6, 30);

    public static CriteriaCatalog Catalog { get; } =
        CriteriaCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiers"));

    public static TierChain Chain { get; } = TierChain.InForce(Catalog, Level.Commune, AsOf);

    public static InputRecord Commune(
        string region = "South",
        double? score = null,
        double? poverty = null,
        bool? craft = null,
        bool? craftPlan = null,
        bool? advanced = null
    ) =>
        Chain
            .Inputs.CreateBuilder()
            .Set("Region", region)
            .Set("Score", score)
            .Set("PovertyRate", poverty)
            .Set("HasCraft", craft)
            .Set("HasCraftPlan", craftPlan)
            .Set("IsAdvanced", advanced)
            .Build();
}
