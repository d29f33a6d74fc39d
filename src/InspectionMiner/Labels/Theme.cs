namespace InspectionMiner.Labels;

/// <summary>A theme a unit can be tagged with (zero or more per unit), exactly as docs/labels.md names it.</summary>
/// <example>
/// <code>
/// MinedDocument doc = await miner.MineAsync("report.pdf", ct);
/// var workforceConcerns = doc.Findings
///     .Where(u =&gt; u.Finding.Type != FindingType.Strength &amp;&amp; u.Finding.Themes.Contains(Theme.Workforce))
///     .Select(u =&gt; $"p{u.Unit.Page}: {u.Unit.Text}");
///
/// // Every theme's probability, not only those that reached the model's threshold:
/// Finding f = miner.Classify("Caseloads are too high in the assessment teams.");
/// float workforce = f.ThemeScores.First(s =&gt; s.Label == Theme.Workforce).Probability;
/// </code>
/// </example>
public enum Theme
{
    /// <summary>Early help, family support, children's centres, step up / step down.</summary>
    EarlyHelp,
    /// <summary>Contacts, referrals, MASH, thresholds, out-of-hours.</summary>
    FrontDoor,
    /// <summary>Strategy discussions, section 47 enquiries, child protection conferences.</summary>
    StrategyAndEnquiries,
    /// <summary>Assessments, their quality, analysis, history, timeliness.</summary>
    Assessment,
    /// <summary>Plans, reviews, SMART actions, drift and delay in plans.</summary>
    Planning,
    /// <summary>Management oversight, recorded decision-making, supervision.</summary>
    ManagementOversight,
    /// <summary>Audits, quality assurance, performance information, self-evaluation.</summary>
    QualityAssurance,
    /// <summary>Recruitment, retention, caseloads, agency staff, training.</summary>
    Workforce,
    /// <summary>Direct work, wishes and feelings, participation, advocacy.</summary>
    VoiceOfChild,
    /// <summary>Permanence planning, adoption, special guardianship, care proceedings.</summary>
    Permanence,
    /// <summary>Placement sufficiency, stability, matching, foster carers, homes, family time.</summary>
    Placements,
    /// <summary>PEPs, virtual school, attainment, attendance, exclusions.</summary>
    Education,
    /// <summary>Health assessments, emotional and mental health, CAMHS.</summary>
    Health,
    /// <summary>Exploitation, county lines, missing children, return home interviews.</summary>
    ExploitationAndMissing,
    /// <summary>Domestic abuse, MARAC, neglect, parental mental health or substance misuse.</summary>
    DomesticAbuse,
    /// <summary>Disabled children, SEND, complex needs.</summary>
    DisabledChildren,
    /// <summary>Pathway plans, personal advisers, accommodation, staying put, EET, local offer.</summary>
    CareLeaverSupport,
    /// <summary>Multi-agency working, police, health and schools as partners.</summary>
    Partnership,
    /// <summary>Corporate parenting, political leadership, councillors.</summary>
    CorporateParenting,
    /// <summary>Culture, identity, ethnicity, language, faith, equality, UASC.</summary>
    IdentityAndDiversity,
    /// <summary>Case records, chronologies, recording quality.</summary>
    Recording,
    /// <summary>Timeliness, delay, drift, waiting times, backlogs.</summary>
    Timeliness,
}
