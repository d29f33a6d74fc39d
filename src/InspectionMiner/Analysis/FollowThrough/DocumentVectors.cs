namespace InspectionMiner.Analysis;

/// <summary>The findings of one document that <see cref="FollowThrough"/> compares, in stored order, each with its term vector (computed once per document).</summary>
internal sealed record DocumentVectors(StoredDocument Document, StoredFinding[] Findings, TermVector[] Vectors);
