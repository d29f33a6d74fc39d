namespace InspectionMiner.Tests;

/// <summary>
/// The two test sets. <c>dotnet test</c> runs the fast set, every test without the <c>Category=Full</c> trait;
/// <c>dotnet test -p:TestSet=full</c> and <c>.ci/run</c> run everything. A test joins the full set when it reads the
/// whole corpus, trains a model, packs and installs the packages, or drives a browser.
/// </summary>
internal static class TestSets
{
    /// <summary>The trait name the filter reads.</summary>
    public const string Category = "Category";

    /// <summary>Tests that run only in the full set.</summary>
    public const string Full = "Full";
}
