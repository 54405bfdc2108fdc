using Conversational.Shared;

namespace Conversational.Wallet;

/// <summary>
/// Money as a person reads it: "€12.50" in English, "12,50 €" in French, "١٢٫٥٠ €" in Arabic. The same
/// writer as the parser's, so what the bot writes, it reads back.
/// </summary>
public static class MoneyFormatter
{
    /// <param name="money">The amount.</param>
    /// <param name="language">A language tag: "en", "fr", "ar" (a region suffix such as "fr-CA" is fine); anything else is written as English.</param>
    public static string Format(Money money, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var style = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? MoneyStyle.French
            : language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? MoneyStyle.Arabic
            : MoneyStyle.English;
        return MoneyWriting.Format(money.Minor, money.Currency.Code, style);
    }
}
