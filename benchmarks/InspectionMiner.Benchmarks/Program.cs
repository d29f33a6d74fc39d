using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- --filter '*'
// The corpus is read from ../shared/corpus beside the repository (override with IM_CORPUS).
// End to end (issue 4), after `dotnet build -c Release`: dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- end-to-end
if (args is ["end-to-end", ..])
{
    return InspectionMiner.Benchmarks.EndToEnd.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
