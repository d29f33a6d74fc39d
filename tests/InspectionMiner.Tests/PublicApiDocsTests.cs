using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace InspectionMiner.Tests;

/// <summary>
/// The NuGet package's contract: every public type has XML docs with a summary and an example; async methods take a
/// cancellation token; results are immutable (no public setters other than <c>init</c>).
/// </summary>
public sealed class PublicApiDocsTests
{
    private static readonly Assembly Library = typeof(Miner).Assembly;

    private static readonly Type[] Exported = Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    [Fact]
    public void TheLibraryExportsItsPublicTypes() =>
        Assert.True(Exported.Length >= 50, $"Expected the library's public surface (about 59 types), found {Exported.Length} exported types.");

    [Fact]
    public void EveryExportedTypeHasASummaryAndAnExampleWithCode()
    {
        var docs = LoadDocumentation();
        var missingDocs = new List<string>();
        var missingSummary = new List<string>();
        var missingExample = new List<string>();
        foreach (var type in Exported)
        {
            var name = DisplayName(type);
            if (!docs.TryGetValue(DocumentationId(type), out var member))
            {
                missingDocs.Add(name);
                continue;
            }

            if (member.Element("summary") is not { } summary || string.IsNullOrWhiteSpace(summary.Value))
            {
                missingSummary.Add(name);
            }

            if (!member.Elements("example").Any(e => e.Descendants("code").Any(c => !string.IsNullOrWhiteSpace(c.Value))))
            {
                missingExample.Add(name);
            }
        }

        var problems = new List<string>();
        if (missingDocs.Count > 0)
        {
            problems.Add($"{missingDocs.Count} exported types have no XML docs at all:\n  " + string.Join("\n  ", missingDocs));
        }

        if (missingSummary.Count > 0)
        {
            problems.Add($"{missingSummary.Count} exported types have no <summary>:\n  " + string.Join("\n  ", missingSummary));
        }

        if (missingExample.Count > 0)
        {
            problems.Add($"{missingExample.Count} exported types have no <example> with a <code> block:\n  " + string.Join("\n  ", missingExample));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryPublicAsyncMethodTakesACancellationToken()
    {
        var offenders = new List<string>();
        foreach (var type in Exported.Where(t => !t.IsEnum))
        {
            // A framework interface fixes its own signature (IAsyncDisposable.DisposeAsync takes no token).
            HashSet<MethodInfo> frameworkContracts = type.IsInterface
                ? []
                : type.GetInterfaces().Where(i => i.Assembly != Library).SelectMany(i => type.GetInterfaceMap(i).TargetMethods).ToHashSet();
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsAsync(method.ReturnType) && !frameworkContracts.Contains(method)
                    && !method.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
                {
                    offenders.Add($"{DisplayName(type)}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})");
                }
            }
        }

        Assert.True(offenders.Count == 0, $"{offenders.Count} public async methods take no CancellationToken:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void ExportedRecordsAndClassesHaveNoPublicSettersOtherThanInit()
    {
        var offenders = new List<string>();
        foreach (var type in Exported.Where(t => !t.IsEnum && !t.IsInterface))
        {
            // Properties the library declares; those inherited from the framework (Exception.HelpLink, Source, HResult) are not ours to shape.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                         .Where(p => p.DeclaringType?.Assembly == Library))
            {
                if (property.GetSetMethod(nonPublic: false) is { } setter && !IsInitOnly(setter))
                {
                    offenders.Add($"{DisplayName(type)}.{property.Name} {{ set; }}");
                }
            }
        }

        Assert.True(offenders.Count == 0, $"{offenders.Count} public properties have a setter other than init (results must be immutable):\n  " + string.Join("\n  ", offenders));
    }

    private static Dictionary<string, XElement> LoadDocumentation()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(path), $"The library's XML documentation file is missing: {path} (GenerateDocumentationFile must stay on).");
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name")?.Value.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => m.Attribute("name")!.Value, StringComparer.Ordinal);
    }

    /// <summary>The documentation comment ID of a type: <c>T:</c>, full name, nested types joined by a dot, generic arity kept (<c>ScoredLabel`1</c>).</summary>
    private static string DocumentationId(Type type) => "T:" + type.FullName!.Replace('+', '.');

    private static string DisplayName(Type type) => type.FullName!.Replace('+', '.');

    private static bool IsAsync(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return true;
        }

        if (!returnType.IsGenericType)
        {
            return false;
        }

        var definition = returnType.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) || definition == typeof(IAsyncEnumerable<>);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
