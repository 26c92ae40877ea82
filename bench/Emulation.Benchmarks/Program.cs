using BenchmarkDotNet.Running;

if (args is ["hostile-imports"])
{
    return await Emulation.Benchmarks.HostileImportMemory.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Emulation.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
return 0;
