using System.Globalization;
using System.Text;

namespace Conversational.Shared;

/// <summary>How a language writes money; the parser (Commands) and the wallet's formatter share it.</summary>
internal enum MoneyStyle
{
    English,
    French,
    Arabic,
}

/// <summary>
/// Writes an amount the way each language writes money: "€1,000.50" in English, "1 000,50 €" in French
/// (narrow no-break space between thousands, no-break space before the sign), "١٬٠٠٠٫٥٠ €" in Arabic.
/// Compiled into both Commands and Wallet so a confirmation and a receipt write money identically.
/// </summary>
internal static class MoneyWriting
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    public static string Format(long minor, string currency, MoneyStyle style)
    {
        var exponent = Iso4217.TryGetExponent(currency, out var e) ? e : 2;
        var sign = Sign(currency);
        var number = Number(minor, exponent, style);
        return style switch
        {
            MoneyStyle.English when sign is not null => (minor < 0 ? "-" + sign + number[1..] : sign + number),
            MoneyStyle.English => currency + NoBreakSpace + number,
            _ => number + NoBreakSpace + (sign ?? currency),
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

    private static string Number(long minor, int exponent, MoneyStyle style)
    {
        var digits = Math.Abs((decimal)minor).ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        var integer = digits[..^exponent];
        var fraction = exponent > 0 ? digits[^exponent..] : "";
        var (group, decimalSeparator) = style switch
        {
            MoneyStyle.French => (NarrowNoBreakSpace, ','),
            MoneyStyle.Arabic => ('٬', '٫'),
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
        return style == MoneyStyle.Arabic ? ToArabicIndic(text.ToString()) : text.ToString();
    }

    /// <summary>ASCII digits written as Arabic-Indic digits (٠-٩); everything else as it is.</summary>
    public static string ToArabicIndic(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] is >= '0' and <= '9' ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });
}
