namespace Conversational.Bots.Commerce.Faq;

/// <summary>An entry and its normalised score for one question (see <see cref="FaqIndex"/>).</summary>
internal readonly record struct FaqScore(FaqEntry? Entry, double Score);
