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
    public async Task A_report_before_sif_has_its_judgement_sections_with_their_grades()
    {
        // Norfolk 2013, an inspection of looked after children services: each judgement's title, then its grade set as
        // a heading of its own ("Grade 4 (inadequate)"). Outcomes and the quality of provision are children in care's,
        // the list of areas for improvement after "Capacity to improve" is the whole report's.
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("norfolk/2013-08-16.pdf"));
        Assert.DoesNotContain(doc.Units, u => u.Section.Heading is { } h && h.StartsWith("Grade ", StringComparison.Ordinal));

        var outcomes = doc.Units.Single(u => u.Text == "Overall outcomes for looked after children are inadequate.");
        Assert.Equal((SectionKind.Judgement, JudgementArea.ChildrenInCare, Grade.Inadequate), (outcomes.Section.Kind, outcomes.Section.Area, outcomes.Section.Grade));
        var provision = doc.Units.Single(u => u.Text == "The quality of provision is inadequate.");
        Assert.Equal((SectionKind.Judgement, JudgementArea.ChildrenInCare, Grade.Inadequate), (provision.Section.Kind, provision.Section.Area, provision.Section.Grade));
        Assert.Equal("Quality of provision", provision.Section.Heading);

        var capacity = doc.Units.Single(u => u.Text.StartsWith("The local authority does not have a track record of improving services", StringComparison.Ordinal));
        Assert.Equal((SectionKind.Judgement, JudgementArea.Leadership, Grade.Inadequate), (capacity.Section.Kind, capacity.Section.Area, capacity.Section.Grade));
        var item = doc.Units.First(u => u.Text.StartsWith("ensure all elected members understand their corporate parenting duties", StringComparison.Ordinal));
        Assert.Equal((SectionKind.ImprovementList, (JudgementArea?)null), (item.Section.Kind, item.Section.Area));
        Assert.Contains(doc.Units, u => u.Section is { Kind: SectionKind.Judgement, Area: JudgementArea.Leadership } && u.Text.StartsWith("Leadership and management are inadequate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Outcomes for looked after children and care leavers", JudgementArea.ChildrenInCare)]
    [InlineData("Outcomes for children and young people", JudgementArea.HelpAndProtection)]
    [InlineData("Capacity for improvement", JudgementArea.Leadership)]
    public void Judgement_titles_before_sif_name_their_area(string heading, JudgementArea area)
    {
        // The titles of the inspections of safeguarding and looked after children services (2009–2013).
        var section = SectionRules.Classify(heading, isCouncilReport: false);
        Assert.Equal((SectionKind.Judgement, (JudgementArea?)area), (section?.Kind, section?.Area));
        Assert.Equal(Grade.Adequate, SectionRules.GradeLine("Grade 3 (Adequate)"));
        Assert.Null(SectionRules.GradeLine("Grade 3 (Adequate) was the judgement at the last inspection."));
    }

    [Theory]
    [InlineData("ilacs/devon/2020-03-17.pdf", "sufficiency of accommodation and support available for young people", "The quality of social work practice, to assess, support and protect children who experience neglect")]
    [InlineData("ilacs/isle-of-wight/2023-12-15.pdf", "permanence for children", "Caseloads in the children’s assessment and safeguarding teams.")]
    [InlineData("focused-visits/manchester/2020-01-21.pdf", "the child’s written plan", "Letters for parents before proceedings are written in a style")]
    public async Task Sub_items_opened_by_a_minus_sign_or_rule_stay_in_their_improvement_list(string path, string subItem, string nextItem)
    {
        // Devon 2020 prints its sub-items with a minus sign (U+2212), Isle of Wight 2023 too, Manchester's 2020 letter
        // with a horizontal line extension (U+23AF): each is a list item of the improvement list, the marker dropped,
        // and the list goes on after them.
        var doc = await TestCorpus.ParseAsync(Path.Combine(TestCorpus.Shared, path));
        var sub = doc.Units.Single(u => u.Text.StartsWith(subItem, StringComparison.Ordinal));
        Assert.Equal(SectionKind.ImprovementList, sub.Section.Kind);
        Assert.NotNull(sub.ListItem);
        var next = doc.Units.First(u => u.Text.StartsWith(nextItem, StringComparison.Ordinal));
        Assert.Equal(SectionKind.ImprovementList, next.Section.Kind);
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
