using BenchmarkDotNet.Running;

if (args is ["hostile-imports"])
{
    return await Emulation.Benchmarks.HostileImportMemory.RunAsync();
}

if (args is ["reevaluation", ..])
{
    return Emulation.Benchmarks.ReevaluationTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
}

BenchmarkSwitcher.FromAssembly(typeof(Emulation.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
return 0;
