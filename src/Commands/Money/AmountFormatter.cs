using Conversational.Shared;

namespace Conversational.Commands.Money;

/// <summary>
/// Writes an amount the way each language writes money: "€1,000.50" in English, "1 000,50 €" in French
/// (narrow no-break space between thousands, no-break space before the sign), "١٬٠٠٠٫٥٠ €" in Arabic.
/// Everything it writes, the parser reads back to the same amount.
/// </summary>
public static class AmountFormatter
{
    public static string Format(Amount amount, Language language) =>
        MoneyWriting.Format(amount.Minor, amount.Currency, language switch
        {
            Language.French => MoneyStyle.French,
            Language.Arabic => MoneyStyle.Arabic,
            _ => MoneyStyle.English,
        });

    /// <summary>ASCII digits written as Arabic-Indic digits (٠-٩); everything else as it is.</summary>
    internal static string ToArabicIndic(string text) => MoneyWriting.ToArabicIndic(text);
}
