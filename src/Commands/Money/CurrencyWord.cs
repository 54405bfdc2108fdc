namespace Conversational.Commands.Money;

/// <summary>What a word or sign next to a number says about its currency.</summary>
internal enum CurrencyWordKind
{
    /// <summary>Names one currency: "€", "euros", "EUR", "يورو".</summary>
    Currency,

    /// <summary>Names the minor unit of the default currency: "cents", "centimes", "سنت".</summary>
    MinorUnit,

    /// <summary>Names several currencies: "dinars" (TND, DZD, LYD...), "¥" (JPY or CNY).</summary>
    Ambiguous,
}

/// <summary>A currency word and what it names.</summary>
internal readonly record struct CurrencyWord(CurrencyWordKind Kind, string Code);
