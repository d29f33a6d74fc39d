using System.CommandLine;
using InspectionMiner.Cli;
using InspectionMiner.Cli.Commands;

var corpus = CorpusCommand.Create();
corpus.Subcommands.Single(c => c.Name == "download").WithExamples(
    "inspection-miner corpus download --out ../my-corpus",
    "inspection-miner corpus download --out ../my-corpus --collection ilacs --parallel 8");

var root = new RootCommand("InspectionMiner: mine Ofsted's inspection reports and letters on children's services.")
{
    FactsCommand.Create().WithExamples(
        "inspection-miner facts corpus/samples",
        "inspection-miner facts reports/ --format csv > facts.csv"),
    UnitsCommand.Create().WithExamples(
        "inspection-miner units corpus/samples/westmarch-focused-visit.txt > units.jsonl"),
    MineCommand.Create().WithExamples(
        "inspection-miner mine corpus/samples --no-db",
        "inspection-miner mine reports/ --db findings.db --quiet",
        "inspection-miner mine reports/ --no-db --format parquet --out units.parquet",
        "inspection-miner mine reports/ --no-db --findings-only --format xlsx --out findings.xlsx",
        "inspection-miner mine letter.pdf --no-db --model my-model"),
    ClassifyCommand.Create().WithExamples(
        "echo '{\"id\":1,\"text\":\"The timeliness of initial health assessments.\",\"section\":\"What needs to improve?\"}' | inspection-miner classify",
        "inspection-miner classify sentences.jsonl --model my-model > labels.jsonl"),
    CompareCommand.Create().WithExamples(
        "inspection-miner compare --db findings.db --by year --type AreaForImprovement --type Recommendation",
        "inspection-miner compare --db findings.db --by authority --authority Luton --recurrence-csv luton.csv"),
    HistoryCommand.Create().WithExamples(
        "inspection-miner history --db findings.db --authority Barnet",
        "inspection-miner history --db findings.db --authority 302 --kind inspections --format csv > barnet.csv"),
    FollowThroughCommand.Create().WithExamples(
        "inspection-miner follow-through --db findings.db --authority \"London Borough of Barnet\"",
        "inspection-miner follow-through --db findings.db --format json --candidates > pairs.jsonl"),
    ReportCommand.Create().WithExamples(
        "inspection-miner report --db findings.db --out report.html"),
    ReviewCommand.Create().WithExamples(
        "inspection-miner review reports/ --out review.csv",
        "inspection-miner review --db findings.db --out review.csv --authority Barnet --limit 200",
        "inspection-miner train --reviewed review.csv --out my-model   (after correcting reviewedType, reviewedArea, reviewedThemes)"),
    TrainCommand.Create().WithExamples(
        "inspection-miner train                  (from a clone: corpus/annotations, ../shared/corpus, the library's model folder)",
        "inspection-miner train --annotations my-labels.jsonl --corpus /data/corpus --out my-model"),
    EvaluateCommand.Create().WithExamples(
        "inspection-miner evaluate               (from a clone: 5-fold cross-validation by local authority)",
        "inspection-miner evaluate --annotations my-labels.jsonl --corpus /data/corpus --folds 10",
        "inspection-miner evaluate --test --model my-model"),
    corpus,
}.WithExamples(
    "inspection-miner mine corpus/samples --no-db",
    "inspection-miner <command> --help");
HelpExamples.Install(root);

Console.OutputEncoding = System.Text.Encoding.UTF8;
var parsed = root.Parse(args);
if (UnknownOptions.Find(parsed) is { Count: > 0 } errors)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    var command = parsed.CommandResult.Command is RootCommand ? string.Empty : parsed.CommandResult.Command.Name + " ";
    Console.Error.WriteLine($"Usage: see inspection-miner {command}--help");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
