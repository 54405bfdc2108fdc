using System.Globalization;
using System.Text;

namespace Conversational.Commands.Money;

/// <summary>
/// Writes an amount the way each language writes money: "€1,000.50" in English, "1 000,50 €" in French
/// (narrow no-break space between thousands, no-break space before the sign), "١٬٠٠٠٫٥٠ €" in Arabic.
/// Everything it writes, the parser reads back to the same amount.
/// </summary>
public static class AmountFormatter
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    public static string Format(Amount amount, Language language)
    {
        var exponent = Iso4217.TryGetExponent(amount.Currency, out var e) ? e : 2;
        var sign = Sign(amount.Currency);
        var number = Number(amount.Minor, exponent, language);
        return language switch
        {
            Language.English when sign is not null => (amount.Minor < 0 ? "-" + sign + number[1..] : sign + number),
            Language.English => amount.Currency + NoBreakSpace + number,
            _ => number + NoBreakSpace + (sign ?? amount.Currency),
        };
    }

    /// <summary>The sign written for a currency, when it has an unambiguous one.</summary>
    private static string? Sign(string currency) => currency switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        _ => null,
    };

    private static string Number(long minor, int exponent, Language language)
    {
        var digits = Math.Abs((decimal)minor).ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        var integer = digits[..^exponent];
        var fraction = exponent > 0 ? digits[^exponent..] : "";
        var (group, decimalSeparator) = language switch
        {
            Language.French => (NarrowNoBreakSpace, ','),
            Language.Arabic => ('٬', '٫'),
            _ => (',', '.'),
        };
        var text = new StringBuilder(digits.Length + 8);
        if (minor < 0)
        {
            text.Append('-');
        }
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                text.Append(group);
            }
            text.Append(integer[i]);
        }
        if (fraction.Length > 0)
        {
            text.Append(decimalSeparator).Append(fraction);
        }
        return language == Language.Arabic ? ToArabicIndic(text.ToString()) : text.ToString();
    }

    /// <summary>ASCII digits written as Arabic-Indic digits (٠-٩); everything else as it is.</summary>
    internal static string ToArabicIndic(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] is >= '0' and <= '9' ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });
}
