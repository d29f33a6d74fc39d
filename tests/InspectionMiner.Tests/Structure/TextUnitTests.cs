namespace InspectionMiner.Tests.Structure;

public class TextUnitTests
{
    [Fact]
    public async Task A_copy_with_another_text_has_the_key_of_its_own_text_not_the_originals()
    {
        var doc = await TestCorpus.ParseAsync(TestCorpus.Sample("westmarch-inspection.md"));
        var first = doc.Units.First(u => !u.IsHeading);
        var other = doc.Units.Last(u => !u.IsHeading && u.Text != first.Text);
        var key = first.Hash; // computed and cached before the copy is made

        var copy = first with { Text = other.Text };

        Assert.Equal(other.Hash, copy.Hash);
        Assert.NotEqual(key, copy.Hash);
        Assert.Equal(key, first.Hash);

        // The key is of the normalised text: case, punctuation and spacing do not change it.
        Assert.Equal(key, (first with { Text = "  " + first.Text.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal) + "!" }).Hash);
    }
}
