using System.Text.Json;
using InspectionMiner.Cli;

namespace InspectionMiner.Tests.Cli;

/// <summary>The command line's conventions: usage errors, --model, what train and evaluate need, help, progress.</summary>
public sealed class CliConventionsTests : IDisposable
{
    private static string Model => Path.Combine(TestCorpus.RepoRoot, "src", "InspectionMiner", "Classification", "Model");

    private static Task<(int Exit, string Out, string Err)> RunAsync(string directory, params string[] args) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.Cli, .. args], TimeSpan.FromMinutes(5), directory, new Dictionary<string, string?> { ["CI"] = null });

    private readonly List<TempFolder> _folders = [];

    private string EmptyDirectory()
    {
        var folder = new TempFolder("im-conventions-");
        _folders.Add(folder);
        return folder.Path;
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    [Theory]
    [InlineData("--paralel", "2", "--parallel")]
    [InlineData("--dbb", "other.db", "--db")]
    [InlineData("--formt", "csv", "--format")]
    public async Task A_mistyped_option_of_mine_is_a_usage_error_naming_the_nearest_option_and_nothing_is_mined(string typo, string value, string nearest)
    {
        var dir = EmptyDirectory();

        var (exit, stdout, stderr) = await RunAsync(dir, "mine", TestCorpus.Sample("westmarch-focused-visit.txt"), typo, value);

        Assert.Equal(1, exit);
        Assert.Contains($"'{typo}' is not an option of mine. Did you mean {nearest}?", stderr);
        Assert.Contains($"'{value}' is neither a file nor a folder", stderr);
        Assert.Empty(stdout);
        Assert.Empty(Directory.GetFileSystemEntries(dir)); // no findings.db, no other.db
    }

    [Theory]
    [InlineData("compare", "--dbb", "--db")]
    [InlineData("facts", "--formatt", "--format")]
    [InlineData("report", "--titel", "--title")]
    [InlineData("classify", "--modell", "--model")]
    public async Task A_mistyped_option_of_any_command_is_a_usage_error_naming_the_nearest_option(string command, string typo, string nearest)
    {
        var args = command is "facts" ? new[] { command, TestCorpus.Sample("westmarch-inspection.md"), typo, "x" } : [command, typo, "x"];

        var (exit, stdout, stderr) = await RunAsync(EmptyDirectory(), args);

        Assert.Equal(1, exit);
        Assert.Contains($"'{typo}' is not an option of {command}. Did you mean {nearest}?", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task A_file_whose_name_starts_with_a_dash_is_still_a_path()
    {
        var dir = EmptyDirectory();
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), Path.Combine(dir, "-letter.txt"));

        var (exit, stdout, _) = await RunAsync(dir, "facts", "-letter.txt");

        Assert.Equal(0, exit);
        var facts = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("-letter.txt", facts.GetProperty("document").GetString());
        Assert.Equal("FocusedVisit", facts.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public async Task Train_and_evaluate_away_from_a_clone_say_what_they_need_without_a_stack_trace(string command)
    {
        var (exit, stdout, stderr) = await RunAsync(EmptyDirectory(), command);

        Assert.Equal(1, exit);
        Assert.Contains($"{command} needs hand annotations and the corpus they label", stderr);
        Assert.Contains("'corpus/annotations' is neither a JSONL file of annotations nor a folder holding hand*.jsonl files", stderr);
        Assert.Contains("--annotations FILE|FOLDER", stderr);
        Assert.Contains("The corpus root '../shared/corpus' does not exist", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Evaluate_test_away_from_a_clone_says_it_needs_the_blind_test_set()
    {
        var (exit, _, stderr) = await RunAsync(EmptyDirectory(), "evaluate", "--test");

        Assert.Equal(1, exit);
        Assert.Contains("evaluate --test needs the blind test set", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Classify_and_mine_use_the_model_given_with_model()
    {
        var dir = EmptyDirectory();
        var input = Path.Combine(dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":1,\"text\":\"The timeliness of initial health assessments.\",\"section\":\"What needs to improve?\"}\n");
        var notAModel = Path.Combine(dir, "findings-model.zip");
        File.Copy(TestCorpus.Sample("westmarch-focused-visit.txt"), notAModel);

        var embedded = await RunAsync(dir, "classify", input);
        var fromFolder = await RunAsync(dir, "classify", input, "--model", Model);
        var fromZip = await RunAsync(dir, "classify", input, "--model", Path.Combine(Model, "findings-model.zip"));
        var missing = await RunAsync(dir, "mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--no-db", "--model", Path.Combine(dir, "nowhere"));
        var broken = await RunAsync(dir, "mine", TestCorpus.Sample("westmarch-focused-visit.txt"), "--no-db", "--model", notAModel);

        Assert.Equal(0, embedded.Exit);
        Assert.Equal("Recommendation", JsonDocument.Parse(embedded.Out).RootElement.GetProperty("type").GetString());
        Assert.Equal(embedded.Out, fromFolder.Out);
        Assert.Equal(embedded.Out, fromZip.Out);
        Assert.Equal(1, missing.Exit);
        Assert.Contains(Path.Combine(dir, "nowhere"), missing.Err);
        Assert.Contains("no model there", missing.Err);
        Assert.Equal(1, broken.Exit);
        Assert.Contains($"{notAModel}: not a model saved by `inspection-miner train`", broken.Err);
        Assert.DoesNotContain("   at ", broken.Err);
    }

    [Theory]
    [InlineData("facts")]
    [InlineData("units")]
    [InlineData("mine")]
    [InlineData("classify")]
    [InlineData("compare")]
    [InlineData("history")]
    [InlineData("follow-through")]
    [InlineData("report")]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("corpus", "download")]
    public async Task Every_commands_help_ends_with_examples_of_that_command(params string[] command)
    {
        var (exit, stdout, _) = await RunAsync(EmptyDirectory(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        var examples = stdout[stdout.IndexOf("Examples:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains("inspection-miner " + string.Join(' ', command), e));
    }

    [Fact]
    public async Task Redirected_records_go_to_standard_output_and_progress_to_standard_error()
    {
        var (exit, stdout, stderr) = await RunAsync(EmptyDirectory(), "mine", Path.Combine(TestCorpus.RepoRoot, "corpus", "samples"), "--no-db");

        Assert.Equal(0, exit);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(records.Length > 50);
        Assert.All(records, r => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(r).RootElement.ValueKind));
        Assert.Matches(@"\[\d\d:\d\d:\d\d\] \d+/\d+ documents", stderr);
        Assert.Contains("mined ", stderr);
        Assert.DoesNotContain("{", stderr);
    }

    [Fact]
    public async Task Records_written_to_a_terminal_are_not_interleaved_with_progress()
    {
        // `script` gives the tool a terminal for both streams, as when a user types the command.
        var command = $"dotnet '{ChildProcess.Cli}' mine '{Path.Combine(TestCorpus.RepoRoot, "corpus", "samples")}' --no-db";

        var (exit, screen, _) = await ChildProcess.RunAsync("script", ["-qec", command, "/dev/null"], TimeSpan.FromMinutes(5), EmptyDirectory(), new Dictionary<string, string?> { ["CI"] = null });

        Assert.Equal(0, exit);
        // .NET switches a terminal's keypad to application mode when it starts and back when it exits.
        screen = screen.Replace("\u001b[?1h\u001b=", string.Empty, StringComparison.Ordinal).Replace("\u001b[?1l\u001b>", string.Empty, StringComparison.Ordinal);
        var lines = screen.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("mined ", lines[^1]);
        Assert.True(lines.Length > 50);
        Assert.All(lines[..^1], l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.DoesNotContain("\u001b[", screen); // no cursor movement of a progress bar
    }

    [Theory]
    [InlineData(true, true, false, true, "SummaryOnly")]
    [InlineData(true, true, false, false, "Bar")]
    [InlineData(true, false, false, true, "Bar")]
    [InlineData(false, true, false, true, "Lines")]
    [InlineData(true, false, true, true, "Lines")]
    public void Progress_shows_as_a_bar_on_a_terminal_unless_records_go_to_the_same_terminal(bool errorIsTerminal, bool outputIsTerminal, bool ci, bool recordsOnStandardOutput, string expected) =>
        Assert.Equal(Enum.Parse<ProgressDisplay>(expected), BatchProgress.Choose(errorIsTerminal, outputIsTerminal, ci, recordsOnStandardOutput));
}
