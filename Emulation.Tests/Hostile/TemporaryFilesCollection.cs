namespace Emulation.Tests.Hostile;

/// <summary>
/// Tests that compare the temporary folder before and after run alone: another class reading a workbook at the same
/// moment would otherwise count as this test's leftovers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TemporaryFilesCollection
{
    public const string Name = "Temporary files";
}
