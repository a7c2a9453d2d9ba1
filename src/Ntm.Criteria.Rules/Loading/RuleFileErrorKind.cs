namespace Ntm.Criteria.Rules;

/// <summary>What is wrong in a rule file; each <see cref="RuleFileError"/> has one.</summary>
public enum RuleFileErrorKind
{
    /// <summary>The file cannot be read, or it is larger than <see cref="RuleLoadOptions.MaxFileBytes"/>.</summary>
    FileUnreadable,

    /// <summary>The file is not valid UTF-8.</summary>
    InvalidEncoding,

    /// <summary>The file is not well-formed JSON, or nests deeper than the JSON depth limit.</summary>
    MalformedJson,

    /// <summary>A JSON value has the wrong kind (an object where an array belongs, a number for a name).</summary>
    WrongJsonType,

    /// <summary>A field that RulesEngine and this engine do not know, or one this engine does not support.</summary>
    UnknownField,

    /// <summary>
    /// A required field (<c>WorkflowName</c>, <c>RuleName</c>, <c>Expression</c>, <c>Name</c>) is missing or empty.
    /// </summary>
    MissingField,

    /// <summary>Two siblings share a name: rules under one parent, workflows, params in scope, inputs.</summary>
    DuplicateName,

    /// <summary>
    /// A field has a value outside its allowed set (an unknown <c>Operator</c>, input type, expression type).
    /// </summary>
    InvalidValue,

    /// <summary>
    /// Rules nest deeper than <see cref="RuleLoadOptions.MaxRuleDepth"/>, or there are too many rules.
    /// </summary>
    LimitExceeded,

    /// <summary>An expression is not valid syntax of the expression language.</summary>
    SyntaxError,

    /// <summary>
    /// An expression uses a construct the language forbids: other method calls, types, <c>new</c>, assignment.
    /// </summary>
    ForbiddenConstruct,

    /// <summary>An expression reads an input that is not declared, or a param that is not in scope.</summary>
    UnknownName,

    /// <summary>Operand types do not fit (a number compared with text) or a rule's expression is not boolean.</summary>
    TypeMismatch,

    /// <summary>A division or remainder by a literal zero.</summary>
    DivisionByZero,

    /// <summary>
    /// What a workflow references cannot be found: its inputs file, or, for the layers above the engine, another
    /// workflow it names (a set it extends or requires).
    /// </summary>
    MissingReference,
}
