using InspectionMiner.Classification;

namespace InspectionMiner.Tests.Classification;

public class TokenTableTests
{
    [Fact]
    public void Tokens_are_found_from_spans_and_others_are_not()
    {
        var table = TokenTable<int>.TryCreate([KeyValuePair.Create("pathway plans", 7), KeyValuePair.Create("personal", 3)])!;
        var text = "the pathway plans of personal advisers";

        Assert.True(table.TryGetValue(TokenTable<int>.KeyOf(text.AsSpan(4, 13)), out var slot));
        Assert.Equal(7, slot);
        Assert.True(table.TryGetValue(TokenTable<int>.KeyOf(text.AsSpan(21, 8)), out slot));
        Assert.Equal(3, slot);
        Assert.False(table.TryGetValue(TokenTable<int>.KeyOf("advisers"), out _));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void A_vocabulary_with_two_tokens_under_one_key_is_refused() =>
        Assert.Null(TokenTable<int>.TryCreate([KeyValuePair.Create("placement", 1), KeyValuePair.Create("placement", 2)]));
}
