using System.CommandLine;
using InspectionMiner.Analysis;

namespace InspectionMiner.Cli;

/// <summary>The <c>--kind all|inspections|visits</c> option: which documents to count, so that like is compared with like.</summary>
internal static class KindOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--kind") { Description = "all documents, full inspections only, or focused (and monitoring) visits only.", DefaultValueFactory = _ => "all" };
        option.AcceptOnlyFromAmong("all", "inspections", "visits");
        return option;
    }

    public static DocumentScope Scope(string value) => value switch
    {
        "inspections" => DocumentScope.FullInspections,
        "visits" => DocumentScope.FocusedVisits,
        _ => DocumentScope.All,
    };
}
