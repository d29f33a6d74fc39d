using InspectionMiner.Labels;

namespace InspectionMiner.Analysis;

/// <summary>A document as the findings database holds it.</summary>
/// <param name="Id">Its row id.</param>
/// <param name="Path">The file it was mined from.</param>
/// <param name="Authority">The local authority, if extracted.</param>
/// <param name="Kind">The document kind.</param>
/// <param name="Framework">The inspection framework, if known.</param>
/// <param name="Year">The year of the inspection (or of publication when the dates are unknown).</param>
/// <param name="Date">The inspection start (or publication) date.</param>
/// <param name="Pages">Its page count.</param>
/// <param name="Grades">Its judgement grades.</param>
public sealed record StoredDocument(long Id, string Path, string? Authority, DocumentKind Kind, Framework? Framework, int? Year, DateOnly? Date, int Pages, StoredGrades Grades);

/// <summary>The ILACS judgement grades of a stored document.</summary>
/// <param name="OverallEffectiveness">Overall effectiveness.</param>
/// <param name="ImpactOfLeaders">The impact of leaders.</param>
/// <param name="HelpAndProtection">Children who need help and protection.</param>
/// <param name="ChildrenInCare">Children in care.</param>
/// <param name="CareLeavers">Care leavers.</param>
public sealed record StoredGrades(Grade OverallEffectiveness, Grade ImpactOfLeaders, Grade HelpAndProtection, Grade ChildrenInCare, Grade CareLeavers);
