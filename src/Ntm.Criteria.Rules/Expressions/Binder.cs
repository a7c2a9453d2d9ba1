using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// Turns <see cref="Syntax"/> into a typed <see cref="Bound"/> tree: resolves inputs and params, applies C#'s
/// numeric promotions as System.Linq.Dynamic.Core does, and refuses everything outside the language.
/// </summary>
internal sealed class Binder
{
    /// <summary>Names System.Linq.Dynamic.Core gives a meaning of its own; params may not take them.</summary>
    /// <remarks>Ignoring case, as Dynamic LINQ's keywords do.</remarks>
    internal static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "and", "or", "not", "in", "iif", "new", "it", "parent", "root", "np", "isnull", "mod",
        "typeof", "is", "as", "input", "Math", "Convert", "DateTime", "TimeSpan", "Guid", "Object", "String", "Boolean",
        "Char", "Byte", "Int16", "Int32", "Int64", "Single", "Double", "Decimal", "object", "string", "bool", "char",
        "byte", "short", "int", "long", "float", "double", "decimal", "sbyte", "ushort", "uint", "ulong",
    };

    private const string Functions = "Math.Min, Math.Max, Math.Abs, Math.Round and iif";

    private readonly InputSchema _inputs;
    private readonly IReadOnlyDictionary<string, ParamSymbol> _params;

    private Binder(InputSchema inputs, IReadOnlyDictionary<string, ParamSymbol> scope)
    {
        _inputs = inputs;
        _params = scope;
    }

    /// <summary>Binds one expression against the declared inputs and the params in scope.</summary>
    /// <exception cref="ExpressionSyntaxException">At the first problem.</exception>
    public static Bound Bind(Syntax syntax, InputSchema inputs, IReadOnlyDictionary<string, ParamSymbol> scope) =>
        new Binder(inputs, scope).BindNode(syntax);

    private Bound BindNode(Syntax syntax) => syntax switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        NameSyntax name => BindName(name),
        MemberSyntax member => BindMember(member),
        CallSyntax call => BindCall(call),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        ConditionalSyntax conditional => BindConditional(conditional.Position, conditional.Condition, conditional.WhenTrue, conditional.WhenFalse),
        InSyntax @in => BindIn(@in),
        _ => throw new InvalidOperationException($"Unexpected syntax {syntax.GetType().Name}."),
    };

    private static BoundLiteral BindLiteral(LiteralSyntax literal) => literal.Kind switch
    {
        LiteralKind.Integer => new BoundLiteral(ExprType.Integer, literal.Position, literal.Value),
        LiteralKind.Real => new BoundLiteral(ExprType.Number, literal.Position, literal.Value),
        LiteralKind.String => new BoundLiteral(ExprType.Text, literal.Position, literal.Value),
        LiteralKind.Boolean => new BoundLiteral(ExprType.Boolean, literal.Position, literal.Value),
        _ => new BoundLiteral(ExprType.Null, literal.Position, null),
    };

    private Bound BindName(NameSyntax name)
    {
        if (_params.TryGetValue(name.Name, out var param))
        {
            return new BoundParam(param.Type, name.Position, param);
        }

        if (name.Name == "input")
        {
            throw Error(RuleFileErrorKind.SyntaxError, name.Position, "'input' alone is not a value; read an input as input.Name");
        }

        if (Reserved.Contains(name.Name))
        {
            throw Error(RuleFileErrorKind.ForbiddenConstruct, name.Position, $"'{name.Name}' names a type; type names are not allowed");
        }

        var inScope = _params.Count == 0 ? "no params are in scope" : $"params in scope: {string.Join(", ", _params.Keys.Order(StringComparer.Ordinal))}";
        var hint = _inputs.IndexOf(name.Name) >= 0 ? $"; to read the input write input.{name.Name}" : string.Empty;
        throw Error(RuleFileErrorKind.UnknownName, name.Position, $"unknown name '{name.Name}' ({inScope}){hint}");
    }

    private BoundInput BindMember(MemberSyntax member)
    {
        if (member.Target is not NameSyntax { Name: "input" } || _params.ContainsKey("input"))
        {
            var path = Describe(member);
            throw Error(RuleFileErrorKind.ForbiddenConstruct, StartOf(member),
                path.StartsWith("Math.", StringComparison.Ordinal)
                    ? $"'{path}' is not a value; the functions are {Functions}"
                    : $"member access '{path}' is not allowed: only input.Name reads a value, and types and their members cannot be reached");
        }

        var index = _inputs.IndexOf(member.Member);
        if (index < 0)
        {
            var suggestion = Suggest(member.Member, _inputs.Declarations.Select(d => d.Name));
            throw Error(RuleFileErrorKind.UnknownName, member.Position,
                $"unknown input 'input.{member.Member}': it is not declared in the workflow's Inputs{suggestion}");
        }

        var declaration = _inputs.Declarations[index];
        var type = declaration.Type switch
        {
            InputType.Number => ExprType.Number,
            InputType.Integer => ExprType.Integer,
            InputType.Boolean => ExprType.Boolean,
            _ => ExprType.Text,
        };
        return new BoundInput(type, member.Target.Position, declaration, index, _inputs.Slots[index]);
    }

    private Bound BindCall(CallSyntax call)
    {
        var name = Describe(call.Target);
        switch (name)
        {
            case "iif":
                if (call.Arguments.Length != 3)
                {
                    throw Error(RuleFileErrorKind.SyntaxError, StartOf(call), $"iif takes 3 arguments (condition, value if true, value if false), not {call.Arguments.Length}");
                }

                return BindConditional(call.Position, call.Arguments[0], call.Arguments[1], call.Arguments[2]);
            case "Math.Min" or "Math.Max":
                {
                    RequireArguments(call, name, 2);
                    var (left, right, type) = Promote(call.Position, name, BindNumeric(call.Arguments[0], name), BindNumeric(call.Arguments[1], name));
                    return new BoundCall(type, call.Position, name == "Math.Min" ? MathFunction.Min : MathFunction.Max, [left, right], null);
                }

            case "Math.Abs":
                {
                    RequireArguments(call, name, 1);
                    var operand = BindNumeric(call.Arguments[0], name);
                    return new BoundCall(operand.Type, call.Position, MathFunction.Abs, [operand], null);
                }

            case "Math.Round":
                {
                    if (call.Arguments.Length is not (1 or 2))
                    {
                        throw Error(RuleFileErrorKind.SyntaxError, StartOf(call), $"Math.Round takes 1 or 2 arguments (value, digits), not {call.Arguments.Length}");
                    }

                    var value = ToNumber(BindNumeric(call.Arguments[0], name));
                    int? digits = null;
                    if (call.Arguments.Length == 2)
                    {
                        digits = call.Arguments[1] is LiteralSyntax { Kind: LiteralKind.Integer, Value: int d and >= 0 and <= 15 }
                            ? d
                            : throw Error(RuleFileErrorKind.TypeMismatch, StartOf(call.Arguments[1]), "Math.Round's digits must be a whole number from 0 to 15 written as a literal");
                    }

                    return new BoundCall(ExprType.Number, call.Position, MathFunction.Round, [value], digits);
                }

            default:
                throw Error(RuleFileErrorKind.ForbiddenConstruct, StartOf(call),
                    $"calling '{name}' is not allowed: the only functions are {Functions}");
        }
    }

    private Bound BindUnary(UnarySyntax unary)
    {
        var operand = BindNode(unary.Operand);
        if (unary.Operator == UnaryOperator.Negate)
        {
            RequireNumeric(operand, "-");
            return new BoundUnary(operand.Type, unary.Position, UnaryOperator.Negate, operand);
        }

        RequireType(operand, ExprType.Boolean, "'!' (not)");
        return new BoundUnary(ExprType.Boolean, unary.Position, UnaryOperator.Not, operand);
    }

    private Bound BindBinary(BinarySyntax binary)
    {
        var left = BindNode(binary.Left);
        var right = BindNode(binary.Right);
        var op = $"'{binary.OperatorText}'";
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                RequireType(left, ExprType.Boolean, op);
                RequireType(right, ExprType.Boolean, op);
                return new BoundBinary(ExprType.Boolean, binary.Position, binary.Operator, left, right);

            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                return BindEquality(binary.Position, binary.Operator, op, left, right);

            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                {
                    RequireNumeric(left, op, right);
                    RequireNumeric(right, op, left);
                    var (l, r, _) = Promote(binary.Position, op, left, right);
                    return new BoundBinary(ExprType.Boolean, binary.Position, binary.Operator, l, r);
                }

            default:
                {
                    RequireNumeric(left, op, right);
                    RequireNumeric(right, op, left);
                    if (binary.Operator is BinaryOperator.Divide or BinaryOperator.Modulo && right is BoundLiteral { Value: 0 or 0.0 })
                    {
                        throw Error(RuleFileErrorKind.DivisionByZero, binary.Position, $"{op} by a literal zero has no value");
                    }

                    var (l, r, type) = Promote(binary.Position, op, left, right);
                    return new BoundBinary(type, binary.Position, binary.Operator, l, r);
                }
        }
    }

    private static Bound BindEquality(int position, BinaryOperator op, string opText, Bound left, Bound right)
    {
        var isEqual = op == BinaryOperator.Equal;
        if (left.Type == ExprType.Null && right.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, position, $"{opText} between two nulls says nothing; compare a value with null");
        }

        if (right.Type == ExprType.Null)
        {
            return new BoundNullTest(position, left, isEqual);
        }

        if (left.Type == ExprType.Null)
        {
            return new BoundNullTest(position, right, isEqual);
        }

        CheckAllowedValue(left, right);
        CheckAllowedValue(right, left);
        var (l, r, _) = Promote(position, opText, left, right);
        return new BoundBinary(ExprType.Boolean, position, op, l, r);
    }

    private Bound BindConditional(int position, Syntax conditionSyntax, Syntax whenTrueSyntax, Syntax whenFalseSyntax)
    {
        var condition = BindNode(conditionSyntax);
        RequireType(condition, ExprType.Boolean, "the condition of '?:' or iif");
        var whenTrue = BindNode(whenTrueSyntax);
        var whenFalse = BindNode(whenFalseSyntax);
        if (whenTrue.Type == ExprType.Null || whenFalse.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, position, "a conditional cannot give null; both branches need a value of the same type");
        }

        var (t, f, type) = Promote(position, "the branches of '?:' or iif", whenTrue, whenFalse);
        return new BoundConditional(type, position, condition, t, f);
    }

    private BoundIn BindIn(InSyntax syntax)
    {
        var operand = BindNode(syntax.Operand);
        if (operand.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, syntax.Position, "null cannot be looked up with 'in'");
        }

        var anyReal = operand.Type == ExprType.Number;
        var items = ImmutableArray.CreateBuilder<Bound>(syntax.Items.Length);
        foreach (var itemSyntax in syntax.Items)
        {
            var item = BindNode(itemSyntax);
            if (item.Type == ExprType.Null)
            {
                throw Error(RuleFileErrorKind.TypeMismatch, item.Position, "'in' lists cannot hold null; test for a missing value with '== null'");
            }

            CheckAllowedValue(operand, item);
            Promote(item.Position, "'in'", operand, item);
            anyReal |= item.Type == ExprType.Number;
            items.Add(item);
        }

        // One comparison type for the whole list, as C# would promote each 'x == item'.
        return anyReal
            ? new BoundIn(syntax.Position, ToNumber(operand), items.Select(ToNumber).ToImmutableArray())
            : new BoundIn(syntax.Position, operand, items.MoveToImmutable());
    }

    private static (Bound Left, Bound Right, ExprType Type) Promote(int position, string what, Bound left, Bound right)
    {
        if (left.Type == right.Type)
        {
            return (left, right, left.Type);
        }

        if (IsNumeric(left.Type) && IsNumeric(right.Type))
        {
            return (ToNumber(left), ToNumber(right), ExprType.Number);
        }

        throw Error(RuleFileErrorKind.TypeMismatch, position, $"{what} cannot combine {Name(left.Type)} with {Name(right.Type)}");
    }

    private static Bound ToNumber(Bound node) => node.Type == ExprType.Integer
        ? node is BoundLiteral { Value: int value } ? new BoundLiteral(ExprType.Number, node.Position, (double)value) : new BoundToNumber(node.Position, node)
        : node;

    private Bound BindNumeric(Syntax syntax, string function)
    {
        var node = BindNode(syntax);
        RequireNumeric(node, function);
        return node;
    }

    private static void CheckAllowedValue(Bound input, Bound other)
    {
        if (input is BoundInput { Declaration: { Type: InputType.Enumeration } declaration }
            && other is BoundLiteral { Value: string text }
            && !declaration.AllowedValues.Contains(text, StringComparer.Ordinal))
        {
            var suggestion = Suggest(text, declaration.AllowedValues);
            throw Error(RuleFileErrorKind.InvalidValue, other.Position,
                $"\"{text}\" is not an allowed value of input.{declaration.Name} ({string.Join(", ", declaration.AllowedValues)}){suggestion}");
        }
    }

    private static void RequireArguments(CallSyntax call, string name, int count)
    {
        if (call.Arguments.Length != count)
        {
            throw Error(RuleFileErrorKind.SyntaxError, StartOf(call), $"{name} takes {count} argument{(count == 1 ? string.Empty : "s")}, not {call.Arguments.Length}");
        }
    }

    private static void RequireNumeric(Bound node, string what, Bound? other = null)
    {
        if (!IsNumeric(node.Type))
        {
            var with = other is null ? string.Empty : $" (it is given {Name(node.Type)} and {Name(other.Type)})";
            throw Error(RuleFileErrorKind.TypeMismatch, node.Position, $"{what} needs numbers, not {Name(node.Type)}{with}");
        }
    }

    private static void RequireType(Bound node, ExprType type, string what)
    {
        if (node.Type != type)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, node.Position, $"{what} needs {Name(type)}, not {Name(node.Type)}");
        }
    }

    private static bool IsNumeric(ExprType type) => type is ExprType.Number or ExprType.Integer;

    internal static string Name(ExprType type) => type switch
    {
        ExprType.Number => "a number",
        ExprType.Integer => "a whole number",
        ExprType.Boolean => "a boolean",
        ExprType.Text => "text",
        _ => "null",
    };

    /// <summary>Where a member chain or call begins: errors point at 'System' in System.IO.File.Delete(...).</summary>
    private static int StartOf(Syntax syntax) => syntax switch
    {
        MemberSyntax member => StartOf(member.Target),
        CallSyntax call => StartOf(call.Target),
        BinarySyntax binary => StartOf(binary.Left),
        InSyntax @in => StartOf(@in.Operand),
        ConditionalSyntax conditional => StartOf(conditional.Condition),
        _ => syntax.Position,
    };

    private static string Describe(Syntax syntax) => syntax switch
    {
        NameSyntax name => name.Name,
        MemberSyntax member => $"{Describe(member.Target)}.{member.Member}",
        CallSyntax call => $"{Describe(call.Target)}(...)",
        LiteralSyntax { Kind: LiteralKind.String } literal => $"\"{literal.Value}\"",
        LiteralSyntax literal => Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        _ => "(...)",
    };

    /// <summary>"; did you mean 'X'?" for the closest candidate within a small edit distance, or nothing.</summary>
    internal static string Suggest(string name, IEnumerable<string> candidates) =>
        Spelling.Closest(name, candidates, count: 1, StringComparer.Ordinal, ignoreCase: true, maxDistance: Math.Max(2, name.Length / 3)) is [var best]
            ? $"; did you mean '{best}'?"
            : string.Empty;

    private static ExpressionSyntaxException Error(RuleFileErrorKind kind, int position, string message) =>
        new(new ExpressionError(kind, position, message));
}
