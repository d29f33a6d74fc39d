using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Structure;

/// <summary>Sections and their judgement areas on real layouts of each framework.</summary>
public class SectionStructureTests
{
    [Fact]
    public async Task Sif_key_judgement_tables_open_judgement_sections_and_care_leavers_get_their_own()
    {
        // St Helens 2015 (SIF): each judgement opens with a "Key judgement | Judgement grade" table, then "Summary".
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("st-helens/2015-01-20.pdf"));
        var thresholds = doc.Units.First(u => u.Text.StartsWith("Thresholds for access to children’s social care are not sufficiently understood", StringComparison.Ordinal));
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.RequiresImprovement), (thresholds.Section.Kind, thresholds.Section.Area, thresholds.Section.Grade));

        var pathway = doc.Units.First(u => u.Text.StartsWith("Pathway plans for care leavers are not clear enough", StringComparison.Ordinal) && u.Paragraph == "132");
        Assert.Equal(JudgementArea.CareLeavers, pathway.Section.Area);

        var adoption = doc.Units.First(u => u.Text.StartsWith("The Agency Decision Maker (ADM) is a senior officer", StringComparison.Ordinal));
        Assert.Equal(JudgementArea.ChildrenInCare, adoption.Section.Area);

        // The LSCB review is a leadership judgement, and its own improvement list ends at the next heading.
        var lscbList = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page >= 43).ToList();
        Assert.NotEmpty(lscbList);
        Assert.All(lscbList, u => Assert.Equal(JudgementArea.Leadership, u.Section.Area));
        Assert.Contains(doc.Units, u => u.Page >= 45 && u.Section.Heading == "Inspection judgement about the LSCB" && u.Section.Kind == SectionKind.Judgement);
    }

    [Fact]
    public async Task A_sub_heading_inside_a_judgement_section_keeps_the_judgement_heading_as_its_parent()
    {
        // St Helens 2015 (SIF): "Summary" opens each judgement section under its key-judgement table; the LSCB review
        // has its own lists. A reader (and the classifier given text and heading only) sees both headings.
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("st-helens/2015-01-20.pdf"));
        var thresholds = doc.Units.First(u => u.Text.StartsWith("Thresholds for access to children’s social care are not sufficiently understood", StringComparison.Ordinal));
        Assert.Equal("Summary", thresholds.Section.Heading);
        Assert.StartsWith("The experiences and progress of children", thresholds.Section.ParentHeading, StringComparison.Ordinal);
        Assert.EndsWith("who need help and protection", thresholds.Section.ParentHeading, StringComparison.Ordinal);
        Assert.Equal(thresholds.Section.ParentHeading + Section.PathSeparator + "Summary", thresholds.Section.HeadingPath);

        var lscbList = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page >= 43).ToList();
        Assert.All(lscbList, u => Assert.Equal("The Local Safeguarding Children Board requires improvement", u.Section.ParentHeading));

        // Sections outside a judgement have no parent: their path is their own heading.
        var strengths = doc.Units.Where(u => u.Section.Heading == "The local authority’s strengths").ToList();
        Assert.NotEmpty(strengths);
        Assert.All(strengths, u => Assert.Equal((null, "The local authority’s strengths"), (u.Section.ParentHeading, u.Section.HeadingPath)));
        var list = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && u.Page < 43).ToList();
        Assert.NotEmpty(list);
        Assert.All(list, u => Assert.Null(u.Section.ParentHeading));
    }

    [Fact]
    public async Task Judgement_titles_split_by_their_grade_box_still_open_their_sections()
    {
        // Kirklees 2016: "The experiences and progress of" / "children who need help and | Inadequate" / "protection".
        var kirklees = await TestCorpus.ParseAsync(TestCorpus.Ilacs("kirklees/2016-11-25.pdf"));
        var failures = kirklees.Units.First(u => u.Text.StartsWith("There are serious and widespread failures in the services for children who need help", StringComparison.Ordinal));
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.Inadequate), (failures.Section.Kind, failures.Section.Area, failures.Section.Grade));
        Assert.DoesNotContain(kirklees.Units, u => u.Section.Heading == "protection");

        // The LSCB review's own executive summary, recommendations and findings stay in its leadership section.
        var lscb = kirklees.Units.Where(u => u.Page >= 31 && u.Section.Kind is SectionKind.Summary or SectionKind.Other && u.Section.Heading is not ("Information about this inspection" or "The inspection team")).ToList();
        Assert.True(lscb.Count == 0, string.Join("\n", lscb.Take(5).Select(u => $"{u.Section.Kind} {u.Section.Heading}: {u.Text}")));
        Assert.Contains(kirklees.Units, u => u.Section is { Kind: SectionKind.ImprovementList, Area: JudgementArea.Leadership } && u.Page >= 31);

        // Rutland 2017: the grade is read into the middle of the title ("…progress of Requires children who need help and" / "improvement protection").
        var rutland = await TestCorpus.ParseAsync(TestCorpus.Ilacs("rutland/2017-02-13.pdf"));
        var earlyHelp = rutland.Units.First(u => u.Text == "Early help services are effective.");
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.RequiresImprovement), (earlyHelp.Section.Kind, earlyHelp.Section.Area, earlyHelp.Section.Grade));

        // Darlington 2018: "Leadership, management and governance | Requires improvement to be good" is a one-row table.
        var darlington = await TestCorpus.ParseAsync(TestCorpus.Ilacs("darlington/2018-05-21.pdf"));
        var leaders = darlington.Units.First(u => u.Text.StartsWith("Senior leaders have accepted and responded to the painful lessons", StringComparison.Ordinal));
        Assert.Equal((SectionKind.Judgement, JudgementArea.Leadership, Grade.RequiresImprovement), (leaders.Section.Kind, leaders.Section.Area, leaders.Section.Grade));

        // …and its children-in-care title ends in a heading of its own: "to be good permanence" joins the title.
        Assert.DoesNotContain(darlington.Units, u => u.Section.Heading == "to be good permanence");
        Assert.Contains(darlington.Units, u => u.Section.Heading == "The experiences and progress of children looked after and achieving permanence Requires improvement to be good");
    }

    [Fact]
    public async Task A_judgement_title_set_as_body_text_still_opens_its_section()
    {
        // Reading 2019 and Nottingham 2019 print judgement titles as plain paragraphs, the second without a colon.
        var reading = await TestCorpus.ParseAsync(TestCorpus.Ilacs("reading/2019-10-28.pdf"));
        var earlyHelp = reading.Units.First(u => u.Text == "Early help services are a real strength in Reading.");
        Assert.Equal((SectionKind.Judgement, JudgementArea.HelpAndProtection, Grade.RequiresImprovement), (earlyHelp.Section.Kind, earlyHelp.Section.Area, earlyHelp.Section.Grade));
        Assert.InRange(reading.Units.Count(u => u.Section.Kind == SectionKind.ImprovementList), 5, 12);

        var nottingham = await TestCorpus.ParseAsync(TestCorpus.Ilacs("nottingham/2019-01-07.pdf"));
        var assessments = nottingham.Units.First(u => u.Text == "Early help assessments are high quality.");
        Assert.Equal(JudgementArea.HelpAndProtection, assessments.Section.Area);
        Assert.DoesNotContain(nottingham.Units, u => u.Section.Kind == SectionKind.ImprovementList && u.Text.Contains("Crown copyright"));
    }

    [Fact]
    public async Task A_focused_visit_improvement_list_ends_where_the_letter_goes_on()
    {
        var luton = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("luton/2018-07-05.pdf"));
        var closing = luton.Units.First(u => u.Text.StartsWith("Ofsted will take the findings from this focused visit", StringComparison.Ordinal));
        Assert.NotEqual(SectionKind.ImprovementList, closing.Section.Kind);
        Assert.Contains(luton.Units, u => u.Section.Kind == SectionKind.ImprovementList && u.ListItem is not null);
    }
}
