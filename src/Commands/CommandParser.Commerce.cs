using Conversational.Commands.Keywords;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

public static partial class CommandParser
{
    private const int MinOrderNumberLength = 3;
    private const int MaxOrderNumberLength = 32;
    private const int MinReferralCodeLength = 4;
    private const int MaxReferralCodeLength = 12;

    /// <summary>"#orders", "suivi", "track my order DS-4F7K2Q", "تتبع ١٢٣٤٥": the orders, or one by its number. A
    /// bare word takes a number or nothing ("order a pizza" is a question); an explicit one lists the orders when
    /// what follows is no number.</summary>
    private static ParseResult ParseOrders(string text, Head head, Language language, ParseContext context)
    {
        if (!TryReadArgument(text, head.End, Words.OrderLeads, out var start, out var length, out var end))
        {
            return new ShowOrdersCommand(language);
        }
        if (!head.Explicit && !RestIsInsignificant(text, end))
        {
            return Question(text, context);
        }
        var number = ReadCode(text.AsSpan(start, length), MinOrderNumberLength, MaxOrderNumberLength,
            dashes: true, needsDigit: true);
        return number is null && !head.Explicit ? Question(text, context) : new ShowOrdersCommand(language, number);
    }

    /// <summary>"#referral", "parrainage R7K3QX", "#إحالة R٧K٣QX": the person's own code, or a friend's. A bare word
    /// takes a code with a digit or nothing ("referral program" is a question); an explicit one refuses a word
    /// that is no code.</summary>
    private static ParseResult ParseReferral(string text, Head head, Language language, ParseContext context)
    {
        if (!TryReadArgument(text, head.End, Words.ReferralLeads, out var start, out var length, out var end))
        {
            return new ReferralCommand(language);
        }
        var word = text.AsSpan(start, length);
        if (head.Explicit)
        {
            return ReadCode(word, MinReferralCodeLength, MaxReferralCodeLength, dashes: false, needsDigit: false)
                is { } code
                ? new ReferralCommand(language, code)
                : new ParseError(ParseErrorCode.ReferralCodeInvalid, language, CommandKind.Referral, word.ToString());
        }
        return RestIsInsignificant(text, end) &&
            ReadCode(word, MinReferralCodeLength, MaxReferralCodeLength, dashes: false, needsDigit: true)
                is { } bareCode
            ? new ReferralCommand(language, bareCode)
            : Question(text, context);
    }

    /// <summary>The first word after <paramref name="from"/> that is no politeness and no lead word ("my order",
    /// "code"), without its trailing punctuation; <paramref name="end"/> is where it ends as written.</summary>
    private static bool TryReadArgument(string text, int from, WordSet leads, out int start, out int length,
        out int end)
    {
        var i = from;
        while ((i = Chars.SkipSpaces(text, i)) < text.Length)
        {
            end = Chars.WordEnd(text, i);
            var word = TrimPunctuation(text.AsSpan(i, end - i));
            if (!word.IsEmpty && HasSignificantChar(word) && !Words.Politeness.Contains(word) && !leads.Contains(word))
            {
                (start, length) = (i, word.Length);
                return true;
            }
            i = end;
        }
        (start, length, end) = (i, 0, i);
        return false;
    }

    /// <summary>An order number or referral code in upper case with digits written 0-9 ("ds-٤f7" is "DS-4F7"):
    /// letters A-Z, digits of any script and, when <paramref name="dashes"/>, inner dashes. Null when the word holds
    /// anything else, has a length out of range, or lacks the digit it <paramref name="needsDigit"/>.</summary>
    private static string? ReadCode(ReadOnlySpan<char> word, int minLength, int maxLength, bool dashes,
        bool needsDigit)
    {
        if (word.Length < minLength || word.Length > maxLength || word.Length > MaxOrderNumberLength)
        {
            return null;
        }
        Span<char> code = stackalloc char[MaxOrderNumberLength];   // the longest code of either kind
        var hasDigit = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var digit = Chars.DigitValue(c);
            if (digit >= 0)
            {
                code[i] = (char)('0' + digit);
                hasDigit = true;
            }
            else if (char.IsAsciiLetter(c))
            {
                code[i] = char.ToUpperInvariant(c);
            }
            else if (dashes && c is '-' or '‐' or '‑' or '–' or '−' && i > 0 && i < word.Length - 1)
            {
                code[i] = '-';
            }
            else
            {
                return null;
            }
        }
        return hasDigit || !needsDigit ? new string(code[..word.Length]) : null;
    }
}
