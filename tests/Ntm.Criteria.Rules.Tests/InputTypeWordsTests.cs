namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// The words of input types: each type has one, it reads back as that type in any letter case, others name none.
/// </summary>
public class InputTypeWordsTests
{
    [Fact]
    public void Every_type_reads_back_from_its_word_in_any_case()
    {
        Assert.Equal(
            ["number", "integer", "boolean", "text", "enum"],
            Enum.GetValues<InputType>().Select(InputTypeWords.Of)
        );
        Assert.All(
            Enum.GetValues<InputType>(),
            type =>
            {
                Assert.Equal(type, InputTypeWords.Named(InputTypeWords.Of(type)));
                Assert.Equal(type, InputTypeWords.Named(InputTypeWords.Of(type).ToUpperInvariant()));
            }
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("enumeration")]
    [InlineData("int")]
    [InlineData(" number")]
    public void Other_words_name_no_type(string? word) => Assert.Null(InputTypeWords.Named(word));
}
