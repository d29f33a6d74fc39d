using System.CommandLine;
using InspectionMiner.Cli.Commands;

var root = new RootCommand("InspectionMiner: mine Ofsted's inspection reports and letters on children's services.")
{
    FactsCommand.Create(),
    UnitsCommand.Create(),
    MineCommand.Create(),
    ClassifyCommand.Create(),
    CompareCommand.Create(),
    ReportCommand.Create(),
    TrainCommand.Create(),
    EvaluateCommand.Create(),
    CorpusCommand.Create(),
};

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await root.Parse(args).InvokeAsync();
