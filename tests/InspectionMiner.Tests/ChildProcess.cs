using System.Diagnostics;

namespace InspectionMiner.Tests;

/// <summary>Runs a child process (the built CLI, <c>dotnet</c>, <c>git</c>) with a time limit and captures its output.</summary>
internal static class ChildProcess
{
    /// <summary>The built <c>inspection-miner</c> next to the tests, run through <c>dotnet</c>.</summary>
    public static string Cli { get; } = Path.Combine(AppContext.BaseDirectory, "inspection-miner.dll");

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/>; kills it and throws after <paramref name="limit"/>. A null value in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(
        string file, IEnumerable<string> args, TimeSpan limit, string? directory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (directory is not null)
        {
            info.WorkingDirectory = directory;
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key); // null: the child must not inherit this variable
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish within {limit}: {await stderr}");
        }

        return (process.ExitCode, await stdout, (await stderr).ReplaceLineEndings("\n"));
    }
}
