namespace InspectionMiner.Classification;

/// <summary>
/// Which of the model's heads score a unit, by what is known of it: each set was trained on units known the same way.
/// The finding type comes from one head but for a sentence given alone; the themes from one set always.
/// </summary>
internal enum ScoringHeads
{
    /// <summary>A unit of a parsed document: the type head and the area head trained with the structure columns.</summary>
    Structure,

    /// <summary>A raw sentence given with its section heading: the type head and the area head trained on text and heading.</summary>
    Text,

    /// <summary>A raw sentence given alone, without a heading: the type and area heads trained on text alone.</summary>
    Plain,
}
