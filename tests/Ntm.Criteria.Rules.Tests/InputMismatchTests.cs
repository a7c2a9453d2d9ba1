namespace Ntm.Criteria.Rules.Tests;

/// <summary>The input a "reads other inputs" message names: the first way a workflow's inputs fail to fit.</summary>
public class InputMismatchTests
{
    private static readonly InputDeclaration Share = new("Share", InputType.Number) { Minimum = 0, Maximum = 100 };
    private static readonly InputDeclaration Flag = new("Flag", InputType.Boolean);
    private static readonly InputDeclaration Extra = new("Extra", InputType.Boolean);

    private static InputSchema Schema(InputDeclaration[] inputs) =>
        new Workflow("W", [.. inputs], [new Rule("R") { Expression = "true" }]).Compile().Inputs;

    [Fact]
    public void Of_InputsTheDataFileHoldsFirst_IsNoMismatch()
    {
        Assert.Null(InputMismatch.Of(Schema([Share, Flag]), Schema([Share, Flag, Extra])));
    }

    [Fact]
    public void Of_AnInputTheDataFileLacks_IsNamedBeforeOneDeclaredOtherwise()
    {
        var mismatch = InputMismatch.Of(Schema([Share with { Maximum = 1 }, Extra]), Schema([Share, Flag]));

        Assert.Equal((InputMismatchKind.NotDeclared, "Extra"), (mismatch!.Kind, mismatch.Declared.Name));
    }

    [Fact]
    public void Of_AnInputDeclaredOtherwise_GivesBothDeclarations()
    {
        var mismatch = InputMismatch.Of(Schema([Share, Flag with { Unit = "yes/no" }]), Schema([Share, Flag]));

        Assert.Equal(
            (InputMismatchKind.DeclaredOtherwise, "yes/no", null),
            (mismatch!.Kind, mismatch.Declared.Unit, mismatch.Expected!.Unit)
        );
    }

    [Fact]
    public void Of_TheSameInputsInAnotherOrder_NamesTheFirstOutOfPlace()
    {
        var mismatch = InputMismatch.Of(Schema([Flag, Share]), Schema([Share, Flag]));

        Assert.Equal(
            (InputMismatchKind.OtherOrder, "Flag", "Share"),
            (mismatch!.Kind, mismatch.Declared.Name, mismatch.Expected!.Name)
        );
    }
}
