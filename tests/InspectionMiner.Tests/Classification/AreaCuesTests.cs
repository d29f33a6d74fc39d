using InspectionMiner.Classification;
using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Tests.Classification;

public class AreaCuesTests
{
    [Theory]
    [InlineData("Pathway plans are not consistently updated.", null, "cue_CareLeavers")]
    [InlineData("Return home interviews for children in care who go missing.", null, "cue_HelpAndProtection cue_ChildrenInCare cue_several")]
    [InlineData("Personal education plans are of good quality.", "Experiences and progress of children in care", "cue_ChildrenInCare cues_ChildrenInCare")]
    [InlineData("Workers know their children well.", null, "cue_none")]
    [InlineData("The working environment supports staff.", null, "cue_none")] // "environment" holds no IRO
    [InlineData("Employment rates are high.", null, "cue_CareLeavers")] // "employment" holds no PLO
    [InlineData("Peppered with delay.", null, "cue_none")] // no PEP
    public void Cue_tokens_name_the_areas_whose_terms_a_unit_mentions(string text, string? heading, string expected) =>
        Assert.Equal(expected, AreaCues.Of(text, heading));

    [Fact]
    public void The_lexicon_reads_lower_cased_words_and_each_pair_of_adjacent_words() =>
        Assert.Equal(
            ["pathway", "plans", "pathway_plans", "and", "plans_and", "care-leavers'", "and_care-leavers'", "advisers", "care-leavers'_advisers"],
            AreaLexicon.TokensOf("Pathway plans, and Care-leavers’ 2 advisers."));

    [Fact]
    [Trait(TestSets.Category, TestSets.Full)] // parses dozens of reports
    public async Task A_lexicon_learned_from_some_reports_judgement_sections_points_other_reports_sentences_to_their_section()
    {
        // Real reports, all under the ILACS framework's judgement headings: the first twenty teach, the next ten are read.
        var reports = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "ilacs"), "202*.pdf", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Where((_, i) => i % 5 == 0).Take(30).ToList();
        var sentences = new List<(string Text, JudgementArea Area)[]>();
        foreach (var path in reports)
        {
            var document = await TestCorpus.ParseAsync(path);
            sentences.Add(document.Units.Where(u => !u.IsHeading && u.Section.Kind == SectionKind.Judgement && u.Section.Area is not null)
                .Select(u => (u.Text, u.Section.Area!.Value)).ToArray());
        }

        var lexicon = AreaLexicon.Build(sentences.Take(20).SelectMany(s => s));
        var held = sentences.Skip(20).SelectMany(s => s).Where(s => s.Text.Length > 60).ToList();
        var right = held.Count(s => lexicon.Features(s.Text).StartsWith("nbtop_" + s.Area, StringComparison.Ordinal));

        Assert.True(held.Count > 1000, $"{held.Count} held-out sentences");
        Assert.True(right > 0.6 * held.Count, $"{right} of {held.Count} held-out sentences point to their section's area");

        // What it writes, it reads back to the same features.
        var copy = AreaLexicon.Deserialize(lexicon.Serialize());
        Assert.Equal(lexicon.Count, copy.Count);
        Assert.Equal(held.Select(s => lexicon.Features(s.Text)), held.Select(s => copy.Features(s.Text)));
    }
}
