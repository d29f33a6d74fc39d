using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Layout;

public class LayoutCleanupTests
{
    private static Task<InspectionDocument> SouthTyneside() => TestCorpus.ParseAsync(TestCorpus.Ilacs("south-tyneside/2026-08-04.pdf"));

    [Fact]
    public async Task Running_footers_and_page_numbers_never_enter_units()
    {
        var doc = await SouthTyneside();
        // The footer "Inspection of South Tyneside … / 15 - 26 June 2026 / N" is printed on every page after the first.
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains("15 - 26 June 2026"));
        Assert.DoesNotContain(doc.Units, u => u.Text.Trim().All(char.IsDigit));
        Assert.Single(doc.Units, u => u.Text.StartsWith("Inspection of South Tyneside local authority", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Footnote_text_never_enters_a_sentence()
    {
        var doc = await SouthTyneside();
        Assert.Contains(doc.Footnotes, f => f.Text.Contains("cross-referenced with the outcomes"));
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains("cross-referenced with the outcomes"));

        var barnet = await TestCorpus.ParseAsync(TestCorpus.Ilacs("barnet/2017-07-07.pdf"));
        Assert.Contains(barnet.Footnotes, f => f.Text.StartsWith("Ofsted produces this report under its power", StringComparison.Ordinal));
        Assert.DoesNotContain(barnet.Units, u => u.Text.Contains("Ofsted produces this report under its power to combine reports"));
    }

    [Fact]
    public async Task Footnote_markers_are_dropped_from_the_text_they_follow()
    {
        var doc = await SouthTyneside();
        Assert.Contains(doc.Units, u => u.IsHeading && u.Text == "What needs to improve?");
        var barnet = await TestCorpus.ParseAsync(TestCorpus.Ilacs("barnet/2017-07-07.pdf"));
        Assert.DoesNotContain(barnet.Units, u => u.Text.Contains("Board1"));
    }

    [Fact]
    public async Task Square_bullets_become_list_items()
    {
        var doc = await SouthTyneside();
        var items = doc.Units.Where(u => u.Section.Kind == SectionKind.ImprovementList && !u.IsHeading).ToList();
        Assert.Equal([1, 2, 3], items.Select(u => u.ListItem ?? 0).Distinct());
        Assert.StartsWith("The identification and support offered to young carers", items[0].Text);
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains('◼'));
    }

    [Fact]
    public async Task Bullets_in_a_focused_visit_letter_become_list_items()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.FocusedVisit("hillingdon/2020-02-07.pdf"));
        var improve = doc.Units.Single(u => u.Section.Kind == SectionKind.ImprovementList && !u.IsHeading);
        Assert.Equal("The capture, collation and recording of information for all children who go missing.", improve.Text);
        Assert.Equal(1, improve.ListItem);
    }

    [Theory]
    [InlineData('\uF0B7')]
    [InlineData('\u25FC')]
    [InlineData('•')]
    public void Private_use_and_square_bullet_glyphs_open_list_items(char glyph)
    {
        Assert.True(ListMarker.TryStrip(glyph + "\tThe quality of plans.", out var isBullet, out _, out var rest));
        Assert.True(isBullet);
        Assert.Equal("The quality of plans.", rest);
    }

    [Theory]
    [InlineData("- iv. The quality of case recording.", true, "iv")]
    [InlineData("• B. The quality and impact of management oversight.", true, "B")]
    [InlineData("- (a) Note the Ofsted inspection report;", true, "a")]
    [InlineData("- 2.5 The inspection report was published in December.", true, "2.5")]
    [InlineData("iii. Planning for permanence.", false, "iii")]
    [InlineData("c. Monitoring of alternative education.", false, "c")]
    public void A_roman_or_lettered_number_after_a_bullet_or_alone_is_the_items_marker(string line, bool bullet, string number)
    {
        Assert.True(ListMarker.TryStrip(line, out var isBullet, out var printed, out var rest));
        Assert.Equal(bullet, isBullet);
        Assert.Equal(number, printed);
        Assert.True(char.IsUpper(rest[0]), rest);
        Assert.DoesNotContain(number + ".", rest[..Math.Min(rest.Length, number.Length + 2)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("J. Smith, Her Majesty's Inspector")]
    [InlineData("i.e. The plans were late.")]
    [InlineData("2 children were seen.")]
    public void Initials_abbreviations_and_figures_do_not_open_items(string line) =>
        Assert.False(ListMarker.TryStrip(line, out _, out _, out _));

    [Fact]
    public async Task A_council_reports_roman_numbered_sub_list_keeps_its_items_whole()
    {
        // "- 20. The report contains 6 recommendations ...:" then " - i. The timeliness of ...": the numbers were read
        // as sentences of their own ("20.", "i.", "ii.").
        var doc = await TestCorpus.ParseAsync(TestCorpus.Seed("004"));
        Assert.DoesNotContain(doc.Units, u => System.Text.RegularExpressions.Regex.IsMatch(u.Text, @"^\(?([ivx]{1,4}|[a-z]|\d{1,3})[.)]$"));
        var items = doc.Units.SkipWhile(u => !u.Text.StartsWith("The report contains 6 recommendations", StringComparison.Ordinal)).Skip(1).Take(6).ToList();
        Assert.All(items, u => Assert.NotNull(u.ListItem));
        Assert.Equal("The timeliness of assessment and help for children who are not identified as being at immediate risk of significant harm but who live with the impact of cumulative risk and harm.", items[0].Text);
        Assert.Equal("Monitoring of the quality and appropriateness of alternative education provision for children in care.", items[5].Text);
    }

    [Fact]
    public async Task Line_end_hyphens_of_real_compounds_are_kept()
    {
        var doc = await SouthTyneside();
        var text = string.Join(' ', doc.Units.Select(u => u.Text));
        // Printed "care-" at a line end, "experienced" on the next line; likewise "decision-" / "making".
        Assert.Contains("care-experienced young people", text);
        Assert.Contains("well-informed decision-making", text);
        Assert.DoesNotContain("careexperienced", text);
        Assert.DoesNotContain("decision- making", text);
    }

    [Fact]
    public void A_hyphen_is_dropped_only_when_the_document_spells_the_word_whole()
    {
        var dehyphenator = new Dehyphenator(["The assessment was thorough.", "A multi-agency meeting."]);
        Assert.Equal("the assessment", dehyphenator.Join("the assess-", "ment"));
        Assert.Equal("a multi-agency", dehyphenator.Join("a multi-", "agency"));
        Assert.Equal("well-established", dehyphenator.Join("well-", "established"));
        Assert.Equal("soft hyphenation", dehyphenator.Join("soft hyphen\u00AD", "ation"));
    }

    [Fact]
    public async Task A_paragraph_broken_by_a_page_end_continues_on_the_next_page()
    {
        var doc = await SouthTyneside();
        // Paragraph 5 starts on page 2 and ends on page 3, after the footnote and footer of page 2.
        var unit = doc.Units.Single(u => u.Text.StartsWith("These children benefit from prompt and careful consideration", StringComparison.Ordinal));
        Assert.EndsWith("timely interventions are put in place to reduce risk for these vulnerable children.", doc.Units[unit.Index + 1].Text);
        Assert.Equal("5", unit.Paragraph);
        Assert.Equal(2, unit.Page);
        Assert.Equal(3, doc.Units[unit.Index + 1].Page);
    }

    [Fact]
    public async Task Numbered_paragraphs_keep_their_numbers_in_order()
    {
        var doc = await SouthTyneside();
        var numbers = doc.Units.Where(u => u.Paragraph is not null).Select(u => int.Parse(u.Paragraph!)).Distinct().ToList();
        Assert.True(numbers.Count >= 40);
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public async Task The_grade_table_is_read_as_a_table()
    {
        var doc = await SouthTyneside();
        var table = doc.Blocks.First(b => b.Kind == LayoutBlockKind.Table && b.Rows.Any(r => r.Count == 2 && r[1] == "Outstanding"));
        Assert.Contains(table.Rows, r => r.SequenceEqual(["The experiences and progress of care leavers", "Outstanding"]));
        Assert.Contains(table.Rows, r => r.SequenceEqual(["The impact of leaders on social work practice with children and families", "Good"]));
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains("care leavers Outstanding"));
    }

    [Fact]
    public async Task Unit_offsets_point_into_the_document_text()
    {
        var doc = await SouthTyneside();
        Assert.All(doc.Units, u => Assert.Equal(u.Text, doc.Text.Substring(u.Start, u.Length)));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task Markup_of_council_reports_never_leaks_into_units(string seed)
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Seed(seed));
        Assert.NotEmpty(doc.Units);
        Assert.DoesNotContain(doc.Units, u => u.Text.Contains("**") || u.Text.Contains("<sup") || u.Text.Contains("<u>") ||
                                               u.Text.Contains("<input") || u.Text.StartsWith('#') || u.Text.Contains("</"));
    }

    [Fact]
    public async Task A_sentence_split_by_a_blank_line_in_converted_text_is_joined()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Seed("000"));
        Assert.Contains(doc.Units, u => u.Text.Contains("with children, with families, with communities and colleagues."));
    }
}
