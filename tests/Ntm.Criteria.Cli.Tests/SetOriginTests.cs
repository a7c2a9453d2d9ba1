using Ntm.Criteria.Cli.Output;
using Ntm.Criteria.Rules;

namespace Ntm.Criteria.Cli.Tests;

public class SetOriginTests
{
    [Theory]
    [InlineData("/home/office/my-rules/national/2026-2030/commune.json", "my-rules/national/2026-2030/commune.json")]
    [InlineData("/home/other/commune.json", "/home/other/commune.json")]
    [InlineData("/home/office-rules/commune.json", "/home/office-rules/commune.json")]
    public void Shown_AFileBelowTheWorkingFolder_IsNamedFromIt(string file, string shown)
    {
        Assert.Equal(shown, SetOrigin.Shown(file, "/home/office"));
    }

    [Theory]
    [InlineData("/home/office/r8/notes.json", "r8/notes.json: the file cannot be read: locked")]
    [InlineData("/home/other/notes.json", "/home/other/notes.json: the file cannot be read: locked")]
    public void Shown_ARuleFileErrorBelowTheWorkingFolder_NamesItsFileFromIt(string file, string shown)
    {
        Assert.Equal(shown, SetOrigin.Shown(RuleFileError.Unreadable(file, "locked"), "en", "/home/office"));
    }

    [Fact]
    public void Of_AShippedSet_HasNoFile()
    {
        var set = CriteriaCatalog.Shipped.Get("national/2026-2030/commune");

        Assert.Equal(new SetOrigin(null, false, null, null), SetOrigin.Of(set));
    }
}
