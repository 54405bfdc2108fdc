using System.Globalization;

namespace Conversational.Commands.Syntax;

/// <summary>Character classes the parser needs, for Latin, Arabic and the invisible marks phones insert.</summary>
internal static class Chars
{
    /// <summary>White space, control characters, and the direction and zero-width marks that phones add around
    /// Arabic or pasted text (LRM, RLM, ALM, isolates, embeddings, BOM): all separate words.</summary>
    public static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) ||
        c is '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069');

    /// <summary>Spaces that group thousands inside a number: space, no-break space, narrow no-break space,
    /// thin space.</summary>
    public static bool IsGroupingSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>The value of an ASCII, Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) digit, else -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    public static bool IsDigitAt(string text, int index) => (uint)index < (uint)text.Length && IsDigit(text[index]);

    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF');

    /// <summary>Punctuation that may end a word without being part of it: "help?", "oui.", "@lea!".</summary>
    public static bool IsTrailingPunctuation(char c) =>
        c is '.' or ',' or '!' or '?' or ';' or ':' or '…' or '؟' or '،' or '؛' or ')' or '"' or '\'' or '»' or '”';

    public static bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>True for a character that carries meaning in a word: a letter, a digit or a currency sign.
    /// Emoji, punctuation and marks carry none for the parser.</summary>
    public static bool IsSignificant(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    /// <summary>End of the run of non-space characters starting at <paramref name="start"/>.</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && !IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    public static int SkipSpaces(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
