namespace Conversational.Bots.Commerce.Faq;

/// <summary>A merchant's answer to a question, in one language, with the ways people ask it.</summary>
/// <param name="Id">Short id, unique within the merchant and language ("hours").</param>
/// <param name="Language">"en", "fr" or "ar".</param>
/// <param name="Questions">Ways the question is asked; at least one.</param>
/// <param name="Answer">The answer sent back.</param>
public sealed record FaqEntry(string Id, string Language, IReadOnlyList<string> Questions, string Answer);
