using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- --filter '*'
// The corpus is read from ../shared/corpus beside the repository (override with IM_CORPUS).
// End to end (issue 4), after `dotnet build -c Release`: dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- end-to-end
if (args is ["end-to-end", ..])
{
    return InspectionMiner.Benchmarks.EndToEnd.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

// Fuzzing (long local mode of the CI fuzz test): dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- fuzz [mutants=1000] [seed=1] [timeout-seconds=20]
if (args is ["fuzz", ..])
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    var mutants = Arg(1, 1000);
    var seed = Arg(2, 1);
    var sources = InspectionMiner.Fuzzing.FuzzCorpus.Sources(InspectionMiner.Benchmarks.BenchCorpus.RepoRoot);
    Console.WriteLine($"fuzz: {mutants} mutants, seed {seed}, from {sources.Count} files: {string.Join(", ", sources.Select(Path.GetFileName))}");
    var report = InspectionMiner.Fuzzing.FuzzRun.Run(new InspectionMiner.Fuzzing.MutantGenerator(sources, seed).Generate(), mutants, TimeSpan.FromDays(1), TimeSpan.FromSeconds(Arg(3, 20)), Console.WriteLine);
    Console.WriteLine(report.ToMarkdown());
    return report.Crashes.Count + report.Hangs.Count + report.Violations.Count == 0 ? 0 : 1;
}

// Time until interactive of an HTML report in headless chromium: -- report-tti out/report.html [runs=7] ["#view=..."]
if (args is ["report-tti", var reportFile, ..])
{
    return await InspectionMiner.Benchmarks.ReportTti.RunAsync(reportFile, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7, args.Length > 3 ? args[3] : "");
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
