using InspectionMiner.Structure;

namespace InspectionMiner.Classification;

/// <summary>A parsed unit with the classifier's finding.</summary>
/// <param name="Unit">The unit: text, page, paragraph, section, offsets.</param>
/// <param name="Finding">Its type, area and themes with probabilities.</param>
public sealed record ClassifiedUnit(TextUnit Unit, Finding Finding);
