using System.Globalization;
using System.Text.RegularExpressions;

namespace InspectionMiner.Structure;

/// <summary>
/// Reads the dates and date ranges Ofsted prints: "15 to 26 June 2026", "25 April – 18 May 2017", "30 and 31 January 2018",
/// "the 15 and 16 of May 2018", and day/month/year in figures ("1/06/2015 – 25/06/2015", as some 2015–16 reports print them).
/// </summary>
internal static partial class DateText
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>All dates named in <paramref name="text"/>, in order, with missing months and years taken from the next full date.</summary>
    public static IReadOnlyList<DateOnly> ReadAll(string text)
    {
        var parts = new List<(int Day, int? Month, int? Year)>();
        foreach (Match m in DayMonthYear().Matches(text))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int? month = m.Groups["m"].Success ? MonthOf(m.Groups["m"].Value)
                : m.Groups["mn"].Success ? int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture) : null;
            if (month is < 1 or > 12)
            {
                continue;
            }

            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            if (day is < 1 or > 31 || (month is null && year is not null))
            {
                continue;
            }

            parts.Add((day, month, year));
        }

        // Fill from the right: "15 to 26 June 2026" gives 15 June 2026.
        int? nextMonth = null, nextYear = null;
        var dates = new DateOnly?[parts.Count];
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            var (day, month, year) = parts[i];
            var m = month ?? nextMonth;
            var y = year ?? nextYear;
            if (month is not null)
            {
                nextMonth = month;
            }

            if (year is not null)
            {
                nextYear = year;
            }

            if (m is not null && y is not null && day <= DateTime.DaysInMonth(y.Value, m.Value))
            {
                dates[i] = new DateOnly(y.Value, m.Value, day);
            }
        }

        return dates.Where(d => d is not null).Select(d => d!.Value).ToArray();
    }

    /// <summary>The first and last date named in <paramref name="text"/>, or nulls.</summary>
    public static (DateOnly? Start, DateOnly? End) ReadRange(string text)
    {
        var dates = ReadAll(text);
        return dates.Count == 0 ? (null, null) : (dates[0], dates[^1]);
    }

    private static int? MonthOf(string name)
    {
        var n = name.ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(n.Length >= 3 ? n[..3] : n, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<mn>\d{1,2})/(?<y>(?:19|20)\d{2})\b|\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s+of)?\s+(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?)?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
}
