using InspectionMiner.Labels;
using InspectionMiner.Structure;

namespace InspectionMiner.Classification.Evaluation;

/// <summary>
/// The keyword-rule baseline every evaluation reports beside the model: the cue words of docs/labels.md as rules.
/// Type: an improvement-list item or a prescription ("should", "needs to") is a Recommendation, else more
/// negative than positive cue words is an AreaForImprovement, more positive a Strength, none Neutral. Area: the
/// section's judgement area when known, else the area whose words occur most. Themes: any theme word.
/// </summary>
internal sealed class KeywordBaseline : IFindingClassifier
{
    private static readonly string[] Prescriptive = ["should", "needs to", "need to", "must ", "ensure that", "ensure the"];

    private static readonly string[] Negative =
    [
        "not ", "n't", "lack", "insufficient", "inconsistent", "variable", "delay", "drift", "weak", "poor", "too many", "too few",
        "too long", "limited", "not yet", "gap", "deteriorat", "inadequate", "concern", "fail", "unclear", "variab",
    ];

    private static readonly string[] Positive =
    [
        "effective", "strong", "good", "robust", "timely", "well ", "improved", "improving", "strength", "outstanding",
        "appropriate", "comprehensive", "thorough", "benefit", "clear", "positive", "high-quality", "high quality", "embedded",
    ];

    private static readonly (JudgementArea Area, string[] Words)[] AreaWords =
    [
        (JudgementArea.Leadership, ["leader", "manager", "governance", "corporate parent", "self-evaluation", "quality assurance", "audit", "performance", "workforce", "caseload", "budget", "strategic", "partnership"]),
        (JudgementArea.HelpAndProtection, ["early help", "front door", "contact", "referral", "mash", "strategy", "section 47", "child protection", "child in need", "children in need", "domestic abuse", "exploitation", "missing", "disabled", "private fostering", "lado", "pre-proceedings", "public law outline"]),
        (JudgementArea.ChildrenInCare, ["children in care", "looked after", "placement", "sufficiency", "permanence", "adoption", "fostering", "foster carer", "special guardianship", "residential", "iro", "independent reviewing", "pep", "virtual school", "family time"]),
        (JudgementArea.CareLeavers, ["care leaver", "pathway plan", "personal adviser", "staying put", "leaving care", "local offer", "care-experienced", "young adults"]),
    ];

    private static readonly (Theme Theme, string[] Words)[] ThemeWords =
    [
        (Theme.EarlyHelp, ["early help", "family support", "children's centre", "step up", "step down", "family hub"]),
        (Theme.FrontDoor, ["contact", "referral", "mash", "threshold", "front door", "out of hours", "out-of-hours", "emergency duty"]),
        (Theme.StrategyAndEnquiries, ["strategy discussion", "strategy meeting", "section 47", "s47", "child protection conference", "child protection enquir"]),
        (Theme.Assessment, ["assessment"]),
        (Theme.Planning, ["plan", "review"]),
        (Theme.ManagementOversight, ["management oversight", "managers' oversight", "supervision", "management decision"]),
        (Theme.QualityAssurance, ["audit", "quality assurance", "performance", "self-evaluation", "self-assessment"]),
        (Theme.Workforce, ["recruit", "retention", "caseload", "agency staff", "agency social worker", "training", "workforce", "turnover"]),
        (Theme.VoiceOfChild, ["direct work", "wishes and feelings", "voice", "participation", "advocacy", "views"]),
        (Theme.Permanence, ["permanence", "adoption", "special guardianship", "long-term foster", "care proceedings", "public law outline", "pre-proceedings", "fostering for adoption"]),
        (Theme.Placements, ["placement", "sufficiency", "foster carer", "residential", "unregulated", "out of area", "family time", "stability"]),
        (Theme.Education, ["pep", "personal education", "virtual school", "attainment", "attendance", "exclusion", "alternative provision", "home education", "missing education"]),
        (Theme.Health, ["health", "camhs", "mental health", "emotional"]),
        (Theme.ExploitationAndMissing, ["exploitation", "county lines", "missing", "return home interview", "trafficking"]),
        (Theme.DomesticAbuse, ["domestic abuse", "domestic violence", "marac", "neglect", "substance misuse", "parental mental health"]),
        (Theme.DisabledChildren, ["disabled", "disabilit", "send", "complex needs"]),
        (Theme.CareLeaverSupport, ["pathway plan", "personal adviser", "staying put", "employment", "local offer", "care leaver"]),
        (Theme.Partnership, ["partner", "multi-agency", "police", "schools", "safeguarding partnership"]),
        (Theme.CorporateParenting, ["corporate parent", "councillor", "elected member", "children in care council", "lead member"]),
        (Theme.IdentityAndDiversity, ["culture", "identity", "ethnic", "language", "faith", "equality", "diversity", "unaccompanied", "asylum"]),
        (Theme.Recording, ["record", "chronolog", "case file", "case-management system"]),
        (Theme.Timeliness, ["timel", "delay", "drift", "waiting", "backlog", "too long"]),
    ];

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Classify(IReadOnlyList<UnitContext> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.Select(Classify).ToArray();
    }

    /// <summary>Classifies one unit by keyword rules.</summary>
    public Finding Classify(UnitContext unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var text = " " + unit.Text.ToLowerInvariant().Replace('’', '\'') + " ";
        var type = TypeOf(unit, text);
        var area = unit.SectionArea ?? AreaOf(text);
        var themes = ThemeWords.Where(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Theme).ToArray();
        return new Finding(type, 1f, area, 1f, themes,
            [new ScoredLabel<FindingType>(type, 1f)], [new ScoredLabel<JudgementArea>(area, 1f)], themes.Select(t => new ScoredLabel<Theme>(t, 1f)).ToArray());
    }

    private static FindingType TypeOf(UnitContext unit, string text)
    {
        if (unit.IsHeading)
        {
            return FindingType.Neutral;
        }

        if (unit.SectionKind == SectionKind.ImprovementList || Prescriptive.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return FindingType.Recommendation;
        }

        var negative = Negative.Count(w => text.Contains(w, StringComparison.Ordinal));
        var positive = Positive.Count(w => text.Contains(w, StringComparison.Ordinal));
        return negative > positive ? FindingType.AreaForImprovement : positive > negative ? FindingType.Strength : FindingType.Neutral;
    }

    private static JudgementArea AreaOf(string text)
    {
        var best = JudgementArea.General;
        var bestCount = 0;
        foreach (var (area, words) in AreaWords)
        {
            var count = words.Count(w => text.Contains(w, StringComparison.Ordinal));
            if (count > bestCount)
            {
                best = area;
                bestCount = count;
            }
        }

        return best;
    }
}
