using Conversational.Commands.Syntax;

namespace Conversational.Commands.Recipients;

/// <summary>What <see cref="PhoneReader"/> found at a position.</summary>
internal enum PhoneScanStatus
{
    None,
    Read,
    Invalid,
}

/// <summary>
/// Finds a phone number as people write it ("+33 6 12 34 56 78", "06.12.34.56.78", "0033 6...") and has the
/// host's <see cref="IPhoneNumberReader"/> check it. Spaces may split the number, so the longest run of
/// digit groups is tried first, then shorter ones: "06 12 34 56 78 50 €" keeps the 50 for the amount.
/// </summary>
internal static class PhoneReader
{
    private const int MaxGroups = 12;
    private const int MinInternationalDigits = 7;
    private const int MinNationalDigits = 8;
    private const int MaxDigits = 17;

    /// <summary>True when a phone number may start here: "+" and a digit, or "0" and a digit.</summary>
    public static bool MayStartAt(string text, int i) =>
        (text[i] == '+' && Chars.IsDigitAt(text, i + 1)) ||
        (Chars.DigitValue(text[i]) == 0 && Chars.IsDigitAt(text, i + 1));

    public static PhoneScanStatus Read(string text, int start, ParseContext context, out int end, out string e164)
    {
        end = start;
        e164 = "";
        var international = text[start] == '+' ||
            (Chars.DigitValue(text[start]) == 0 && Chars.DigitValue(text[start + 1]) == 0);
        Span<int> groupEnds = stackalloc int[MaxGroups];
        Span<int> digitsAt = stackalloc int[MaxGroups];
        var groups = CollectGroups(text, start, groupEnds, digitsAt);
        var minimum = international ? MinInternationalDigits : MinNationalDigits;
        for (var g = groups - 1; g >= 0; g--)
        {
            if (digitsAt[g] < minimum || digitsAt[g] > MaxDigits)
            {
                continue;
            }
            var written = AsciiDigits(text.AsSpan(start, groupEnds[g] - start));
            if (context.PhoneNumbers.TryReadE164(written, context.DefaultRegion, out e164))
            {
                end = groupEnds[g];
                return PhoneScanStatus.Read;
            }
        }
        var longest = groups > 0 ? digitsAt[groups - 1] : 0;
        // "+336" and "06 12 34" are phone numbers cut short, never amounts of 336 or 6.
        if (groups > 0 && ((international && longest >= 3) || groups >= 3 || longest >= 9))
        {
            end = groupEnds[groups - 1];
            return PhoneScanStatus.Invalid;
        }
        return PhoneScanStatus.None;
    }

    /// <summary>Ends of the digit groups that may close a number (a group glued to a letter or currency sign
    /// cannot), with the digits counted up to each.</summary>
    private static int CollectGroups(string text, int start, Span<int> groupEnds, Span<int> digitsAt)
    {
        var groups = 0;
        var digits = 0;
        var i = text[start] == '+' ? start + 1 : start;
        while (i < text.Length && groups < MaxGroups)
        {
            var runStart = i;
            while (Chars.IsDigitAt(text, i))
            {
                i++;
            }
            digits += i - runStart;
            if (i >= text.Length || Chars.IsSpace(text[i]) || IsClosingPunctuation(text, i))
            {
                groupEnds[groups] = i;
                digitsAt[groups++] = digits;
                if (i + 1 < text.Length && Chars.IsSpace(text[i]) && (Chars.IsDigit(text[i + 1]) || text[i + 1] == '('))
                {
                    i = SkipOpeningParenthesis(text, i + 1);
                    continue;
                }
                return groups;
            }
            if (text[i] is '.' or '-' or '/' or '(' or ')' && i + 1 < text.Length &&
                (Chars.IsDigit(text[i + 1]) || text[i + 1] is '(' or ' '))
            {
                i = SkipOpeningParenthesis(text, text[i + 1] == ' ' ? i + 2 : i + 1);
                continue;
            }
            return groups;
        }
        return groups;
    }

    private static int SkipOpeningParenthesis(string text, int i) => i < text.Length && text[i] == '(' ? i + 1 : i;

    /// <summary>Punctuation after the last digit that ends the number ("06 12 34 56 78."), not a separator
    /// followed by more digits.</summary>
    private static bool IsClosingPunctuation(string text, int i) =>
        Chars.IsTrailingPunctuation(text[i]) && !Chars.IsDigitAt(text, i + 1);

    private static string AsciiDigits(ReadOnlySpan<char> written) =>
        string.Create(written.Length, written.ToString(), static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var digit = Chars.DigitValue(source[i]);
                destination[i] = digit >= 0 ? (char)('0' + digit) : source[i];
            }
        });
}
