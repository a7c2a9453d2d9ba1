namespace Ntm.Criteria.Tests;

public class OfficialNumberComparerTests
{
    // As the decisions number them; a text sort would put "1.10" before "1.2", "10" before "2", "ĐK10" before "ĐK2".
    private static readonly string[] Official =
    [
        "",
        "1",
        "1.1",
        "1.2",
        "1.10",
        "2",
        "2.1",
        "10",
        "17.9",
        "17.10",
        "ĐK1",
        "ĐK1.1",
        "ĐK2",
        "ĐK10",
    ];

    [Fact]
    public void Compare_OrdersEveryPairAsTheDecisionsDo()
    {
        var comparer = OfficialNumberComparer.Instance;

        for (var i = 0; i < Official.Length; i++)
        {
            for (var j = 0; j < Official.Length; j++)
            {
                Assert.True(
                    Math.Sign(comparer.Compare(Official[i], Official[j])) == i.CompareTo(j),
                    $"{Official[i]} against {Official[j]}"
                );
            }
        }

        Assert.Equal(Official, Official.Reverse().Order(comparer));
    }
}
