using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Structure;

public class SentenceSegmenterTests
{
    private static IReadOnlyList<string> Split(string text) => SentenceSegmenter.SplitToStrings(text);

    [Theory]
    [InlineData("Leaders act on audits, e.g. monthly case reviews. Practice improves.", 2)]
    [InlineData("Some children, i.e. those in care, wait. Others do not.", 2)]
    [InlineData("Mr Walker and Dr Patel met inspectors. They agreed.", 2)]
    [InlineData("See No. 5 in the plan. It is late.", 2)]
    [InlineData("J. Smith HMI led the visit. It went well.", 2)]
    [InlineData("The rate rose to 38.3 per 10,000 children. This is high.", 2)]
    [InlineData("Plans (see para. 12. below) are weak. Reviews are late.", 2)]
    [InlineData("Partners include police, schools, health etc. The board meets monthly.", 2)]
    [InlineData("On 31.03.2017 there were 345 children. Most were fostered.", 2)]
    [InlineData("Children said ‘I feel safe.’ Staff agreed.", 2)]
    [InlineData("Is this effective? Inspectors found it was not!", 2)]
    [InlineData("The U.K. average is lower. Westmarch is higher.", 2)]
    public void Sentences_end_where_a_reader_would_end_them(string text, int expected) =>
        Assert.Equal(expected, Split(text).Count);

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        var sentences = Split("Leaders act on audits, e.g. monthly case reviews, and on feedback. Practice improves.");
        Assert.Equal("Leaders act on audits, e.g. monthly case reviews, and on feedback.", sentences[0]);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var sentences = Split("Children said ‘I feel safe.’ Staff agreed.");
        Assert.Equal("Children said ‘I feel safe.’", sentences[0]);
        Assert.Equal("Staff agreed.", sentences[1]);
    }

    [Fact]
    public void A_lower_case_continuation_is_not_a_new_sentence()
    {
        Assert.Single(Split("The quality of plans is variable. some are good."));
    }

    [Fact]
    public void Spans_are_trimmed_offsets_into_the_text()
    {
        const string text = "  First one.   Second one.  ";
        var spans = SentenceSegmenter.Split(text);
        Assert.Equal(["First one.", "Second one."], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_noun_phrase_without_a_stop_is_one_unit()
    {
        Assert.Equal(["The timeliness of initial child protection conferences"], Split("The timeliness of initial child protection conferences"));
    }

    [Fact]
    public async Task Real_paragraphs_split_into_plausible_sentences()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Ilacs("barnet/2017-07-07.pdf"));
        var sentences = doc.Units.Where(u => !u.IsHeading && u.ListItem is null).ToList();
        Assert.True(sentences.Count > 400);
        // A sentence very rarely opens with a lower-case letter, and every long one ends with a stop.
        Assert.True(sentences.Count(u => char.IsLower(u.Text[0])) < sentences.Count / 50);
        Assert.True(sentences.Where(u => u.Text.Length > 60).Count(u => !".?!:’”)".Contains(u.Text.TrimEnd()[^1])) < sentences.Count / 50);
        Assert.DoesNotContain(sentences, u => u.Text.EndsWith(" e.g.", StringComparison.Ordinal) || u.Text.EndsWith(" i.e.", StringComparison.Ordinal));
    }
}
