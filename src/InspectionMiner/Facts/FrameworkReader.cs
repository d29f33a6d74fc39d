using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;

namespace InspectionMiner.Facts;

/// <summary>Reads the inspection framework from the title, or from the date where the title does not name it.</summary>
internal static partial class FrameworkReader
{
    private static readonly DateOnly SifStart = new(2013, 11, 1);
    private static readonly DateOnly IlacsStart = new(2018, 1, 1);
    public static readonly DateOnly ReformStart = new(2026, 4, 1);

    public static Framework? FrameworkOf(string head, DocumentKind kind, DateOnly? date)
    {
        Framework? byTitle = null;
        if (IlacsTitle().IsMatch(head) || IlacsFrameworkName().IsMatch(head))
        {
            byTitle = Framework.Ilacs;
        }
        else if (SifTitle().IsMatch(head))
        {
            byTitle = Framework.Sif;
        }
        else if (PreSifTitle().IsMatch(head) && kind != DocumentKind.CouncilReport)
        {
            byTitle = Framework.PreSif;
        }

        if (byTitle == Framework.Ilacs || (byTitle is null && kind is DocumentKind.FocusedVisit))
        {
            return date is { } d && d >= ReformStart ? Framework.Ilacs2026 : Framework.Ilacs;
        }

        if (byTitle is not null)
        {
            return byTitle;
        }

        if (date is null)
        {
            return null;
        }

        return date < SifStart ? Framework.PreSif : date < IlacsStart ? Framework.Sif : date < ReformStart ? Framework.Ilacs : Framework.Ilacs2026;
    }

    [GeneratedRegex(@"^Inspection of (?!local authority)(?<la>[^\n]{2,80}?) (?:(?:local authority )?children's services|Children and Families Trust|Children's Trust)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    public static partial Regex IlacsTitle();

    [GeneratedRegex(@"Inspection of services for children in need of help and protection", RegexOptions.IgnoreCase)]
    private static partial Regex SifTitle();

    [GeneratedRegex(@"Inspection of (?:safeguarding|looked after children|services for looked after)", RegexOptions.IgnoreCase)]
    private static partial Regex PreSifTitle();

    [GeneratedRegex(@"inspection of local authority children's services \(ILACS\)", RegexOptions.IgnoreCase)]
    private static partial Regex IlacsFrameworkName();
}
