using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'   (figures go to docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Conversational.Benchmarks.ParserBenchmarks).Assembly).Run(args);
