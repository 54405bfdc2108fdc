using Conversational.Commands.Syntax;
using Conversational.Shared;

namespace Conversational.Commands.Money;

/// <summary>
/// Reads one amount as people write it: "50EUR", "50 €", "€50", "$3.25", "50 euros", "1 000,50 €",
/// "1,000.00", "١٢٫٥٠ €", "EUR 50", "50 centimes". A currency sign or word may stand before or after
/// the number, glued or spaced; with none, the default currency applies.
/// </summary>
internal static class AmountReader
{
    /// <summary>Reads the amount starting at <paramref name="start"/>, which must be a digit, a sign, a currency
    /// sign or the first letter of a currency code.</summary>
    public static AmountScan Read(string text, int start, Language language, string defaultCurrency)
    {
        var i = start;
        CurrencyWord? prefix = null;
        if (Chars.IsLetter(text[i]))
        {
            var wordEnd = LetterRunEnd(text, i);
            if (!CurrencyWords.TryFind(text.AsSpan(i, wordEnd - i), out var word) ||
                word.Kind == CurrencyWordKind.MinorUnit)
            {
                return AmountScan.None;
            }
            var afterSpaces = Chars.SkipSpaces(text, wordEnd);
            if (!(Chars.IsDigitAt(text, afterSpaces) || IsSignThenDigit(text, afterSpaces)))
            {
                return AmountScan.None;
            }
            prefix = word;
            i = afterSpaces;
        }

        var negative = false;
        if (IsSign(text, i, ref negative))
        {
            i++;
        }
        if (prefix is null && i < text.Length && CurrencyWords.TryFindSign(text[i], out var sign))
        {
            prefix = sign;
            i = Chars.SkipSpaces(text, i + 1);
            if (IsSign(text, i, ref negative))
            {
                i++;
            }
        }
        if (!Chars.IsDigitAt(text, i))
        {
            return AmountScan.None;
        }

        var number = NumberText.Scan(text, i);
        i = number.End;
        if (IsExponentAt(text, i))
        {
            return AmountScan.Invalid(ParseErrorCode.AmountExponent, Chars.WordEnd(text, i));
        }

        var suffixScan = ReadSuffix(text, i);
        if (suffixScan.Error is { } suffixError)
        {
            return AmountScan.Invalid(suffixError, suffixScan.End);
        }
        var end = suffixScan.Word is null ? i : suffixScan.End;
        return Resolve(number, language, prefix, suffixScan.Word, negative, defaultCurrency, end);
    }

    private static AmountScan Resolve(NumberText number, Language language, CurrencyWord? prefix,
        CurrencyWord? suffix, bool negative, string defaultCurrency, int end)
    {
        if (prefix is { Kind: CurrencyWordKind.Ambiguous } || suffix is { Kind: CurrencyWordKind.Ambiguous })
        {
            return AmountScan.Invalid(ParseErrorCode.AmountAmbiguousCurrency, end);
        }
        if (prefix is { } p && suffix is { } s && p != s)
        {
            return AmountScan.Invalid(ParseErrorCode.AmountConflictingCurrencies, end);
        }
        var word = prefix ?? suffix;
        var minorUnitsOnly = word is { Kind: CurrencyWordKind.MinorUnit };
        var currency = word is { Kind: CurrencyWordKind.Currency } named ? named.Code : defaultCurrency;
        if (!Iso4217.TryGetExponent(currency, out var exponent))
        {
            return AmountScan.Invalid(ParseErrorCode.AmountUnknownCurrency, end);
        }
        if (minorUnitsOnly && exponent == 0)
        {
            return AmountScan.Invalid(ParseErrorCode.AmountUnknownCurrency, end);
        }

        if (number.ToMinorUnits(language, minorUnitsOnly ? 0 : exponent, out var minor) is { } numberError)
        {
            return AmountScan.Invalid(numberError, end, currency);
        }
        if (minor == 0)
        {
            return AmountScan.Invalid(ParseErrorCode.AmountZero, end, currency);
        }
        if (negative)
        {
            return AmountScan.Invalid(ParseErrorCode.AmountNegative, end, currency);
        }
        return new AmountScan(AmountScanStatus.Read, end, new Amount(minor, currency));
    }

    private readonly record struct Suffix(CurrencyWord? Word, int End, ParseErrorCode? Error);

    /// <summary>A currency after the number: glued ("50EUR", "50€") or after spaces ("50 €", "50 euros").
    /// Letters glued to a number must be a currency; a spaced word may be the next word of the sentence.</summary>
    private static Suffix ReadSuffix(string text, int numberEnd)
    {
        if (numberEnd >= text.Length)
        {
            return default;
        }
        if (CurrencyWords.TryFindSign(text[numberEnd], out var gluedSign))
        {
            return new Suffix(gluedSign, numberEnd + 1, null);
        }
        if (Chars.IsLetter(text[numberEnd]))
        {
            var gluedEnd = LetterRunEnd(text, numberEnd);
            return CurrencyWords.TryFind(text.AsSpan(numberEnd, gluedEnd - numberEnd), out var glued)
                ? new Suffix(glued, gluedEnd, null)
                : new Suffix(null, Chars.WordEnd(text, numberEnd), ParseErrorCode.AmountUnknownCurrency);
        }
        if (!Chars.IsSpace(text[numberEnd]))
        {
            return default;
        }
        var start = Chars.SkipSpaces(text, numberEnd);
        if (start >= text.Length)
        {
            return default;
        }
        if (CurrencyWords.TryFindSign(text[start], out var spacedSign))
        {
            return new Suffix(spacedSign, start + 1, null);
        }
        if (!Chars.IsLetter(text[start]))
        {
            return default;
        }
        var end = LetterRunEnd(text, start);
        var word = text.AsSpan(start, end - start);
        if (CurrencyWords.TryFind(word, out var spaced))
        {
            return new Suffix(spaced, end, null);
        }
        var wordEndsHere = end == text.Length || !char.IsLetterOrDigit(text[end]);
        return CurrencyWords.LooksLikeIsoCode(word) && wordEndsHere
            ? new Suffix(null, end, ParseErrorCode.AmountUnknownCurrency)
            : default;
    }

    private static int LetterRunEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && Chars.IsLetter(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsSign(string text, int i, ref bool negative)
    {
        if (i >= text.Length || !Chars.IsDigitAt(text, i + 1) && !(i + 1 < text.Length &&
                CurrencyWords.TryFindSign(text[i + 1], out _)))
        {
            return false;
        }
        switch (text[i])
        {
            case '-' or '−' or '–':
                negative = true;
                return true;
            case '+':
                return true;
            default:
                return false;
        }
    }

    private static bool IsSignThenDigit(string text, int i) =>
        i < text.Length && text[i] is '-' or '−' or '–' or '+' && Chars.IsDigitAt(text, i + 1);

    private static bool IsExponentAt(string text, int i) =>
        i < text.Length && text[i] is 'e' or 'E' &&
        (Chars.IsDigitAt(text, i + 1) || i + 1 < text.Length && text[i + 1] is '+' or '-' && Chars.IsDigitAt(text, i + 2));
}
