namespace BudgetReportGen.Tests.Shared;

/// <summary>Files of the repository (found by walking up to the .sln), so tests read the real sample, schema and broken files.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string SampleYaml => PathOf("data/examples/anshan-social-insurance-2023.yaml");
    public static string SampleJson => PathOf("data/examples/anshan-social-insurance-2023.json");
    public static string Schema => PathOf("data/schema/budget-data.schema.json");
    public static string Broken(string name) => PathOf(Path.Combine("tests/data", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (BudgetReportGen.sln) not found above " + AppContext.BaseDirectory);
    }
}
