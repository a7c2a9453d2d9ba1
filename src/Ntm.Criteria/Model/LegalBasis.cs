using System.Collections.Immutable;

namespace Ntm.Criteria;

/// <summary>The decision a set rests on.</summary>
public sealed record LegalBasis(string Decision, DateOnly? Date, string? Annex, ValueStatus Status, string? Source)
{
    /// <summary>Decisions that amend this one, in the version they apply to.</summary>
    public ImmutableArray<LegalBasis> AmendedBy { get; init; } = [];

    /// <summary>Formats as <c>QĐ 318/QĐ-TTg (08/03/2022), Phụ lục I</c>.</summary>
    public override string ToString() =>
        $"QĐ {(Decision.Length == 0 ? "(số hiệu chưa rõ)" : Decision)}"
        + (Date is { } d ? $" ({d:dd/MM/yyyy})" : string.Empty)
        + (Annex is null ? string.Empty : $", {Annex}")
        + string.Concat(AmendedBy.Select(a => $", sửa đổi bởi QĐ {a.Decision}"));
}
