namespace Conversational.Bots.Commerce.Faq;

/// <summary>What <see cref="FaqMatcher.Match"/> found for a question.</summary>
/// <param name="Kind">How sure the match is.</param>
/// <param name="Best">The best entry; null when <paramref name="Kind"/> is <see cref="FaqMatchKind.None"/>.</param>
/// <param name="Second">The runner-up, to offer with <paramref name="Best"/> when the match is weak; null when
/// nothing else matched at all, or when <paramref name="Kind"/> is <see cref="FaqMatchKind.None"/>.</param>
public sealed record FaqMatch(FaqMatchKind Kind, FaqEntry? Best, FaqEntry? Second)
{
    public static readonly FaqMatch Nothing = new(FaqMatchKind.None, null, null);
}
