using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace InspectionMiner.Tests.Packaging;

/// <summary>
/// Packs the library and the tool from a clone of this repository (whose origin is the GitHub repository, as when
/// publishing), installs them from a local folder feed into a fresh consumer project and a tool manifest, and runs
/// both on the fictional sample letter. Slow (a few minutes): it restores, builds and packs from scratch.
/// </summary>
[Trait("Category", "Packaging")]
[Trait(TestSets.Category, TestSets.Full)] // packs both packages and installs them
public class PackageInstallTests
{
    private const string GitHubUrl = "https://github.com/inspection-miner/InspectionMiner";

    [Fact]
    public async Task Both_packages_install_from_a_local_feed_and_work_on_a_sample_letter()
    {
        var work = Directory.CreateTempSubdirectory("im-pack-").FullName;
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        try
        {
            // 1. A clone of HEAD with the GitHub origin, packed the way a release is.
            var source = Path.Combine(work, "source");
            await RunAsync(work, "git", "clone", "--quiet", TestCorpus.RepoRoot, source);
            await RunAsync(source, "git", "remote", "set-url", "origin", GitHubUrl + ".git");
            var feed = Path.Combine(work, "feed");
            foreach (var project in new[] { "src/InspectionMiner/InspectionMiner.csproj", "src/InspectionMiner.Embeddings/InspectionMiner.Embeddings.csproj", "src/InspectionMiner.Cli/InspectionMiner.Cli.csproj" })
            {
                await RunAsync(source, "dotnet", "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:ContinuousIntegrationBuild=true", "-nodeReuse:false");
            }

            var library = Path.Combine(feed, $"InspectionMiner.{version}.nupkg");
            var symbols = Path.Combine(feed, $"InspectionMiner.{version}.snupkg");
            var tool = Path.Combine(feed, $"InspectionMiner.Cli.{version}.nupkg");
            Assert.True(File.Exists(library) && File.Exists(symbols) && File.Exists(tool), "feed holds: " + string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName)));
            AssertLibraryPackage(library, symbols);
            AssertToolPackage(tool);

            // 2. A fresh consumer project compiles against the public API and gets classified findings.
            var consumer = Path.Combine(work, "consumer");
            Directory.CreateDirectory(consumer);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local-feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="InspectionMiner" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using InspectionMiner;
                using InspectionMiner.Classification;
                using InspectionMiner.Labels;

                using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                var miner = new Miner();
                MinedDocument doc = await miner.MineAsync(args[0], cts.Token);
                Console.WriteLine($"authority={doc.Facts.AuthorityAsPrinted}");
                Console.WriteLine($"kind={doc.Facts.Kind}");
                Console.WriteLine($"units={doc.Units.Count}");
                Console.WriteLine($"recommendations={doc.Findings.Count(f => f.Finding.Type == FindingType.Recommendation)}");
                Console.WriteLine($"strengths={doc.Findings.Count(f => f.Finding.Type == FindingType.Strength)}");
                Finding one = miner.Classify("The timeliness of initial child protection conferences.", "What needs to improve?");
                Console.WriteLine($"one={one.Type}:{one.TypeConfidence:0.00}");
                """);
            var sample = TestCorpus.Sample("westmarch-focused-visit.txt");
            await RunAsync(consumer, "dotnet", "build", "-c", "Release", "-nodeReuse:false");
            var output = await RunAsync(consumer, "dotnet", "run", "-c", "Release", "--no-build", "--", sample);
            var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Contains('=', StringComparison.Ordinal))
                .Select(l => l.Split('=', 2))
                .ToDictionary(p => p[0], p => p[1]);
            Assert.Equal("Westmarch", values["authority"]);
            Assert.Equal("FocusedVisit", values["kind"]);
            Assert.True(int.Parse(values["units"]) > 10, output);
            Assert.True(int.Parse(values["recommendations"]) >= 2, output);
            Assert.True(int.Parse(values["strengths"]) >= 1, output);
            Assert.StartsWith("Recommendation:", values["one"], StringComparison.Ordinal);

            // 3. The tool installs into a tool manifest and prints facts.
            await RunAsync(consumer, "dotnet", "new", "tool-manifest");
            await RunAsync(consumer, "dotnet", "tool", "install", "InspectionMiner.Cli", "--version", version);
            var facts = await RunAsync(consumer, "dotnet", "tool", "run", "inspection-miner", "--", "facts", sample);
            var record = JsonDocument.Parse(facts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.StartsWith('{'))).RootElement;
            Assert.Equal("Westmarch", record.GetProperty("authorityAsPrinted").GetString());
            Assert.Equal("FocusedVisit", record.GetProperty("kind").GetString());
            Assert.Equal("2025-02-04", record.GetProperty("inspectionStart").GetString());
        }
        finally
        {
            TryDelete(work);
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            TryDelete(Path.Combine(cache, "inspectionminer", version));
            TryDelete(Path.Combine(cache, "inspectionminer.cli", version));
        }
    }

    private static void AssertLibraryPackage(string library, string symbols)
    {
        using var zip = ZipFile.OpenRead(library);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        var repository = metadata.Element(ns + "repository");
        Assert.Equal(GitHubUrl, repository?.Attribute("url")?.Value?.TrimEnd('/').Replace(".git", string.Empty, StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{40}$", repository?.Attribute("commit")?.Value ?? string.Empty);
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        Assert.Contains(zip.Entries, e => e.FullName == "docs/labels.md"); // the label scheme the README links
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/InspectionMiner.xml");

        // The model is embedded in the library: no file on disk is needed to load it.
        using var dll = new MemoryStream();
        zip.GetEntry("lib/net10.0/InspectionMiner.dll")!.Open().CopyTo(dll);
        dll.Position = 0;
        using var pe = new PEReader(dll);
        var reader = pe.GetMetadataReader();
        var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
        Assert.Contains("InspectionMiner.findings-model.zip", resources);
        Assert.Contains("InspectionMiner.findings-model.json", resources);
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);

        // The symbols package carries a portable PDB whose SourceLink maps the sources to the commit on GitHub.
        using var symbolZip = ZipFile.OpenRead(symbols);
        using var pdb = new MemoryStream();
        symbolZip.Entries.Single(e => e.FullName == "lib/net10.0/InspectionMiner.pdb").Open().CopyTo(pdb);
        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var pdbReader = provider.GetMetadataReader();
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var sourceLink = pdbReader.CustomDebugInformation
            .Select(h => pdbReader.GetCustomDebugInformation(h))
            .Where(c => pdbReader.GetGuid(c.Kind) == sourceLinkKind)
            .Select(c => System.Text.Encoding.UTF8.GetString(pdbReader.GetBlobBytes(c.Value)))
            .Single();
        Assert.Contains("raw.githubusercontent.com/inspection-miner/InspectionMiner/" + repository!.Attribute("commit")!.Value, sourceLink);
    }

    private static void AssertToolPackage(string tool)
    {
        using var zip = ZipFile.OpenRead(tool);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        var command = XDocument.Load(settings.Open()).Descendants("Command").Single();
        Assert.Equal("inspection-miner", command.Attribute("Name")?.Value);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/InspectionMiner.dll", StringComparison.Ordinal));
    }

    private static async Task<string> RunAsync(string directory, string file, params string[] args)
    {
        // The test host runs under MSBuild's and the test platform's environment; a nested build must not inherit it.
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => (k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) && k != "MSBUILDDISABLENODEREUSE") || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)))
        {
            environment[key] = null;
        }

        var (exit, output, error) = await ChildProcess.RunAsync(file, args, TimeSpan.FromMinutes(10), directory, environment);
        Assert.True(exit == 0, $"{file} {string.Join(' ', args)} in {directory} exited {exit}:\n{output}\n{error}");
        return output;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
