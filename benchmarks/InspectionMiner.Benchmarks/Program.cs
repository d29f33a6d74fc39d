using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/InspectionMiner.Benchmarks -- --filter '*'
// The corpus is read from ../shared/corpus beside the repository (override with IM_CORPUS).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
