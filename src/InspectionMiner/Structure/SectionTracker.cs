using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Structure;

/// <summary>
/// The section each unit falls in, followed block by block through a document. A judgement section (opened by a
/// judgement heading, a title row with its grade or SIF's key-judgement table) is the parent of what follows until another
/// section opens: its sub-headings, its "Summary", its improvement list, and headings after that list all stay under it.
/// An improvement list remembers the section it interrupted, to return to it where the list ends.
/// </summary>
internal sealed class SectionTracker
{
    private static readonly Section None = new(null, SectionKind.Other, null, null);

    /// <summary>The judgement section the current one belongs to, or null outside any.</summary>
    private Section? _judgement;
    private Section _beforeList = None;
    private int _itemsInList;

    /// <summary>The section the next unit falls in.</summary>
    public Section Current { get; private set; } = None;

    /// <summary>True once the summary's grade table has been seen.</summary>
    public bool SawGradeTable { get; private set; }

    /// <summary>The area of the services the latest judgement section was about: "Quality of provision" (before SIF) is theirs.</summary>
    private JudgementArea? _serviceArea;

    private JudgementArea? ParentArea => _judgement?.Area;

    /// <summary>Opens a judgement section: it becomes the parent of what follows.</summary>
    public void OpenJudgement(Section judgement)
    {
        _judgement = judgement;
        Current = judgement;
        if (judgement.Area is JudgementArea.HelpAndProtection or JudgementArea.ChildrenInCare or JudgementArea.CareLeavers)
        {
            _serviceArea = judgement.Area;
        }
    }

    /// <summary>A line that states the current judgement's grade ("Grade 3 (Adequate)", before SIF) grades it if its title did not.</summary>
    public void Grade(Grade grade)
    {
        if (Current.Kind == SectionKind.Judgement && Current.Grade is null && _judgement is not null)
        {
            _judgement = _judgement with { Grade = grade };
            Current = Current with { Grade = grade };
        }
    }

    /// <summary>The summary's grade table: an ILACS report's summary follows it, under no heading of its own.</summary>
    public void OpenSummaryAfterGradeTable()
    {
        SawGradeTable = true;
        Current = new Section(null, SectionKind.Summary, null, null);
    }

    /// <summary>A heading (<paramref name="text"/> on <paramref name="page"/>), recognised as <paramref name="recognised"/> or not recognised (null).</summary>
    public void Heading(Section? recognised, string text, int page)
    {
        if (recognised is null)
        {
            SubHeading(text);
            return;
        }

        switch (recognised.Kind)
        {
            case SectionKind.Judgement when recognised.Area is null:
                // "Quality of provision": the services of the part it is in, or a sub-heading when none is known.
                if (_serviceArea is { } area)
                {
                    OpenJudgement(recognised with { Area = area });
                }
                else
                {
                    SubHeading(text);
                }

                break;
            case SectionKind.Judgement:
                OpenJudgement(recognised);
                break;
            case SectionKind.ImprovementList:
                if (Current.Kind != SectionKind.ImprovementList)
                {
                    _beforeList = Current;
                    _itemsInList = 0;
                }

                // Before SIF, the report's one list of areas for improvement follows "Capacity to improve" but concerns
                // every judgement: it takes none.
                var listArea = SectionRules.IsCapacityJudgement(_judgement?.Heading) ? null : ParentArea;
                Current = recognised with { Area = listArea, ParentHeading = listArea is null ? null : _judgement!.Heading };
                break;
            case SectionKind.Summary when Current.Kind == SectionKind.Judgement && ParentArea is not null
                && (SectionRules.Normalise(text) is "summary" or "summary of findings"
                    || (SectionRules.Normalise(text) == "executive summary" && page > 2 && SectionRules.IsSafeguardingBoardReview(_judgement!.Heading))):
                // "Summary" / "Summary of findings" inside a judgement section stays in it, and so does the LSCB review's
                // own "Executive summary" (the report's is on its first pages).
                Current = Current with { Heading = text, ParentHeading = _judgement!.Heading };
                break;
            default:
                Open(recognised);
                break;
        }
    }

    /// <summary>Closing matter ("Yours sincerely", "Information about this inspection") ends every section.</summary>
    public void Close() => Open(None);

    /// <summary>
    /// A paragraph or list item before its sentences are added: a bulleted improvement list ends at the first plain
    /// paragraph after its items (focused-visit letters go on with their findings under no heading of their own).
    /// </summary>
    public void Body(LayoutBlock block)
    {
        if (Current.Kind != SectionKind.ImprovementList)
        {
            return;
        }

        if (block.Kind == LayoutBlockKind.ListItem)
        {
            _itemsInList++;
        }
        else if (_itemsInList > 0 && block.Number is null)
        {
            Current = _beforeList;
        }
    }

    private void Open(Section section)
    {
        _judgement = null;
        Current = section;
    }

    private void SubHeading(string text)
    {
        if (Current.Kind == SectionKind.ImprovementList && ParentArea is not null)
        {
            // A sub-heading after a judgement section's improvement list returns to the judgement.
            Current = new Section(text, SectionKind.Judgement, ParentArea, _judgement!.Grade, _judgement.Heading);
        }
        else if (Current.Kind == SectionKind.ImprovementList)
        {
            // An unknown heading after a free-standing improvement list ends the list.
            Current = new Section(text, SectionKind.Other, null, null);
        }
        else
        {
            // A sub-heading ("Inspection findings") inside a judgement section stays in it, under its heading.
            Current = Current with { Heading = text, ParentHeading = Current.Kind == SectionKind.Judgement && ParentArea is not null ? _judgement!.Heading : null };
        }
    }
}
