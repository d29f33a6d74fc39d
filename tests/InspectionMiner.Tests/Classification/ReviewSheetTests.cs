using InspectionMiner.Classification.Training;
using InspectionMiner.Labels;

namespace InspectionMiner.Tests.Classification;

/// <summary>The review loop: flagged units go out as a CSV, and the reviewed rows come back as hand labels that resolve.</summary>
public class ReviewSheetTests
{

    [Fact]
    public async Task Reviewed_rows_come_back_as_hand_labels_that_resolve_to_their_units()
    {
        var document = Directory.GetFiles(Path.Combine(TestCorpus.Shared, "focused-visits"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(TestCorpus.Shared, document).Replace('\\', '/');
        var mined = await new Miner().MineAsync(document);
        var items = mined.Units.Skip(10).Take(3).Select((u, i) => new ReviewItem(relative, u.Unit.Hash, u.Unit.Page, u.Unit.Section.Heading, i == 0 ? null : "before", u.Unit.Text, u.Finding)).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"review-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                ReviewSheet.Write(writer, items);
            }

            // A reviewer fills in the first two rows and leaves the third.
            var lines = File.ReadAllLines(path);
            lines[1] = lines[1][..^2] + "Strength,HelpAndProtection,Assessment;Timeliness";
            lines[2] = lines[2][..^2] + "AreaForImprovement,Leadership,";
            File.WriteAllLines(path, lines);

            var labels = ReviewSheet.Read(path);
            Assert.Equal(2, labels.Count);
            Assert.Equal((FindingType.Strength, JudgementArea.HelpAndProtection), (labels[0].Type, labels[0].Area));
            Assert.Equal([Theme.Assessment, Theme.Timeliness], labels[0].Themes);
            Assert.Empty(labels[1].Themes);
            Assert.All(labels, l => Assert.Equal(relative, l.Document));

            var set = await TrainingSetBuilder.BuildAsync(TestCorpus.Shared, labels);
            Assert.Equal(2, set.Hand.Count());
            Assert.Empty(set.Unresolved);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_label_not_in_the_scheme_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"review-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllLines(path, ["document,hash,text,reviewedType,reviewedArea,reviewedThemes", "a.pdf,0123456789abcdef,Some text,Strenght,Leadership,"]);
            var error = Assert.Throws<InvalidDataException>(() => ReviewSheet.Read(path));
            Assert.Contains($"{path}:2", error.Message);
            Assert.Contains("'Strenght'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
