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
        var sections = new SectionTracker();
        var listPosition = 0;
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
                    units.Add(MakeUnit(units.Count, block, b, sections.Current, blockStart, 0, block.Text.Length, isHeading: true, null));
                }

                continue;
            }

            switch (block.Kind)
            {
                case LayoutBlockKind.Table:
                    if (SectionRules.FromKeyJudgementTable(block.Text) is { } keyJudgement)
                    {
                        // SIF reports open each judgement section with a "Key judgement | Judgement grade" table.
                        sections.OpenJudgement(keyJudgement);
                    }
                    else if (!isCouncil && block.Page > 1 && SectionRules.FromJudgementTitleTable(block.Text) is { } titled)
                    {
                        // A judgement title set as a table row with its grade opens its section like a heading.
                        sections.OpenJudgement(titled);
                    }
                    else if (isFullReport && !sections.SawGradeTable && GradeParser.FindFirst(block.Text) is not null)
                    {
                        sections.OpenSummaryAfterGradeTable();
                    }

                    continue;

                case LayoutBlockKind.Paragraph when !isCouncil && block.Page > 1 && SectionRules.IsJudgementTitleParagraph(block.Text):
                case LayoutBlockKind.Heading:
                    var recognised = RecogniseHeading(layout.Blocks, b, isCouncil, ref titleContinuedThrough);
                    if (SectionRules.GradeLine(block.Text) is { } grade)
                    {
                        // "Grade 3 (Adequate)" under a judgement's title (before SIF) grades it and opens nothing.
                        sections.Grade(grade);
                    }
                    else if (!SectionRules.IsFactLine(block.Text))
                    {
                        // "Inspection dates: …", "Lead inspector: …" are set like headings but open no section.
                        sections.Heading(recognised, block.Text, block.Page);
                    }

                    units.Add(MakeUnit(units.Count, block, b, sections.Current, blockStart, 0, block.Text.Length, isHeading: true, null));
                    continue;
            }

            if (block.Kind == LayoutBlockKind.Paragraph && sections.Current.Kind != SectionKind.Other && SectionRules.IsClosingMatter(block.Text))
            {
                sections.Close();
            }

            sections.Body(block);
            foreach (var (start, length) in SentenceSegmenter.Split(block.Text, segmenterOptions))
            {
                units.Add(MakeUnit(units.Count, block, b, sections.Current, blockStart, start, length, isHeading: false,
                    block.Kind == LayoutBlockKind.ListItem ? listPosition : null));
            }
        }

        return new InspectionDocument(layout.Path, contentHash, layout.PageCount, JoinBlocks(layout.Blocks, textLength), layout.Blocks, layout.Footnotes, units, facts);
    }

    /// <summary>
    /// The section the heading at <paramref name="b"/> opens, or null. A judgement title split over blocks is read whole,
    /// and <paramref name="titleContinuedThrough"/> set to the last block it takes.
    /// </summary>
    private static Section? RecogniseHeading(IReadOnlyList<LayoutBlock> blocks, int b, bool isCouncil, ref int titleContinuedThrough)
    {
        var block = blocks[b];
        var recognised = SectionRules.Classify(block.Text, isCouncil);
        if (SectionRules.IsTruncatedJudgementTitle(block.Text))
        {
            // The rest of the title is in the next block or, when the grade box splits it
            // ("…children who need help and | Inadequate" / "protection"), the next two.
            var joined = block.Text;
            for (var next = b + 1; next <= b + 2 && next < blocks.Count && blocks[next].Page == block.Page; next++)
            {
                joined += " " + blocks[next].Text;
                if (SectionRules.ClassifySplitTitle(joined, isCouncil) is { } whole)
                {
                    (recognised, titleContinuedThrough) = (whole, next);
                    break;
                }
            }
        }

        var afterTitle = Math.Max(b, titleContinuedThrough) + 1;
        if (recognised is { Kind: SectionKind.Judgement } && afterTitle < blocks.Count
            && blocks[afterTitle] is { Kind: LayoutBlockKind.Heading, Text.Length: > 0 and <= 40 } fragment
            && fragment.Page == block.Page && char.IsLower(fragment.Text[0])
            && SectionRules.ClassifySplitTitle(recognised.Heading + " " + fragment.Text, isCouncil) is { } longer)
        {
            // A last lower-case fragment of the title set as a heading of its own ("permanence", "to be good permanence").
            (recognised, titleContinuedThrough) = (longer, afterTitle);
        }

        return recognised;
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
