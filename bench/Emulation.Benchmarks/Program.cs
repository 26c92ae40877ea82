using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Emulation.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
