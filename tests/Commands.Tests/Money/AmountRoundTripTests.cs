using System.Globalization;
using System.Text;
using Conversational.Commands.Money;
using Conversational.Shared;
using CsCheck;

namespace Conversational.Commands.Tests.Money;

/// <summary>Amounts written by the formatter, and as people type them, read back to the same amount.</summary>
public sealed class AmountRoundTripTests
{
    private const long Iterations = 20_000;

    /// <summary>Minor units of every magnitude, from 1 to <see cref="long.MaxValue"/>.</summary>
    private static readonly Gen<long> AnyMinor = Gen.Int[0, 18].SelectMany(digits =>
        Gen.Long[1, digits == 18 ? long.MaxValue : (long)Math.Pow(10, digits + 1) - 1]);

    private static readonly Gen<Amount> AnyAmount =
        Gen.Select(AnyMinor, Gen.OneOf(Contexts.Currencies), (minor, currency) => new Amount(minor, currency));

    private static readonly Gen<Language> AnyLanguage = Gen.Enum<Language>();

    /// <summary>How people write a currency: signs, codes in either case, names; before or after the number.
    /// The first entry writes none, so the default currency (EUR) applies.</summary>
    private static readonly (string Code, string[] Prefixes, string[] Suffixes)[] Writings =
    [
        ("EUR", [""], [""]),
        ("EUR", ["€", "€ ", "EUR ", "EUR\u00A0"],
            ["€", " €", "\u00A0€", "EUR", " EUR", " eur", " euros", " Euro", " يورو"]),
        ("USD", ["$", "USD "], ["$", " $", " USD", " usd", " dollars", " دولار"]),
        ("GBP", ["£", "GBP "], [" £", " GBP", " pounds"]),
        ("JPY", ["JPY "], [" JPY", " yen"]),
        ("TND", ["TND "], [" TND", " tnd", " DT"]),
        ("KWD", ["KWD "], [" KWD"]),
        ("CHF", ["CHF "], [" CHF", " chf"]),
        ("CLF", ["CLF "], [" CLF"]),
    ];

    [Fact]
    public void Any_amount_formatted_in_a_language_reads_back_from_a_send_in_that_language() =>
        Gen.Select(AnyAmount, AnyLanguage).Sample((amount, language) =>
        {
            var message = $"{SendKeyword(language)} {AmountFormatter.Format(amount, language)} @lea";

            var send = Assert.IsType<SendMoneyCommand>(CommandParser.Parse(message, Contexts.Default));

            Assert.Equal(amount, send.Amount);
            Assert.Equal(language, send.Language);
        }, iter: Iterations, print: t => $"{t.Item1} in {t.Item2}");

    [Fact]
    public void Any_amount_typed_as_people_type_it_reads_back_from_a_send_in_that_language() =>
        Gen.Select(AnyMinor, Gen.Int[0, Writings.Length - 1], AnyLanguage, Gen.Int[0, int.MaxValue])
            .Select((minor, writing, language, choices) => Typed(minor, Writings[writing], language, choices))
            .Sample(typed =>
            {
                var send = Assert.IsType<SendMoneyCommand>(CommandParser.Parse(typed.Message, Contexts.Default));

                Assert.Equal(typed.Amount, send.Amount);
                Assert.Equal(typed.Recipient, send.Recipient);
            }, iter: Iterations, print: typed => $"«{typed.Message}» for {typed.Amount}");

    [Theory]
    [InlineData("12,50 €", "fr", 1250, "EUR")]
    [InlineData("€12.50", "en", 1250, "EUR")]
    [InlineData("١٢٫٥٠ €", "ar", 1250, "EUR")]
    [InlineData("1\u202F000,5\u00A0€", "fr", 100050, "EUR")]
    [InlineData("١ ٠٠٠ يورو", "ar", 100000, "EUR")]
    [InlineData("€ 1,000", "en", 100000, "EUR")]
    [InlineData("12,5 DT", "fr", 12500, "TND")]
    public void Amounts_typed_by_hand_read_back(string typed, string language, long minor, string currency)
    {
        Assert.True(LanguageCodes.TryParse(language, out var lang));

        var send = Assert.IsType<SendMoneyCommand>(
            CommandParser.Parse($"{SendKeyword(lang)} {typed} @lea", Contexts.Default));

        Assert.Equal(new Amount(minor, currency), send.Amount);
    }

    private static string SendKeyword(Language language) => language switch
    {
        Language.French => "#envoyer",
        Language.Arabic => "#ارسل",
        _ => "#send",
    };

    private sealed record TypedAmount(string Message, Amount Amount, Recipient Recipient);

    /// <summary>Recipients as written, and where they go: before or after the amount.</summary>
    private static readonly (string Before, string After, Recipient Recipient)[] Recipients =
    [
        ("", " @lea", Recipient.Handle("lea")),
        ("@Lea ", "", Recipient.Handle("lea")),
        ("", " 06 12 34 56 78", Recipient.Phone("+33612345678")),
        ("+33 6 12 34 56 78 ", "", Recipient.Phone("+33612345678")),
        ("", " lea", Recipient.Handle("lea")),
    ];

    /// <summary>A send of <paramref name="minor"/> written the way a person of <paramref name="language"/> might,
    /// the bits of <paramref name="choices"/> picking the habits: grouping, trailing zeros, digits, separators,
    /// currency, recipient.</summary>
    private static TypedAmount Typed(long minor, (string Code, string[] Prefixes, string[] Suffixes) writing,
        Language language, int choices)
    {
        Assert.True(Iso4217.TryGetExponent(writing.Code, out var exponent));
        var digits = minor.ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        var integer = digits[..^exponent];
        var fraction = digits[^exponent..];
        if ((choices & 1) != 0)
        {
            fraction = fraction.TrimEnd('0');   // "12,5 €" for 12,50, "12 €" for 12,00
        }
        var arabicDigits = language == Language.Arabic && (choices & 2) != 0;
        var (group, decimalSeparator) = language switch
        {
            Language.English => (",", "."),
            _ when arabicDigits => ((choices & 4) != 0 ? "٬" : " ", "٫"),
            _ => (((choices >> 3) & 3) switch
            {
                0 => " ",
                1 => "\u00A0",
                2 => "\u202F",
                _ => fraction.Length > 0 ? "." : " ",   // "1.000,50": a dot groups only when a comma follows
            }, ","),
        };
        var number = new StringBuilder();
        var grouped = (choices & 32) != 0;
        for (var i = 0; i < integer.Length; i++)
        {
            if (grouped && i > 0 && (integer.Length - i) % 3 == 0)
            {
                number.Append(group);
            }
            number.Append(integer[i]);
        }
        if (fraction.Length > 0)
        {
            number.Append(decimalSeparator).Append(fraction);
        }
        var text = arabicDigits
            ? string.Concat(number.ToString().Select(c => c is >= '0' and <= '9' ? (char)('٠' + (c - '0')) : c))
            : number.ToString();
        var sides = writing.Prefixes.Length + writing.Suffixes.Length;
        var side = (choices >> 6) % sides;
        text = side < writing.Prefixes.Length
            ? writing.Prefixes[side] + text
            : text + writing.Suffixes[side - writing.Prefixes.Length];
        var (before, after, recipient) = Recipients[(choices >> 12) % Recipients.Length];
        return new TypedAmount($"{SendKeyword(language)} {before}{text}{after}", new Amount(minor, writing.Code),
            recipient);
    }
}
