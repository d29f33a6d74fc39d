using System.Globalization;
using System.Text.RegularExpressions;
using InspectionMiner.Labels;
using InspectionMiner.Layout;
using InspectionMiner.Structure;

namespace InspectionMiner.Facts;

/// <summary>Reads the inspection's or visit's dates and the date of publication.</summary>
internal static partial class DateReader
{
    /// <summary>The first and last day on site, with the number of days on site and the text they were read from.</summary>
    /// <remarks>A letter that gives its visit's days without a year ("on 30 and 31 January") takes the year of its own date, <paramref name="letterDate"/>.</remarks>
    public static (DateOnly? Start, DateOnly? End) InspectionDates(string head, DocumentKind kind, DateOnly? letterDate, out int inspectionDays, out string? source)
    {
        inspectionDays = 0;
        source = null;
        var label = InspectionDateLabel().Match(head);
        if (label.Success)
        {
            var line = head[(label.Index + label.Length)..];
            var stop = line.IndexOf('\n');
            line = stop >= 0 ? line[..stop] : line;
            var other = OtherFactLabel().Match(line);
            var range = DateText.ReadRange(other.Success ? line[..other.Index] : line);
            if (range.Start is not null)
            {
                inspectionDays = InspectionDays(DateText.ReadAll(other.Success ? line[..other.Index] : line));
            }

            if (range.Start is not null)
            {
                source = FactText.Whitespace().Replace(label.Value + line, " ").Trim();
                return range;
            }
        }

        var visit = VisitDates().Match(head);
        if (visit.Success)
        {
            source = FactText.Whitespace().Replace(visit.Value, " ");
            return DateText.ReadRange(visit.Groups[1].Value);
        }

        if (kind is DocumentKind.FocusedVisit or DocumentKind.MonitoringVisit && letterDate is { } dated && VisitDaysWithoutYear().Match(head) is { Success: true } days)
        {
            var range = DateText.ReadRange(days.Groups[1].Value + " " + dated.Year.ToString(CultureInfo.InvariantCulture));
            if (range.End > dated)
            {
                range = DateText.ReadRange(days.Groups[1].Value + " " + (dated.Year - 1).ToString(CultureInfo.InvariantCulture));
            }

            source = FactText.Whitespace().Replace(days.Value, " ");
            return range;
        }

        if (kind == DocumentKind.CouncilReport)
        {
            var inspected = CouncilInspectionDates().Match(head);
            if (inspected.Success)
            {
                source = FactText.Whitespace().Replace(inspected.Value, " ");
                return DateText.ReadRange(inspected.Groups[1].Value);
            }
        }

        return (null, null);
    }

    /// <summary>Calendar days on site: the dates pair up as ranges ("8 to 12 July and 7 to 8 August" is 5 + 2 days).</summary>
    private static int InspectionDays(IReadOnlyList<DateOnly> dates)
    {
        var days = 0;
        for (var i = 0; i + 1 < dates.Count; i += 2)
        {
            days += dates[i + 1].DayNumber - dates[i].DayNumber + 1;
        }

        return dates.Count % 2 == 1 ? days + 1 : days;
    }

    /// <summary>The date printed as the report's publication or the letter's date, with the text it was read from.</summary>
    public static DateOnly? PublishedDate(IReadOnlyList<LayoutBlock> blocks, string head, DocumentKind kind, out string? source)
    {
        source = null;
        var label = PublishedLabel().Match(head);
        if (label.Success)
        {
            var dates = DateText.ReadAll(label.Groups[1].Value);
            if (dates.Count > 0)
            {
                source = FactText.Whitespace().Replace(label.Value, " ").Trim();
                return dates[0];
            }
        }

        // A letter's date stands alone on a line near its top, in a block of its own or as the last row of the letterhead.
        foreach (var block in blocks.Take(20))
        {
            foreach (var span in block.Text.AsSpan().EnumerateLines())
            {
                var trimmed = span.Trim();
                if (trimmed.Length is < 10 or > 30 || !char.IsAsciiDigit(trimmed[0]))
                {
                    continue;
                }

                var line = trimmed.ToString();
                if (DateOnly.TryParseExact(FactText.OrdinalSuffix().Replace(line, "$1"), ["d MMMM yyyy", "dd MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    source = line;
                    return date;
                }
            }
        }

        if (kind == DocumentKind.CouncilReport)
        {
            var meeting = CouncilMeetingDate().Match(head);
            if (meeting.Success)
            {
                var dates = DateText.ReadAll(meeting.Groups[1].Value);
                source = dates.Count > 0 ? FactText.Whitespace().Replace(meeting.Value, " ").Trim() : null;
                return dates.Count > 0 ? dates[0] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A letter's date line whose year is misprinted ("6 November 20205"): the first such day and month on or after
    /// <paramref name="visitEnd"/>, with the line it was read from; null when the letter has no such line.
    /// </summary>
    public static DateOnly? MisprintedLetterDate(IReadOnlyList<LayoutBlock> blocks, DateOnly visitEnd, out string? source)
    {
        source = null;
        foreach (var line in LinesNearTop(blocks))
        {
            var m = MisprintedYearDate().Match(line);
            if (m.Success && DateOnly.TryParseExact(m.Groups["dm"].Value + " 2000", ["d MMMM yyyy", "dd MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var leap))
            {
                // The leap year 2000 reads 29 February too; the year is then the first on or after the visit that has the day.
                for (var year = visitEnd.Year; year <= visitEnd.Year + 4; year++)
                {
                    if (leap.Day <= DateTime.DaysInMonth(year, leap.Month) && new DateOnly(year, leap.Month, leap.Day) is var date && date >= visitEnd)
                    {
                        source = line;
                        return date;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The lines of the first 20 blocks, trimmed.</summary>
    private static IEnumerable<string> LinesNearTop(IReadOnlyList<LayoutBlock> blocks)
    {
        foreach (var block in blocks.Take(20))
        {
            foreach (var line in block.Text.Split('\n'))
            {
                yield return line.Trim();
            }
        }
    }

    [GeneratedRegex(@"^(?<dm>\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)) (?:19|20)\d{3}$")]
    private static partial Regex MisprintedYearDate();

    [GeneratedRegex(@"(?:Inspection\s+dates?|Dates?\s+of\s+(?:the\s+)?inspection)\s*:?\s*", RegexOptions.IgnoreCase)]
    public static partial Regex InspectionDateLabel();

    [GeneratedRegex(@"\b(?:on|between)\s+(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?(?:\s+\d{4})?\s*(?:,\s*and|,|and|to|-|–|until)\s*)+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex VisitDates();

    [GeneratedRegex(@"\bvisit\b[^.]{0,80}?\b(?:on|between)\s+(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,\s*and|,|and|to|-|–)\s*)*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b(?!\s*,?\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex VisitDaysWithoutYear();

    [GeneratedRegex(@"(?:inspect(?:ion|ed)|visit(?:ed)?)(?:(?!publish)[^.\n]){0,80}?\b(?:on|between|from)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*)?(?:\d{4}\s*)?(?:,|and|to|-|–)?\s*)+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilInspectionDates();

    [GeneratedRegex(@"(?:Report\s+)?Published(?:\s+date)?\s*:?\s*([^\n]{0,40})|Publication\s+date\s*:?\s*([^\n]{0,40})", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^\s*(?:Date(?:\s+of\s+meeting)?|Meeting\s+date)\s*:?\s*([^\n]{0,40})", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CouncilMeetingDate();

    [GeneratedRegex(@"(?:Report\s+)?Published|Publication|Lead\s+inspector|Reporting\s+inspector", RegexOptions.IgnoreCase)]
    private static partial Regex OtherFactLabel();
}
