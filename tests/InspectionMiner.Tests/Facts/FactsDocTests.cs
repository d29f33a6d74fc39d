using System.Text.RegularExpressions;
using InspectionMiner.Records;

namespace InspectionMiner.Tests.Facts;

/// <summary>docs/facts.md describes the fields <c>facts</c> writes.</summary>
public partial class FactsDocTests
{
    [Fact]
    public void The_field_table_of_the_facts_doc_names_every_field_facts_writes_in_order()
    {
        var doc = File.ReadAllLines(Path.Combine(TestCorpus.RepoRoot, "docs", "facts.md"));
        var table = doc.SkipWhile(l => !l.StartsWith("| field |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'));
        var named = table.SelectMany(l => FieldName().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(RecordSchema.Facts.Select(f => f.Name), named);
    }

    [GeneratedRegex("`([A-Za-z]+)`")]
    private static partial Regex FieldName();
}
