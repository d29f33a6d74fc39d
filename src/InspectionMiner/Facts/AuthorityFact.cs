namespace InspectionMiner.Facts;

/// <summary>What <see cref="AuthorityReader"/> read: the authority (null when unresolved), the name as printed and any warnings.</summary>
internal sealed record AuthorityFact(LocalAuthority? Authority, string? Printed, IReadOnlyList<FactWarning> Warnings);
