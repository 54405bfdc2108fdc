using System.Globalization;
using Conversational.Commands.Messages;
using Conversational.Commands.Money;
using Conversational.Shared;

namespace Conversational.Commands;

/// <summary>Explains a <see cref="ParseError"/> in the person's language, with an example of what to write.</summary>
public static class ParseErrorMessages
{
    private const int MaxFragmentLength = 40;

    public static string Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var currency = error.Currency ?? "EUR";
        var decimals = Iso4217.TryGetExponent(currency, out var exponent) ? exponent : 2;
        var (template, example) = error.Language switch
        {
            Language.French => (FrenchMessages.Template(error.Code, decimals), FrenchMessages.Example(error.Command)),
            Language.Arabic => (ArabicMessages.Template(error.Code, decimals), ArabicMessages.Example(error.Command)),
            _ => (EnglishMessages.Template(error.Code, decimals), EnglishMessages.Example(error.Command)),
        };
        if (error is { Code: ParseErrorCode.LinkTargetInvalid, Command: CommandKind.Unlink })
        {
            template = error.Language switch
            {
                Language.French => FrenchMessages.UnlinkTargetInvalid,
                Language.Arabic => ArabicMessages.UnlinkTargetInvalid,
                _ => EnglishMessages.UnlinkTargetInvalid,
            };
        }
        if (error is { Code: ParseErrorCode.UnknownCommand, Suggestion: not null })
        {
            template = error.Language switch
            {
                Language.French => FrenchMessages.UnknownCommandWithSuggestion,
                Language.Arabic => ArabicMessages.UnknownCommandWithSuggestion,
                _ => EnglishMessages.UnknownCommandWithSuggestion,
            };
        }
        var sample = AmountFormatter.Format(new Amount(SampleMinorUnits(decimals), currency), error.Language);
        var decimalsText = decimals.ToString(CultureInfo.InvariantCulture);
        if (error.Language == Language.Arabic)
        {
            decimalsText = AmountFormatter.ToArabicIndic(decimalsText);
        }
        return template
            .Replace("{fragment}", Quote(error.Fragment, error.Language), StringComparison.Ordinal)
            .Replace("{suggestion}", error.Suggestion, StringComparison.Ordinal)
            .Replace("{example}", example, StringComparison.Ordinal)
            .Replace("{currency}", currency, StringComparison.Ordinal)
            .Replace("{decimals}", decimalsText, StringComparison.Ordinal)
            .Replace("{sample}", sample, StringComparison.Ordinal);
    }

    /// <summary>12.50 in a currency with <paramref name="decimals"/> decimals (12 when it has none).</summary>
    private static long SampleMinorUnits(int decimals)
    {
        long minor = 1250;
        for (var d = 2; d < decimals; d++)
        {
            minor *= 10;
        }
        return decimals < 2 ? minor / (decimals == 1 ? 10 : 100) : minor;
    }

    /// <summary>The person's own words, quoted as each language quotes: “5e” in English, « 5e » in French,
    /// «5e» in Arabic; cut short when long.</summary>
    private static string Quote(string? fragment, Language language)
    {
        var shown = fragment is { Length: > MaxFragmentLength } ? fragment[..MaxFragmentLength] + "…" : fragment ?? "";
        return language switch
        {
            Language.French => "«\u00A0" + shown + "\u00A0»",
            Language.Arabic => "«" + shown + "»",
            _ => "“" + shown + "”",
        };
    }
}
