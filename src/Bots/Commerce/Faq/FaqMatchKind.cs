namespace Conversational.Bots.Commerce.Faq;

/// <summary>How sure the FAQ matcher is of its answer.</summary>
public enum FaqMatchKind
{
    /// <summary>One entry clearly answers: send its answer.</summary>
    Confident,

    /// <summary>Something matches, not clearly: offer the best two entries.</summary>
    Weak,

    /// <summary>Nothing matches: hand the question over to a person.</summary>
    None,
}
