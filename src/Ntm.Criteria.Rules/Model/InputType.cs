namespace Ntm.Criteria.Rules;

/// <summary>The type of a declared input, as written in the <c>Type</c> field of an input declaration.</summary>
public enum InputType
{
    /// <summary>A real number (<c>number</c>); a <see cref="double"/> in expressions.</summary>
    Number,

    /// <summary>A whole number (<c>integer</c>); an <see cref="int"/> in expressions.</summary>
    Integer,

    /// <summary>True or false (<c>boolean</c>).</summary>
    Boolean,

    /// <summary>Free text (<c>text</c>), compared ordinally.</summary>
    Text,

    /// <summary>One of a fixed list of text values (<c>enum</c>).</summary>
    Enumeration,
}
