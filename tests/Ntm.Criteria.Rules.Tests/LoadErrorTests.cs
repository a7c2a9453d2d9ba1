using System.Collections.Immutable;
using System.Text;
using static Ntm.Criteria.Rules.Tests.TestWorkflows;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// Every documented load error, with its whole message: file, rule path, line and column, what was expected.
/// </summary>
public class LoadErrorTests
{
    /// <summary>A workflow whose rules start on line 5, column 5.</summary>
    private static string Wrap(string rules) =>
        "{\n  \"WorkflowName\": \"W\",\n  \"Inputs\": [ { \"Name\": \"X\", \"Type\": \"number\" }, { \"Name\": "
        + "\"T\", \"Type\": \"text\" } ],\n  \"Rules\": [\n    "
        + rules
        + "\n  ]\n}";

    /// <summary>A rule R with the given expression; the expression string starts at line 5, column 38.</summary>
    private static string WithExpression(string expression) =>
        Wrap(
            "{ \"RuleName\": \"R\", \"Expression\": \""
                + expression
                    .Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("\"", "\\\"", StringComparison.Ordinal)
                + "\" }"
        );

    [Theory]
    [InlineData(
        "input.Income > 1",
        "test.json(5,38): W › R, expression column 7: unknown input 'input.Income': it is "
            + "not declared in the workflow's Inputs"
    )]
    [InlineData(
        "input.x > 1",
        "test.json(5,38): W › R, expression column 7: unknown input 'input.x': it is not declared in the workflow's "
            + "Inputs; did you mean 'X'?"
    )]
    [InlineData(
        "threshold > 1",
        "test.json(5,38): W › R, expression column 1: unknown name 'threshold' (no params are in scope)"
    )]
    [InlineData(
        "X > 1",
        "test.json(5,38): W › R, expression column 1: unknown name 'X' (no params are in "
            + "scope); to read the input write input.X"
    )]
    [InlineData(
        "input.X == input.T",
        "test.json(5,38): W › R, expression column 9: '==' cannot combine a number with text"
    )]
    [InlineData(
        "input.X >= \"95.5\"",
        "test.json(5,38): W › R, expression column 12: '>=' needs numbers, not text (it is given text and a number); "
            + "write the number without quotes: 95.5"
    )]
    [InlineData(
        "input.X == \"95\"",
        "test.json(5,38): W › R, expression column 9: '==' cannot combine a number with text; write the number "
            + "without quotes: 95"
    )]
    [InlineData(
        "input.X in (1, \"2\")",
        "test.json(5,38): W › R, expression column 16: 'in' cannot combine a number with text; write the number "
            + "without quotes: 2"
    )]
    [InlineData(
        "input.T > 1",
        "test.json(5,38): W › R, expression column 1: '>' needs numbers, not text (it is given text and a whole number)"
    )]
    [InlineData(
        "input.X + 1",
        "test.json(5,38): W › R: a rule's Expression must be true or false, but this one gives a number"
    )]
    [InlineData("input.X / 0 > 1", "test.json(5,38): W › R, expression column 9: '/' by a literal zero has no value")]
    [InlineData("input.X % 0.0 > 1", "test.json(5,38): W › R, expression column 9: '%' by a literal zero has no value")]
    [InlineData(
        "\"\".GetType() == null",
        "test.json(5,38): W › R, expression column 1: calling '\"\".GetType' is not allowed: the only functions are "
            + "Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    [InlineData(
        "System.IO.File.Delete(\"x\")",
        "test.json(5,38): W › R, expression column 1: calling 'System.IO.File.Delete' is not allowed: the only "
            + "functions are Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    [InlineData(
        "new System.Object() == null",
        "test.json(5,38): W › R, expression column 1: 'new' is not allowed: expressions cannot create objects"
    )]
    [InlineData(
        "typeof(string) == null",
        "test.json(5,38): W › R, expression column 1: 'typeof' is not allowed: expressions cannot name types"
    )]
    [InlineData(
        "input.X.GetType() == null",
        "test.json(5,38): W › R, expression column 1: calling 'input.X.GetType' is not allowed: the only functions "
            + "are Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    [InlineData(
        "Environment.Exit(1)",
        "test.json(5,38): W › R, expression column 1: calling 'Environment.Exit' is not allowed: the only functions "
            + "are Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    [InlineData(
        "System.Environment.ProcessorCount > 1",
        "test.json(5,38): W › R, expression column 1: member access 'System.Environment.ProcessorCount' is not "
            + "allowed: only input.Name reads a value, and types and their members cannot be reached"
    )]
    [InlineData(
        "input.T.Length > 1",
        "test.json(5,38): W › R, expression column 1: member access 'input.T.Length' is not allowed: only input.Name "
            + "reads a value, and types and their members cannot be reached"
    )]
    [InlineData(
        "string.Empty == input.T",
        "test.json(5,38): W › R, expression column 1: member access 'string.Empty' is not allowed: only input.Name "
            + "reads a value, and types and their members cannot be reached"
    )]
    [InlineData(
        "Int32 > 1",
        "test.json(5,38): W › R, expression column 1: 'Int32' names a type; type names are not allowed"
    )]
    [InlineData(
        "x => true",
        "test.json(5,38): W › R, expression column 3: '=>' is not a comparison (it starts a "
            + "lambda, which is not allowed); write '>='"
    )]
    [InlineData(
        "Math.Max((x) => x, 1) > 0",
        "test.json(5,38): W › R, expression column 14: lambdas ('=>') are not allowed"
    )]
    [InlineData(
        "input.X => 1",
        "test.json(5,38): W › R, expression column 9: '=>' is not a comparison (it starts a "
            + "lambda, which is not allowed); write '>='"
    )]
    [InlineData("input.X =< 1", "test.json(5,38): W › R, expression column 9: '=<' is not a comparison; write '<='")]
    [InlineData(
        "input.X ≥ 1",
        "test.json(5,38): W › R, expression column 9: '≥' is not an operator of expressions; write '>='"
    )]
    [InlineData(
        "input.X ≤ 1",
        "test.json(5,38): W › R, expression column 9: '≤' is not an operator of expressions; write '<='"
    )]
    [InlineData(
        "input.X ≠ 1",
        "test.json(5,38): W › R, expression column 9: '≠' is not an operator of expressions; write '!='"
    )]
    [InlineData(
        "input.X > 1 AND input.X < 5",
        "test.json(5,38): W › R, expression column 13: 'AND' is not a word of expressions; write 'and' or '&&'"
    )]
    [InlineData(
        "input.X > 1 Or input.X < 5",
        "test.json(5,38): W › R, expression column 13: 'Or' is not a word of expressions; write 'or' or '||'"
    )]
    [InlineData(
        "NOT (input.X > 1)",
        "test.json(5,38): W › R, expression column 1: 'NOT' is not a word of expressions; write 'not' or '!'"
    )]
    [InlineData(
        "input.X = 1",
        "test.json(5,38): W › R, expression column 9: assignment ('=') is not allowed; write '==' to compare"
    )]
    [InlineData(
        "input.X > 1 &&",
        "test.json(5,38): W › R, expression column 15: expected a value, found the end of the expression"
    )]
    [InlineData(
        "input.X >= 80%",
        "test.json(5,38): W › R, expression column 14: '%' after a number is the remainder operator, not a percent "
            + "sign: a percentage is written as its number (write 80)"
    )]
    [InlineData(
        "input.X >= 80% && input.X < 90",
        "test.json(5,38): W › R, expression column 14: '%' after a number is the remainder operator, not a percent "
            + "sign: a percentage is written as its number (write 80)"
    )]
    [InlineData(
        "input.X >= 80,5",
        "test.json(5,38): W › R, expression column 14: a decimal is written with a point in an expression: write 80.5"
    )]
    [InlineData(
        "(input.X >= 80,5)",
        "test.json(5,38): W › R, expression column 15: a decimal is written with a point in an expression: write 80.5"
    )]
    [InlineData(
        "(input.X > 1",
        "test.json(5,38): W › R, expression column 13: expected ')', found the end of the expression"
    )]
    [InlineData(
        "input.X > 1 input.X",
        "test.json(5,38): W › R, expression column 13: unexpected 'input'; expected an "
            + "operator or the end of the expression"
    )]
    [InlineData(
        "input.X > 1 && input.X in (1, 2)",
        "test.json(5,38): W › R, expression column 24: 'in' after '&&' or 'and' must be in parentheses, as in a && "
            + "(x in (1, 2)): System.Linq.Dynamic.Core reads the right side of '&&' without 'in'"
    )]
    [InlineData(
        "input.T == 'a'",
        "test.json(5,38): W › R, expression column 12: text goes in double quotes (\"...\"); single quotes are "
            + "character literals in System.Linq.Dynamic.Core"
    )]
    [InlineData(
        "input.X > 1e6",
        "test.json(5,38): W › R, expression column 12: exponents are not supported; write "
            + "the number in full (1500000.0, not 1.5e6)"
    )]
    [InlineData(
        "input.X > 5m",
        "test.json(5,38): W › R, expression column 12: number suffix 'm' is not supported; write 5 for a whole "
            + "number or 5.0 for a real one"
    )]
    [InlineData(
        "input.X > 3000000000",
        "test.json(5,38): W › R, expression column 11: whole number 3000000000 is outside the 32-bit range; write it "
            + "as a real number (3000000000.0)"
    )]
    [InlineData(
        "input.X > .5",
        "test.json(5,38): W › R, expression column 11: a number needs a digit before its point: write 0.5, not .5"
    )]
    [InlineData(
        "input.X & 1",
        "test.json(5,38): W › R, expression column 9: bitwise operator '&' is not supported; "
            + "write '&&' or '||' for logic"
    )]
    [InlineData("input.X <> 1", "test.json(5,38): W › R, expression column 9: '<>' is not supported; write '!='")]
    [InlineData("input[0] > 1", "test.json(5,38): W › R, expression column 6: indexing ('[...]') is not allowed")]
    [InlineData(
        "Math.Pow(input.X, 2) > 1",
        "test.json(5,38): W › R, expression column 1: calling 'Math.Pow' is not allowed: the only functions are "
            + "Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    [InlineData(
        "Math.Round(input.X, input.X) > 1",
        "test.json(5,38): W › R, expression column 21: Math.Round's digits must be a whole "
            + "number from 0 to 15 written as a literal"
    )]
    [InlineData(
        "Math.Min(input.X) > 1",
        "test.json(5,38): W › R, expression column 1: Math.Min takes 2 arguments, not 1"
    )]
    [InlineData(
        "iif(input.X > 1, 1) > 1",
        "test.json(5,38): W › R, expression column 1: iif takes 3 arguments (condition, "
            + "value if true, value if false), not 2"
    )]
    [InlineData(
        "iif(input.X, 1, 2) > 1",
        "test.json(5,38): W › R, expression column 5: the condition of '?:' or iif needs a boolean, not a number"
    )]
    [InlineData(
        "(input.X > 1 ? 1 : \"a\") == 1",
        "test.json(5,38): W › R, expression column 14: the branches of '?:' or iif cannot "
            + "combine a whole number with text"
    )]
    [InlineData(
        "input.X in (1, \"a\")",
        "test.json(5,38): W › R, expression column 16: 'in' cannot combine a number with text"
    )]
    [InlineData("!input.X", "test.json(5,38): W › R, expression column 2: '!' (not) needs a boolean, not a number")]
    [InlineData("-input.T == null", "test.json(5,38): W › R, expression column 2: - needs numbers, not text")]
    [InlineData(
        "null == null",
        "test.json(5,38): W › R, expression column 6: '==' between two nulls says nothing; compare a value with null"
    )]
    [InlineData(
        "input == null",
        "test.json(5,38): W › R, expression column 1: 'input' alone is not a value; read an input as input.Name"
    )]
    [InlineData(
        "it.X > 1",
        "test.json(5,38): W › R, expression column 1: 'it' is not allowed: read inputs as input.Name"
    )]
    [InlineData(
        "input.X > 1; true",
        "test.json(5,38): W › R, expression column 12: ';' is not allowed: an expression is a "
            + "single formula, not statements"
    )]
    [InlineData(
        "input.T == \"a\\qb\"",
        "test.json(5,38): W › R, expression column 14: unknown escape '\\q' in text; use \\\", \\\\, \\n, \\t or \\r"
    )]
    [InlineData(
        "input.T == \"abc",
        "test.json(5,38): W › R, expression column 12: text is not closed: a '\"' is missing"
    )]
    [InlineData("input.X > 1\u0000", "test.json(5,38): W › R, expression column 12: unexpected character U+0000")]
    [InlineData("\u0456nput.X > 1", "test.json(5,38): W › R, expression column 1: unexpected character 'і' (U+0456)")]
    [InlineData("input.X > 1\u200B", "test.json(5,38): W › R, expression column 12: unexpected character U+200B")]
    [InlineData(
        "input.X > 12345678901234567890123456789",
        "test.json(5,38): W › R, expression column 11: whole number 1234…789 (29 digits) is outside the 32-bit "
            + "range; write it as a real number (1234…789 (29 digits).0)"
    )]
    public void Load_BadExpression_ReportsPositionAndExpectation(string expression, string expected) =>
        Assert.Equal(expected, LoadError(WithExpression(expression)));

    [Theory]
    [InlineData("{ \"Expression\": \"input.X > 1\" }", "test.json(5,5): W › #1: the rule has no RuleName")]
    [InlineData(
        "{ \"RuleName\": \"R\" }",
        "test.json(5,5): W › R: the rule has neither an Expression nor an Operator with child Rules"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"\" }",
        "test.json(5,38): W › R: the rule has neither an Expression nor an Operator with child Rules"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"input.X > 1\" }, { \"RuleName\": \"R\", \"Expression\": \"input.X "
            + "> 2\" }",
        "test.json(5,55): W › R: another rule under W is already named 'R'"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Operator\": \"Xor\", \"Rules\": [ { \"RuleName\": \"A\", \"Expression\": \"true\" "
            + "} ] }",
        "test.json(5,36): W › R: unknown Operator 'Xor'; expected And, AndAlso, Or or OrElse"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Operator\": \"And\" }",
        "test.json(5,5): W › R: the rule has Operator And but no child Rules"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Rules\": [ { \"RuleName\": \"A\", \"Expression\": \"true\" } ] }",
        "test.json(5,5): W › R: the rule has child Rules but no Operator (And, AndAlso, Or or OrElse) to combine them"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Operator\": \"And\", \"Expression\": \"true\", \"Rules\": [ { \"RuleName\": \"A\", "
            + "\"Expression\": \"true\" } ] }",
        "test.json(5,57): W › R: a rule with an Operator combines its child Rules and RulesEngine ignores its "
            + "Expression; remove one of them"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Operator\": \"Or\", \"Rules\": [ { \"RuleName\": \"A\", \"Expression\": \"true\", "
            + "\"Enabled\": false } ] }",
        "test.json(5,5): W › R: every child rule is disabled, so the rule has nothing to combine"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expresion\": \"true\" }",
        "test.json: 2 problems:\n  test.json(5,5): W › R: the rule has neither an Expression nor an Operator with "
            + "child Rules\n  test.json(5,24): W › R: unknown field 'Expresion' in a rule; "
            + "expected RuleName, Expression, "
            + "RuleExpressionType, Operator, Rules, LocalParams, SuccessEvent, ErrorMessage, "
            + "Enabled, Properties; did you mean 'Expression'?"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"Actions\": {} }",
        "test.json(5,46): W › R: Actions is a RulesEngine feature this engine does not support"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"RuleExpressionType\": \"Other\" }",
        "test.json(5,68): W › R: RuleExpressionType 'Other' is not supported; only LambdaExpression is"
    )]
    [InlineData(
        "{ \"RuleName\": 7, \"Expression\": \"true\" }",
        "test.json(5,19): W: RuleName must be text, not the number 7"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"Enabled\": \"no\" }",
        "test.json(5,57): W › R: Enabled must be true or false, not the text \"no\""
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": [] }",
        "test.json(5,60): W › R: Properties must be a JSON object, not an array"
    )]
    [InlineData(
        "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"RuleName\": \"S\" }",
        "test.json(5,56): malformed JSON: property with the name 'RuleName' already exists in the current JSON object"
    )]
    [InlineData("\"R\"", "test.json(5,5): W › #1: a rule must be a JSON object, not the text \"R\"")]
    public void Load_BadRule_ReportsRulePathAndPosition(string rules, string expected) =>
        Assert.Equal(expected.ReplaceLineEndings(), LoadError(Wrap(rules)));

    [Theory]
    [InlineData(
        "{ \"WorkflowName\": \"W\", ",
        "test.json(1,23): malformed JSON: unexpected end of content while loading JObject"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\" \"Rules\": [] }",
        "test.json(1,22): malformed JSON: after parsing a value an unexpected character was encountered: \""
    )]
    [InlineData("", "test.json(1,1): the file is empty; it needs a workflow object or an array of workflows")]
    [InlineData("[]", "test.json(1,1): the file holds an empty array; it needs at least one workflow")]
    [InlineData("42", "test.json(1,1): a workflow must be a JSON object, not the number 42")]
    [InlineData(
        "{ \"Description\": \"communes of 2024\", \"Communes\": [ { \"CommuneId\": \"X1\" } ] }",
        "test.json(1,1): this is not a workflow: none of its fields (Description, Communes) is one of a workflow's "
            + "(WorkflowName, GlobalParams, Rules, RuleExpressionType, Inputs, InputsFile, Properties): is the file a "
            + "rule file?"
    )]
    [InlineData("{ \"WorkflowName\": \"W\", \"Rules\": [] }", "test.json(1,33): W: the workflow has no Rules")]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": {} }",
        "test.json(1,33): W: Rules must be an array, not an object"
    )]
    [InlineData(
        "{ \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }",
        "test.json(1,1): <workflow>: the workflow has no WorkflowName"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"WorkflowsToInject\": [\"V\"], \"Rules\": [ { \"RuleName\": \"R\", "
            + "\"Expression\": \"true\" } ] }",
        "test.json(1,24): W: WorkflowsToInject is a RulesEngine feature this engine does not support"
    )]
    [InlineData(
        "[ { \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }, { "
            + "\"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] } ]",
        "test.json(1,84): W: another workflow in the file is already named 'W'"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": { "
            + "\"Limit\": 1e400 } } ] }",
        "test.json(1,101): the number is too large to hold (it reads as infinity)"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": { "
            + "\"Limit\": undefined } } ] }",
        "test.json(1,101): undefined is not a JSON value; write null"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": { "
            + "\"Limit\": NaN } } ] }",
        "test.json(1,101): NaN is not a JSON number; leave the value out or write null"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": { "
            + "\"Limit\": new Date(1) } } ] }",
        "test.json(1,109): 'new Date(...)' is not a JSON value"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\\udc00\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }",
        "test.json(1,19): the text holds U+FFFD, the mark of a character lost before this file was read (an unpaired "
            + "\\uD800-\\uDFFF escape, or text decoded from another encoding); write the character itself"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"InputsFile\": \"/dev/stdin\", \"Rules\": [ { \"RuleName\": \"R\", "
            + "\"Expression\": \"true\" } ] }",
        "test.json(1,38): W: InputsFile '/dev/stdin' must name a .json file of input "
            + "declarations, such as ../../inputs.json"
    )]
    [InlineData(
        "{ \"WorkflowName\": \"W\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] } x",
        "test.json(1,80): malformed JSON: additional text encountered after finished reading JSON content: x"
    )]
    public void Load_BadFile_ReportsPosition(string json, string expected) =>
        Assert.Equal(expected.ReplaceLineEndings(), LoadError(json));

    [Theory]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"decimal\" }",
        "test.json(3,38): W: input 'X' has unknown Type 'decimal'; expected number, integer, boolean, text or enum"
    )]
    [InlineData("{ \"Name\": \"X\" }", "test.json(3,15): W: input 'X' has no Type")]
    [InlineData("{ \"Type\": \"number\" }", "test.json(3,15): W: an input declaration has no Name")]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\" }, { \"Name\": \"X\", \"Type\": \"integer\" }",
        "test.json(3,50): W: input 'X' is declared twice"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\", \"Minimum\": 10, \"Maximum\": 1 }",
        "test.json(3,15): W: input 'X' has its minimum (Minimum) 10 above its maximum (Maximum) 1"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\", \"Minimum\": \"0\" }",
        "test.json(3,59): W: Minimum must be a finite number, not the text \"0\""
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"text\", \"Maximum\": 1 }",
        "test.json(3,15): W: input 'X' is not a number, so it cannot have a minimum or maximum (Minimum, Maximum)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"enum\" }",
        "test.json(3,15): W: enumeration input 'X' lists no allowed values (Values)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"enum\", \"Values\": [\"a\", \"a\"] }",
        "test.json(3,15): W: enumeration input 'X' lists an allowed value (Values) twice"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\", \"Values\": [\"a\"] }",
        "test.json(3,15): W: input 'X' is not an enumeration, so it cannot list allowed values (Values)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\", \"ValueNames\": { \"a\": [\"A\"] } }",
        "test.json(3,15): W: input 'X' is neither an enumeration nor a whole number, so it cannot give its values "
            + "names (ValueNames)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"integer\", \"Minimum\": 0, \"Maximum\": 3, \"ValueNames\": { \"4\": [\"IV\"] } }",
        "test.json(3,15): W: input 'X' gives names (ValueNames) to '4', which is not one of its whole numbers (0 – 3)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"integer\", \"ValueNames\": { \"1\": [\"I\"], \"2\": [\"i\"] } }",
        "test.json(3,15): W: input 'X' names two values 'I': 1 and 2"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"enum\", \"Values\": [\"a\"], \"ValueNames\": { \"b\": [\"Bê\"] } }",
        "test.json(3,15): W: input 'X' gives names (ValueNames) to 'b', which is not one of its allowed values (a)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"enum\", \"Values\": [\"a\", \"b\"], \"ValueNames\": { \"a\": [\"Bắc\"], "
            + "\"b\": [\"bac\"] } }",
        "test.json(3,15): W: input 'X' names two values 'Bắc': a and b"
    )]
    [InlineData(
        "{ \"Name\": \"Income per capita\", \"Type\": \"number\" }",
        "test.json(3,15): W: input name 'Income per capita' is not usable as input.Name: use ASCII letters, digits "
            + "and '_', starting with a letter, and not a word expressions give a meaning of their own (and, or, not, "
            + "in, true, false, null, new, Math, …)"
    )]
    [InlineData(
        "{ \"Name\": \"X\", \"Type\": \"number\", \"Label\": \"x\" }",
        "test.json(3,48): W: unknown field 'Label' in an input; expected Name, Type, Unit, Minimum, Maximum, Values, "
            + "ValueNames, Labels, Properties; did you mean 'Labels'?"
    )]
    public void Load_BadInputDeclaration_ReportsIt(string inputs, string expected)
    {
        var json =
            "{\n  \"WorkflowName\": \"W\",\n  \"Inputs\": [ "
            + inputs
            + " ],\n  \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ]\n}";
        Assert.Equal(expected, LoadError(json));
    }

    [Theory]
    [InlineData("PavedRoadRate", true)]
    [InlineData("Green_hedge_rate", true)]
    [InlineData("_x", true)]
    [InlineData("class", true)]
    [InlineData("Income per capita", false)]
    [InlineData("Tỷlệ", false)]
    [InlineData("2x", false)]
    [InlineData("and", false)]
    [InlineData("AND", false)]
    [InlineData("Math", false)]
    [InlineData("input", false)]
    public void Problems_OfAName_AreWhatTheLoaderRefuses(string name, bool usable)
    {
        var json =
            $"{{ \"WorkflowName\": \"W\", \"Inputs\": [ {{ \"Name\": \"{name}\", \"Type\": \"number\" }} ], "
            + "\"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }";

        var loaded = Record.Exception(() => RuleFile.Parse(json, "test.json"));

        Assert.Equal(usable, new InputDeclaration(name, InputType.Number).Problems().IsEmpty);
        Assert.Equal(usable, loaded is null);
    }

    [Fact]
    public void Problems_SayTheFieldOfTheDeclarationEachIsIn()
    {
        static string[] Fields(InputDeclaration input) => [.. input.Problems().Select(p => p.Field)];
        var valueNames = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("b", ["Bê"]);

        Assert.Empty(Fields(new InputDeclaration("X", InputType.Number) { Minimum = 0, Maximum = 100 }));
        Assert.Equal(["Name"], Fields(new InputDeclaration("Thu nhập", InputType.Number)));
        Assert.Equal(["Maximum"], Fields(new InputDeclaration("X", InputType.Text) { Maximum = 1 }));
        Assert.Equal(["Minimum"], Fields(new InputDeclaration("X", InputType.Number) { Minimum = 2, Maximum = 1 }));
        Assert.Equal(["Values"], Fields(new InputDeclaration("X", InputType.Number) { AllowedValues = ["a"] }));
        Assert.Equal(["Values"], Fields(new InputDeclaration("X", InputType.Enumeration)));
        Assert.Equal(
            ["ValueNames"],
            Fields(new InputDeclaration("X", InputType.Enumeration) { AllowedValues = ["a"], ValueNames = valueNames })
        );
    }

    [Fact]
    public void Detail_IsTheMessageAfterItsExpressionColumn_WithoutFileOrRulePath()
    {
        var error = Error("input.X >= ");

        Assert.Equal("expression column 12: expected a value, found the end of the expression", error.Detail("en"));
        Assert.Equal("cột 12 của biểu thức: cần một giá trị, nhưng gặp hết biểu thức", error.Detail("vi"));
        Assert.EndsWith("Test › R, " + error.Detail("en"), error.ToString(), StringComparison.Ordinal);
        var unreadable = RuleFileError.Unreadable("a.json", "locked");
        Assert.Equal(unreadable.Text.English, unreadable.Detail("en"));
    }

    [Fact]
    public void Exception_ProblemsFoundInDifferentPhases_AreListedFileByFileInLineOrder()
    {
        // Layers find problems phase by phase (the engine's, then the sets'); an author reads each file top down.
        static RuleFileError At(string file, int line, int column) =>
            new(RuleFileErrorKind.InvalidValue, new RuleMessage("x", "x"), file, [], new SourcePosition(line, column));

        var exception = new RuleFileException([
            At("b.json", 9, 1),
            At("a.json", 7, 2),
            At("b.json", 2, 5),
            At("a.json", 7, 1),
            At("b.json", 2, 3),
        ]);

        Assert.Equal(
            [("b.json", 2, 3), ("b.json", 2, 5), ("b.json", 9, 1), ("a.json", 7, 1), ("a.json", 7, 2)],
            exception.Errors.Select(e => (e.File, e.Position.Line, e.Position.Column))
        );
    }

    [Fact]
    public void Load_EnumComparedWithUndeclaredValue_SuggestsAllowedOne()
    {
        var json =
            "{ \"WorkflowName\": \"W\", \"Inputs\": [ { \"Name\": \"Region\", \"Type\": \"enum\", \"Values\": "
            + "[\"Mountain\", \"Delta\"] } ],\n"
            + "  \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"input.Region == \\\"Moutain\\\"\" } ] }";
        Assert.Equal(
            "test.json(2,47): W › R, expression column 17: \"Moutain\" is not an allowed value of input.Region "
                + "(Mountain, Delta); did you mean 'Mountain'?",
            LoadError(json)
        );
    }

    [Theory]
    [InlineData(
        "{ \"Name\": \"true\", \"Expression\": \"1\" }",
        "test.json(3,21): W: GlobalParams name 'true' is not usable in expressions: use letters, digits and '_', "
            + "starting with a letter, and no reserved word"
    )]
    [InlineData(
        "{ \"Name\": \"Math\", \"Expression\": \"1\" }",
        "test.json(3,21): W: GlobalParams name 'Math' is not usable in expressions: use letters, digits and '_', "
            + "starting with a letter, and no reserved word"
    )]
    [InlineData(
        "{ \"Name\": \"a\", \"Expression\": \"1\" }, { \"Name\": \"a\", \"Expression\": \"2\" }",
        "test.json(3,57): W: param 'a' is already defined in this scope"
    )]
    [InlineData(
        "{ \"Name\": \"a\", \"Expression\": \"b + 1\" }, { \"Name\": \"b\", \"Expression\": \"2\" }",
        "test.json(3,50): W, expression column 1: unknown name 'b' (no params are in scope)"
    )]
    [InlineData(
        "{ \"Name\": \"a\", \"Expression\": \"null\" }",
        "test.json(3,50): W: param 'a' is null; give it a value"
    )]
    [InlineData("{ \"Expression\": \"1\" }", "test.json(3,21): W: an entry of GlobalParams has no Name")]
    [InlineData(
        "{ \"Name\": \"a\", \"Expression\": \"System.IO.File.Exists(\\\"x\\\")\" }, { \"Name\": \"b\", "
            + "\"Expression\": \"a && true\" }",
        "test.json(3,50): W, expression column 1: calling 'System.IO.File.Exists' is not allowed: the only functions "
            + "are Math.Min, Math.Max, Math.Abs, Math.Round and iif"
    )]
    public void Load_BadGlobalParam_ReportsIt(string globals, string expected)
    {
        var json =
            "{\n  \"WorkflowName\": \"W\",\n  \"GlobalParams\": [ "
            + globals
            + " ],\n  \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ]\n}";
        Assert.Equal(expected, LoadError(json));
    }

    [Fact]
    public void Load_LocalParamShadowingGlobal_IsDuplicate()
    {
        var json =
            "{ \"WorkflowName\": \"W\", \"GlobalParams\": [ { \"Name\": \"a\", \"Expression\": \"1\" } ],\n"
            + "  \"Rules\": [ { \"RuleName\": \"R\", \"LocalParams\": [ { \"Name\": \"a\", \"Expression\": \"2\" } "
            + "], \"Expression\": \"a > 0\" } ] }";
        Assert.Equal("test.json(2,50): W › R: param 'a' is already defined in this scope", LoadError(json));
    }

    [Fact]
    public void Load_BrokenLocalParam_IsReportedOnceInItsScopeAndItsNameStaysUnknownElsewhere()
    {
        var rules =
            "{ \"RuleName\": \"A\", \"LocalParams\": [ { \"Name\": \"p\", \"Expression\": \"input.Nothing\" } ], "
            + "\"Expression\": \"p > 1\" },\n    "
            + "{ \"RuleName\": \"B\", \"Expression\": \"p > 1\" }";

        var exception = Assert.Throws<RuleFileException>(() => RuleFile.Parse(Wrap(rules), "test.json"));

        Assert.Equal(
            [
                "test.json(5,70): W › A, expression column 7: unknown input 'input.Nothing': it "
                    + "is not declared in the workflow's Inputs",
                "test.json(6,38): W › B, expression column 1: unknown name 'p' (no params are in scope)",
            ],
            exception.Errors.Select(e => e.ToString())
        );
    }

    [Fact]
    public void Load_ParamOfSiblingRule_IsNotInScope()
    {
        var json =
            "{ \"WorkflowName\": \"W\", \"Rules\": [\n"
            + "  { \"RuleName\": \"A\", \"LocalParams\": [ { \"Name\": \"a\", \"Expression\": \"1\" } ], "
            + "\"Expression\": \"a > 0\" },\n"
            + "  { \"RuleName\": \"B\", \"Expression\": \"a > 0\" } ] }";
        Assert.Equal(
            "test.json(3,36): W › B, expression column 1: unknown name 'a' (no params are in scope)",
            LoadError(json)
        );
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllInFileOrder()
    {
        var json = Wrap(
            "{ \"RuleName\": \"A\", \"Expression\": \"input.Y > 1\" },\n"
                + "    { \"RuleName\": \"B\", \"Expression\": \"input.X > \\\"1\\\"\" },\n"
                + "    { \"RuleName\": \"C\", \"Operator\": \"Nand\", \"Rules\": [ { \"RuleName\": \"D\", "
                + "\"Expression\": \"true\" } ] }"
        );

        var exception = Assert.Throws<RuleFileException>(() => RuleFile.Parse(json, "test.json"));

        Assert.Equal(
            [RuleFileErrorKind.UnknownName, RuleFileErrorKind.TypeMismatch, RuleFileErrorKind.InvalidValue],
            exception.Errors.Select(e => e.Kind)
        );
        Assert.Equal(
            """
            test.json: 3 problems:
              test.json(5,38): W › A, expression column 7: unknown input 'input.Y': it is not declared in the workflow's Inputs; did you mean 'T'?
              test.json(6,38): W › B, expression column 11: '>' needs numbers, not text (it is given text and a number); write the number without quotes: 1
              test.json(7,36): W › C: unknown Operator 'Nand'; expected And, AndAlso, Or or OrElse
            """.ReplaceLineEndings(),
            exception.Message
        );
        Assert.Equal(new SourcePosition(6, 38), exception.Errors[1].Position);
        Assert.Equal(11, exception.Errors[1].ExpressionColumn);
        Assert.Equal(["W", "B"], exception.Errors[1].RulePath.AsEnumerable());
        Assert.Equal("test.json", exception.Errors[1].File);
    }

    [Fact]
    public void Load_RulesNestedDeeperThanLimit_IsLimitError()
    {
        var rule = "{ \"RuleName\": \"L4\", \"Expression\": \"true\" }";
        for (var level = 3; level >= 1; level--)
        {
            rule = "{ \"RuleName\": \"L" + level + "\", \"Operator\": \"And\", \"Rules\": [ " + rule + " ] }";
        }

        var options = new RuleLoadOptions { MaxRuleDepth = 3 };

        Assert.Equal(
            "test.json(5,155): W › L1 › L2 › L3 › L4: rules nest deeper than 3 levels",
            LoadError(Wrap(rule), options)
        );
        Assert.Single(RuleFile.Parse(Wrap(rule), "test.json", options with { MaxRuleDepth = 4 }).Workflows);
    }

    [Fact]
    public void Load_DefaultRuleDepthLimit_IsTwelve()
    {
        var rule = "{ \"RuleName\": \"L13\", \"Expression\": \"true\" }";
        for (var level = 12; level >= 1; level--)
        {
            rule = "{ \"RuleName\": \"L" + level + "\", \"Operator\": \"And\", \"Rules\": [ " + rule + " ] }";
        }

        Assert.EndsWith("L12 › L13: rules nest deeper than 12 levels", LoadError(Wrap(rule)), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TooManyRules_IsLimitError()
    {
        var rules = string.Join(
            ", ",
            Enumerable.Range(1, 4).Select(i => "{ \"RuleName\": \"R" + i + "\", \"Expression\": \"true\" }")
        );

        Assert.Equal(
            "test.json(5,137): W › R4: the workflow has more than 3 rules",
            LoadError(Wrap(rules), new RuleLoadOptions { MaxRules = 3 })
        );
    }

    [Fact]
    public void Load_ExpressionLongerThanLimit_IsLimitError()
    {
        var expression = string.Join(" && ", Enumerable.Repeat("input.X > 1", 400));

        Assert.Equal(
            $"test.json(5,38): W › R: the Expression is {expression.Length} characters long, over the limit of 4000",
            LoadError(WithExpression(expression))
        );
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    public void Load_ExpressionNestedDeeperThanLimit_IsLimitErrorNotStackOverflow(string open, string close)
    {
        var expression =
            string.Concat(Enumerable.Repeat(open, 1000)) + "1" + string.Concat(Enumerable.Repeat(close, 1000)) + " > 0";

        var message = LoadError(WithExpression(expression), new RuleLoadOptions { MaxExpressionLength = 10_000 });

        Assert.Contains(
            "the expression nests deeper than 64 operators and parentheses; split it with LocalParams",
            message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_LongFlatChain_IsLimitedByDepth()
    {
        var expression = string.Join(" + ", Enumerable.Repeat("1", 100)) + " > 0";

        Assert.Equal(
            "test.json(5,38): W › R, expression column 255: the expression nests deeper than 64 operators and "
                + "parentheses; split it with LocalParams",
            LoadError(WithExpression(expression))
        );
    }

    [Fact]
    public void Load_JsonNestedDeeperThanLimit_IsMalformedJson()
    {
        var json = Wrap(
            "{ \"RuleName\": \"R\", \"Expression\": \"true\", \"Properties\": { \"a\": "
                + string.Concat(Enumerable.Repeat("[", 100))
                + string.Concat(Enumerable.Repeat("]", 100))
                + " } }"
        );

        Assert.Equal("test.json(5,127): the JSON nests deeper than 64 levels", LoadError(json));
    }

    [Fact]
    public void Load_FileOverSizeLimit_IsRefusedBeforeParsing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ntm-large-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(17 * 1024 * 1024);
            }

            var exception = Assert.Throws<RuleFileException>(() => RuleFile.Load(path));

            Assert.Equal($"{path}: the file is 17825792 bytes, over the limit of 16777216", exception.Message);
            Assert.Equal(RuleFileErrorKind.FileUnreadable, Assert.Single(exception.Errors).Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_StreamOverSizeLimit_StopsReading()
    {
        using var stream = new NonSeekableStream(new MemoryStream(new byte[2000]));

        var exception = Assert.Throws<RuleFileException>(() =>
            RuleFile.Load(stream, "big.json", new RuleLoadOptions { MaxFileBytes = 1000 })
        );

        Assert.Equal("big.json: the file is larger than the limit of 1000 bytes", exception.Message);
    }

    [Fact]
    public void Load_MissingFile_IsUnreadable()
    {
        var exception = Assert.Throws<RuleFileException>(() => RuleFile.Load("no-such-dir/missing.json"));

        Assert.StartsWith(
            "no-such-dir/missing.json: the file cannot be read: ",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_InvalidUtf8_NamesByteAndLine()
    {
        var bytes = Encoding
            .UTF8.GetBytes("{ \"WorkflowName\": \"W\",\n  \"Rules\": [ { \"RuleName\": \"X")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\", \"Expression\": \"true\" } ] }"))
            .ToArray();

        var exception = Assert.Throws<RuleFileException>(() => RuleFile.Load(new MemoryStream(bytes), "bad.json"));

        Assert.Equal(
            "bad.json(2,30): the file is not valid UTF-8 (bad byte 0xC3 at byte 52); save it as UTF-8",
            exception.Message
        );
        Assert.Equal(RuleFileErrorKind.InvalidEncoding, Assert.Single(exception.Errors).Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_Utf16_IsSaidToBeIt_NotBadUtf8(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("{ \"WorkflowName\": \"W\", \"Rules\": [] }"));

        var exception = Assert.Throws<RuleFileException>(() =>
            RuleFile.Load(new MemoryStream([.. bytes]), "notepad.json")
        );

        Assert.Equal(
            "notepad.json(1,1): the file is UTF-16 (it starts with a UTF-16 byte order mark; Notepad calls it "
                + "\"Unicode\"), not UTF-8; save it as UTF-8",
            exception.Message
        );
        Assert.Equal(RuleFileErrorKind.InvalidEncoding, Assert.Single(exception.Errors).Kind);
    }

    [Fact]
    public void Load_AWorkbookOrAnotherZipArchive_IsSaidToBeOne_NotBadText()
    {
        using var archive = new MemoryStream();
        using (
            var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Create, true)
        )
        {
            zip.CreateEntry("[Content_Types].xml");
        }

        archive.Position = 0;
        var exception = Assert.Throws<RuleFileException>(() => RuleFile.Load(archive, "tieu-chi.xlsx"));

        Assert.Equal(
            "tieu-chi.xlsx: the file is a zip archive (a workbook such as .xlsx?), not a JSON rule file",
            exception.Message
        );
    }

    [Fact]
    public void Load_Utf8WithBom_Loads()
    {
        var bytes = Encoding
            .UTF8.GetPreamble()
            .Concat(
                Encoding.UTF8.GetBytes(
                    "{ \"WorkflowName\": \"Xã\", \"Rules\": [ { \"RuleName\": \"Tiêu chí 1\", \"Expression\": "
                        + "\"true\" } ] }"
                )
            )
            .ToArray();

        var file = RuleFile.Load(new MemoryStream(bytes), "bom.json");

        Assert.Equal("Tiêu chí 1", file["Xã"].Rules[0].Name);
    }

    [Fact]
    public void Compile_WorkflowBuiltInCode_ReportsErrorsWithoutFile()
    {
        var workflow = new Workflow("Code", [], [new Rule("R") { Expression = "input.X > 1" }]);

        var exception = Assert.Throws<RuleFileException>(() => workflow.Compile());

        Assert.Equal(
            "<workflow>: Code › R, expression column 7: unknown input 'input.X': it is "
                + "not declared in the workflow's Inputs",
            exception.Message
        );
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
