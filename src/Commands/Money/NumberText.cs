using System.Runtime.CompilerServices;
using Conversational.Commands.Syntax;

namespace Conversational.Commands.Money;

/// <summary>
/// The digits of an amount as written: runs of digits and the separators between them ("1 000,50" is runs
/// 1, 000, 50 with a space and a comma). Which separator is the decimal one is decided afterwards, by the
/// language and by what the separators make possible.
/// </summary>
internal struct NumberText
{
    private const int MaxRuns = 12;

    private string _text;
    private int _runCount;
    private bool _tooManyRuns;
    private IntBuffer _runStarts;
    private IntBuffer _runLengths;

    public int End { get; private set; }

    /// <summary>Reads digits and the separators that join them, from a digit at <paramref name="start"/>.
    /// A space joins digits only before a group of exactly three ("1 000"), so "50 100" stays one number
    /// while "50 2" does not.</summary>
    public static NumberText Scan(string text, int start)
    {
        var number = new NumberText { _text = text };
        var i = start;
        while (true)
        {
            var runStart = i;
            while (Chars.IsDigitAt(text, i))
            {
                i++;
            }
            if (number._runCount == MaxRuns)
            {
                number._tooManyRuns = true;
            }
            else
            {
                number._runStarts[number._runCount] = runStart;
                number._runLengths[number._runCount] = i - runStart;
                number._runCount++;
            }
            if (i + 1 < text.Length && IsSeparator(text[i]) && Chars.IsDigit(text[i + 1]) &&
                (!Chars.IsGroupingSpace(text[i]) || IsGroupOfThree(text, i + 1)))
            {
                i++;
                continue;
            }
            number.End = i;
            return number;
        }
    }

    /// <summary>The amount in minor units of a currency with <paramref name="exponent"/> decimals, or why not.</summary>
    public readonly ParseErrorCode? ToMinorUnits(Language language, int exponent, out long minor)
    {
        minor = 0;
        if (_tooManyRuns)
        {
            return ParseErrorCode.AmountMalformed;
        }
        var decimalAt = DecimalSeparatorIndex(language, out var malformed);
        if (malformed || !GroupsAreWellFormed(decimalAt))
        {
            return ParseErrorCode.AmountMalformed;
        }
        var integerRuns = decimalAt < 0 ? _runCount : decimalAt + 1;
        if (Chars.DigitValue(_text[_runStarts[0]]) == 0 && (_runLengths[0] > 1 || integerRuns > 1))
        {
            return ParseErrorCode.AmountMalformed;   // "0612", "0 500": a phone number cut short, not money
        }
        var fractionLength = decimalAt < 0 ? 0 : _runLengths[_runCount - 1];
        if (fractionLength > exponent)
        {
            return ParseErrorCode.AmountTooManyDecimals;
        }
        try
        {
            long value = 0;
            for (var run = 0; run < integerRuns; run++)
            {
                value = AppendDigits(value, run);
            }
            if (fractionLength > 0)
            {
                value = AppendDigits(value, _runCount - 1);
            }
            for (var pad = fractionLength; pad < exponent; pad++)
            {
                value = checked(value * 10);
            }
            minor = value;
            return null;
        }
        catch (OverflowException)
        {
            return ParseErrorCode.AmountTooLarge;
        }
    }

    private readonly long AppendDigits(long value, int run)
    {
        var start = _runStarts[run];
        for (var i = start; i < start + _runLengths[run]; i++)
        {
            value = checked((value * 10) + Chars.DigitValue(_text[i]));
        }
        return value;
    }

    /// <summary>Index of the separator that is the decimal one, or -1 when all separators group thousands.</summary>
    private readonly int DecimalSeparatorIndex(Language language, out bool malformed)
    {
        malformed = false;
        int dots = 0, commas = 0, arabicDecimals = 0, groupOnly = 0, lastDotOrComma = -1, arabicDecimalAt = -1;
        for (var s = 0; s < _runCount - 1; s++)
        {
            switch (Separator(s))
            {
                case '.':
                    dots++;
                    lastDotOrComma = s;
                    break;
                case ',' or '،':
                    commas++;
                    lastDotOrComma = s;
                    break;
                case '٫':
                    arabicDecimals++;
                    arabicDecimalAt = s;
                    break;
                default:
                    groupOnly++;
                    break;
            }
        }
        if (arabicDecimals > 0)
        {
            malformed = arabicDecimals > 1;
            return arabicDecimalAt;
        }
        if (dots > 0 && commas > 0)
        {
            var decimalIsDot = Separator(lastDotOrComma) == '.';
            malformed = decimalIsDot ? dots > 1 : commas > 1;
            return lastDotOrComma;
        }
        if (dots + commas != 1)
        {
            return -1;
        }
        if (groupOnly > 0 || Separator(lastDotOrComma) == '.' || language != Language.English)
        {
            return lastDotOrComma;
        }
        // English, one comma, nothing else: "1,000" groups thousands, "12,50" is a French habit for 12.50.
        var groupsThousands = _runLengths[lastDotOrComma] <= 3 && _runLengths[lastDotOrComma + 1] == 3;
        return groupsThousands ? -1 : lastDotOrComma;
    }

    /// <summary>Every separator but the decimal one is of one kind, the decimal one comes last, the first group
    /// has one to three digits and every later one exactly three.</summary>
    private readonly bool GroupsAreWellFormed(int decimalAt)
    {
        var separators = _runCount - 1;
        if (decimalAt >= 0 && decimalAt != separators - 1)
        {
            return false;
        }
        var groupSeparators = decimalAt >= 0 ? decimalAt : separators;
        if (groupSeparators == 0)
        {
            return true;
        }
        var kind = SeparatorClass(Separator(0));
        if (_runLengths[0] is < 1 or > 3)
        {
            return false;
        }
        for (var s = 0; s < groupSeparators; s++)
        {
            if (SeparatorClass(Separator(s)) != kind || _runLengths[s + 1] != 3)
            {
                return false;
            }
        }
        return true;
    }

    private readonly char Separator(int index) => _text[_runStarts[index] + _runLengths[index]];

    private static char SeparatorClass(char c) => Chars.IsGroupingSpace(c) ? ' ' : c switch
    {
        '’' => '\'',
        '،' => ',',
        _ => c,
    };

    private static bool IsSeparator(char c) =>
        c is '.' or ',' or '،' or '٫' or '٬' or '\'' or '’' || Chars.IsGroupingSpace(c);

    private static bool IsGroupOfThree(string text, int start) =>
        Chars.IsDigitAt(text, start) && Chars.IsDigitAt(text, start + 1) && Chars.IsDigitAt(text, start + 2) &&
        !Chars.IsDigitAt(text, start + 3);

    [InlineArray(MaxRuns)]
    private struct IntBuffer
    {
        private int _element;
    }
}
