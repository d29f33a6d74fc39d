using Spectre.Console;

namespace InspectionMiner.Cli;

/// <summary>
/// The live progress bar the tool draws on a terminal, on standard error so that standard output stays clean for
/// records: description, bar, percentage, time left and a spinner. Batch and download progress both draw it.
/// </summary>
internal static class LiveProgress
{
    /// <summary>
    /// Runs <paramref name="work"/> under a bar named <paramref name="name"/> counting to <paramref name="total"/>;
    /// <paramref name="work"/> receives the console (to write lines above the bar) and the bar to update.
    /// </summary>
    public static Task RunAsync(string name, int total, Func<IAnsiConsole, ProgressTask, Task> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(ctx => work(console, ctx.AddTask(name, maxValue: Math.Max(1, total))));
    }
}
