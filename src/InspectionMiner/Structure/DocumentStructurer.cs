using InspectionMiner.Facts;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Structure;

/// <summary>
/// The structure stage: from clean blocks to a document's text, sections and units, and its facts.
/// Headings open sections (<see cref="SectionRules"/>); sub-headings stay in their parent section;
/// paragraphs and list items are split into sentences (<see cref="SentenceSegmenter"/>); headings are units
/// of their own; tables feed the facts and are not units.
/// </summary>
internal static class DocumentStructurer
{
    /// <summary>Builds the structured document from <paramref name="layout"/>.</summary>
    public static InspectionDocument Build(LaidOutDocument layout, string contentHash, SentenceSegmenterOptions? segmenterOptions = null)
    {
        var facts = FactExtractor.Extract(layout.Blocks);
        var isCouncil = facts.Kind == DocumentKind.CouncilReport;
        var isFullReport = facts.Kind is DocumentKind.StandardInspection or DocumentKind.ShortInspection or DocumentKind.Reinspection;

        var textLength = 0;
        var units = new List<TextUnit>(layout.Blocks.Count * 2);
        var section = new Section(null, SectionKind.Other, null, null);
        JudgementArea? parentArea = null;
        Grade? parentGrade = null;
        string? parentHeading = null;
        var sawGradeTable = false;
        var listPosition = 0;
        var itemsInList = 0;
        var sectionBeforeList = section;
        var titleContinuedThrough = -1;

        for (var b = 0; b < layout.Blocks.Count; b++)
        {
            var block = layout.Blocks[b];
            // The clean text is the blocks separated by blank lines; it is written once at the end.
            var blockStart = textLength == 0 ? 0 : textLength + 2;
            textLength = blockStart + block.Text.Length;
            listPosition = block.Kind == LayoutBlockKind.ListItem ? listPosition + 1 : 0;

            if (b <= titleContinuedThrough)
            {
                // The rest of a judgement title split over blocks: part of the heading, opening nothing of its own (a
                // grade cell set as a table is not the summary's grade table either).
                if (block.Kind != LayoutBlockKind.Table)
                {
                    units.Add(MakeUnit(units.Count, block, b, section, blockStart, 0, block.Text.Length, isHeading: true, null));
                }

                continue;
            }

            switch (block.Kind)
            {
                case LayoutBlockKind.Table:
                    if (SectionRules.FromKeyJudgementTable(block.Text) is { } keyJudgement)
                    {
                        // SIF reports open each judgement section with a "Key judgement | Judgement grade" table.
                        parentArea = keyJudgement.Area;
                        parentGrade = keyJudgement.Grade;
                        parentHeading = keyJudgement.Heading;
                        section = keyJudgement;
                    }
                    else if (!isCouncil && block.Page > 1 && SectionRules.FromJudgementTitleTable(block.Text) is { } titled)
                    {
                        // A judgement title set as a table row with its grade opens its section like a heading.
                        parentArea = titled.Area;
                        parentGrade = titled.Grade;
                        parentHeading = titled.Heading;
                        section = titled;
                    }
                    else if (isFullReport && !sawGradeTable && GradeParser.FindFirst(block.Text) is not null)
                    {
                        // An ILACS report's summary follows the grade table, under no heading of its own.
                        sawGradeTable = true;
                        section = new Section(null, SectionKind.Summary, null, null);
                    }

                    continue;

                case LayoutBlockKind.Paragraph when !isCouncil && block.Page > 1 && SectionRules.IsJudgementTitleParagraph(block.Text):
                case LayoutBlockKind.Heading:
                    var recognised = SectionRules.Classify(block.Text, isCouncil);
                    if (SectionRules.IsTruncatedJudgementTitle(block.Text))
                    {
                        // The rest of the title is in the next block or, when the grade box splits it
                        // ("…children who need help and | Inadequate" / "protection"), the next two.
                        var joined = block.Text;
                        for (var next = b + 1; next <= b + 2 && next < layout.Blocks.Count && layout.Blocks[next].Page == block.Page; next++)
                        {
                            joined += " " + layout.Blocks[next].Text;
                            if (SectionRules.ClassifySplitTitle(joined, isCouncil) is { } whole)
                            {
                                (recognised, titleContinuedThrough) = (whole, next);
                                break;
                            }
                        }
                    }

                    var afterTitle = Math.Max(b, titleContinuedThrough) + 1;
                    if (recognised is { Kind: SectionKind.Judgement } && afterTitle < layout.Blocks.Count
                        && layout.Blocks[afterTitle] is { Kind: LayoutBlockKind.Heading, Text.Length: > 0 and <= 40 } fragment
                        && fragment.Page == block.Page && char.IsLower(fragment.Text[0])
                        && SectionRules.ClassifySplitTitle(recognised.Heading + " " + fragment.Text, isCouncil) is { } longer)
                    {
                        // A last lower-case fragment of the title set as a heading of its own ("permanence", "to be good permanence").
                        (recognised, titleContinuedThrough) = (longer, afterTitle);
                    }

                    if (SectionRules.IsFactLine(block.Text))
                    {
                        // "Inspection dates: …", "Lead inspector: …" are set like headings but open no section.
                    }
                    else if (recognised is not null)
                    {
                        switch (recognised.Kind)
                        {
                            case SectionKind.Judgement:
                                parentArea = recognised.Area;
                                parentGrade = recognised.Grade;
                                parentHeading = recognised.Heading;
                                section = recognised;
                                break;
                            case SectionKind.ImprovementList:
                                if (section.Kind != SectionKind.ImprovementList)
                                {
                                    sectionBeforeList = section;
                                    itemsInList = 0;
                                }

                                section = recognised with { Area = parentArea, ParentHeading = parentArea is null ? null : parentHeading };
                                break;
                            case SectionKind.Summary when section.Kind == SectionKind.Judgement && parentArea is not null
                                && (SectionRules.Normalise(block.Text) is "summary" or "summary of findings"
                                    || (SectionRules.Normalise(block.Text) == "executive summary" && block.Page > 2 && SectionRules.IsSafeguardingBoardReview(parentHeading))):
                                // "Summary" / "Summary of findings" inside a judgement section stays in it, and so does the
                                // LSCB review's own "Executive summary" (the report's is on its first pages).
                                section = section with { Heading = block.Text, ParentHeading = parentHeading };
                                break;
                            default:
                                parentArea = null;
                                parentGrade = null;
                                parentHeading = null;
                                section = recognised;
                                break;
                        }
                    }
                    else if (section.Kind == SectionKind.ImprovementList && parentArea is not null)
                    {
                        // A sub-heading after a judgement section's improvement list returns to the judgement.
                        section = new Section(block.Text, SectionKind.Judgement, parentArea, parentGrade, parentHeading);
                    }
                    else if (section.Kind == SectionKind.ImprovementList)
                    {
                        // An unknown heading after a free-standing improvement list ends the list.
                        section = new Section(block.Text, SectionKind.Other, null, null);
                    }
                    else
                    {
                        // A sub-heading ("Inspection findings") inside a judgement section stays in it, under its heading.
                        section = section with { Heading = block.Text, ParentHeading = section.Kind == SectionKind.Judgement && parentArea is not null ? parentHeading : null };
                    }

                    units.Add(MakeUnit(units.Count, block, b, section, blockStart, 0, block.Text.Length, isHeading: true, null));
                    continue;
            }

            if (block.Kind == LayoutBlockKind.Paragraph && section.Kind != SectionKind.Other && SectionRules.IsClosingMatter(block.Text))
            {
                parentArea = null;
                parentGrade = null;
                parentHeading = null;
                section = new Section(null, SectionKind.Other, null, null);
            }

            if (section.Kind == SectionKind.ImprovementList)
            {
                if (block.Kind == LayoutBlockKind.ListItem)
                {
                    itemsInList++;
                }
                else if (itemsInList > 0 && block.Number is null)
                {
                    // A bulleted improvement list ends at the first plain paragraph after it (focused-visit letters
                    // go on with their findings under no heading of their own).
                    section = sectionBeforeList;
                }
            }

            foreach (var (start, length) in SentenceSegmenter.Split(block.Text, segmenterOptions))
            {
                units.Add(MakeUnit(units.Count, block, b, section, blockStart, start, length, isHeading: false,
                    block.Kind == LayoutBlockKind.ListItem ? listPosition : null));
            }
        }

        return new InspectionDocument(layout.Path, contentHash, layout.PageCount, JoinBlocks(layout.Blocks, textLength), layout.Blocks, layout.Footnotes, units, facts);
    }

    private static string JoinBlocks(IReadOnlyList<LayoutBlock> blocks, int length) =>
        string.Create(length, blocks, static (output, blocks) =>
        {
            var at = 0;
            for (var b = 0; b < blocks.Count; b++)
            {
                if (at > 0)
                {
                    output[at++] = '\n';
                    output[at++] = '\n';
                }

                blocks[b].Text.AsSpan().CopyTo(output[at..]);
                at += blocks[b].Text.Length;
            }
        });

    private static TextUnit MakeUnit(int index, LayoutBlock block, int blockIndex, Section section, int blockStart, int start, int length, bool isHeading, int? listItem)
    {
        var unitText = block.Text.Substring(start, length);
        return new TextUnit(index, unitText, block.PageAt(start), block.Number, section, blockStart + start, length, isHeading, listItem, blockIndex);
    }
}
