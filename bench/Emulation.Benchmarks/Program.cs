using BenchmarkDotNet.Running;

if (args is ["hostile-imports"])
{
    return await Emulation.Benchmarks.HostileImportMemory.RunAsync();
}

if (args is ["reevaluation", ..])
{
    return Emulation.Benchmarks.ReevaluationTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
}

if (args is ["saves-first", var copy, var mode])
{
    return await Emulation.Benchmarks.SaveTimes.FirstInProcessAsync(copy, rehearse: mode == "rehearsed");
}

if (args is ["saves", var seeded, ..])
{
    return await Emulation.Benchmarks.SaveTimes.RunAsync(seeded, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

BenchmarkSwitcher.FromAssembly(typeof(Emulation.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
return 0;
