namespace Conversational.Bots.Commerce.Advisors;

/// <summary>Why a conversation went to a human.</summary>
public enum AdvisorCaseKind
{
    /// <summary>A question the FAQ could not answer, or the person asked for a human.</summary>
    Question,

    /// <summary>"Anomaly on my statement": a dispute about a movement.</summary>
    Dispute,
}
