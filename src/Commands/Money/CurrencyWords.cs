using System.Collections.Frozen;
using Conversational.Commands.Syntax;
using Conversational.Shared;

namespace Conversational.Commands.Money;

/// <summary>
/// Currency signs, names and codes as people write them next to a number. ISO codes in capitals are all
/// known ("50 TND"); in lower case only the common ones are, so "50 all" is not read as Albanian lek.
/// </summary>
internal static class CurrencyWords
{
    private static readonly FrozenDictionary<string, CurrencyWord>.AlternateLookup<ReadOnlySpan<char>> Folded =
        Build().GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryFindSign(char c, out CurrencyWord word) => TryFind(new ReadOnlySpan<char>(in c), out word);

    /// <summary>Finds a word as written: a sign, a name in any case, or an ISO code in capitals.</summary>
    public static bool TryFind(ReadOnlySpan<char> written, out CurrencyWord word)
    {
        if (IsUpperAscii(written) && Iso4217.TryFind(written, out var code, out _))
        {
            word = new CurrencyWord(CurrencyWordKind.Currency, code);
            return true;
        }
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        var length = TextFold.Fold(written, folded);
        if (length > 0 && Folded.TryGetValue(folded[..length], out word))
        {
            return true;
        }
        word = default;
        return false;
    }

    /// <summary>Three capital letters: the shape of an ISO code, known or not ("XYZ").</summary>
    public static bool LooksLikeIsoCode(ReadOnlySpan<char> written) => written.Length == 3 && IsUpperAscii(written);

    private static bool IsUpperAscii(ReadOnlySpan<char> written)
    {
        foreach (var c in written)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }
        return written.Length > 0;
    }

    private static FrozenDictionary<string, CurrencyWord> Build()
    {
        var table = new Dictionary<string, CurrencyWord>(StringComparer.Ordinal);
        void Add(CurrencyWordKind kind, string code, params string[] words)
        {
            foreach (var w in words)
            {
                table.Add(w, new CurrencyWord(kind, code));
            }
        }
        var currency = CurrencyWordKind.Currency;
        Add(currency, "EUR", "€", "eur", "euro", "euros", "يورو", "اليورو", "اورو");
        Add(currency, "USD", "$", "usd", "dollar", "dollars", "دولار", "الدولار", "دولارات");
        Add(currency, "GBP", "£", "gbp", "pound", "pounds", "sterling", "livre", "livres");
        Add(currency, "JPY", "jpy", "yen", "yens", "ين");
        Add(currency, "CNY", "cny", "yuan", "yuans", "rmb", "renminbi");
        Add(currency, "CHF", "chf");
        Add(currency, "CAD", "cad");
        Add(currency, "AUD", "aud");
        Add(currency, "TND", "tnd", "dt");
        Add(currency, "MAD", "mad");
        Add(currency, "DZD", "dzd");
        Add(currency, "XOF", "xof");
        Add(currency, "XAF", "xaf");
        Add(currency, "AED", "aed");
        Add(currency, "SAR", "sar");
        Add(currency, "EGP", "egp");
        Add(currency, "TRY", "₺");
        Add(currency, "INR", "₹");
        Add(currency, "KRW", "₩");
        Add(currency, "RUB", "₽");
        Add(currency, "ILS", "₪");
        Add(currency, "NGN", "₦");
        Add(currency, "VND", "₫");
        Add(currency, "THB", "฿");
        Add(currency, "UAH", "₴");
        Add(currency, "KZT", "₸");
        Add(currency, "PHP", "₱");
        Add(CurrencyWordKind.MinorUnit, "", "¢", "cent", "cents", "centime", "centimes", "ct", "cts", "سنت", "سنتات",
            "سنتيم");
        Add(CurrencyWordKind.Ambiguous, "", "¥", "dinar", "dinars", "دينار", "الدينار", "dirham", "dirhams", "درهم",
            "riyal", "riyals", "rial", "rials", "ريال", "franc", "francs", "فرنك", "peso", "pesos", "krone", "kroner",
            "krona", "kronor", "crown", "crowns", "couronne", "couronnes", "rupee", "rupees", "roupie", "roupies",
            "جنيه", "lira", "lire", "ليره");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
