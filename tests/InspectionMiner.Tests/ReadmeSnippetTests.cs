using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InspectionMiner.Tests;

/// <summary>
/// The C# blocks of the READMEs compile against the library as a fresh console project would compile them (top-level
/// statements, the SDK's implicit usings), so a newcomer can paste them as they are.
/// </summary>
public partial class ReadmeSnippetTests
{
    /// <summary>What <c>dotnet new console</c> brings in with ImplicitUsings.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<string> Readmes => new() { "README.md", "src/InspectionMiner/PACKAGE.md" };

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_csharp_block_compiles_against_the_library(string readme)
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.RepoRoot, readme));
        var blocks = CSharpBlock().Matches(text).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(blocks);

        foreach (var block in blocks)
        {
            var errors = Compile(block).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            Assert.True(errors.Count == 0, $"{readme}: a C# block does not compile:\n{string.Join('\n', errors)}\n---\n{block}");
        }
    }

    [Fact]
    public void A_block_that_uses_an_undeclared_name_does_not_compile()
    {
        var errors = Compile("using InspectionMiner;\nvar doc = await new Miner().MineAsync(\"letter.pdf\", ct);").Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Contains(errors, e => e.Id == "CS0103" && e.GetMessage().Contains("'ct'", StringComparison.Ordinal));
    }

    private static IEnumerable<Diagnostic> Compile(string program)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Miner).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(program, options)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics();
    }

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
