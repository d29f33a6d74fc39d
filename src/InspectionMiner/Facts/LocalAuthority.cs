namespace InspectionMiner.Facts;

/// <summary>
/// An English local authority with children's services, as the table shipped with the library lists it (derived from
/// data-to-insight's provider lookup, MIT licence; see <c>docs/THIRD-PARTY-NOTICES.md</c>).
/// </summary>
/// <param name="Name">The canonical name ("Barking and Dagenham", "Kingston upon Hull", "Bournemouth, Christchurch and Poole").</param>
/// <param name="Urn">Ofsted's unique reference number for the authority's children's services (80486).</param>
/// <param name="LaCode">The DfE three-digit LA code ("301").</param>
/// <param name="OnsCode">The ONS area code ("E09000002").</param>
/// <param name="Region">The ONS region's name ("London").</param>
/// <param name="RegionCode">The ONS region's code ("E12000007").</param>
/// <param name="Type">The ONS authority type ("London Borough", "Unitary Authority", "County"), or null.</param>
/// <param name="StatisticalNeighbours">The DfE statistical neighbours' LA codes, closest first (<see cref="LocalAuthorities.ByLaCode"/> resolves them).</param>
/// <param name="Aliases">Other names documents print for it ("Hull", "BCP").</param>
/// <param name="ExistedFrom">The day it took over children's services, where it replaced others (Cumberland: 1 April 2023), else null.</param>
/// <param name="ExistedUntil">Its last day, where others replaced it (Cumbria: 31 March 2023), else null.</param>
/// <param name="Successors">The LA codes of the authorities that replaced it, else empty.</param>
/// <example>
/// <code>
/// LocalAuthority? la = doc.Facts.LocalAuthority;
/// if (la is not null)
/// {
///     Console.WriteLine($"{la.Name} (URN {la.Urn}, LA {la.LaCode}, {la.OnsCode}), {la.Region}");
///     var neighbours = la.StatisticalNeighbours.Select(LocalAuthorities.ByLaCode).OfType&lt;LocalAuthority&gt;().Select(n =&gt; n.Name);
///     Console.WriteLine("Statistical neighbours: " + string.Join(", ", neighbours));
/// }
/// </code>
/// </example>
public sealed record LocalAuthority(
    string Name,
    int Urn,
    string LaCode,
    string? OnsCode,
    string Region,
    string RegionCode,
    string? Type,
    IReadOnlyList<string> StatisticalNeighbours,
    IReadOnlyList<string> Aliases,
    DateOnly? ExistedFrom,
    DateOnly? ExistedUntil,
    IReadOnlyList<string> Successors);
