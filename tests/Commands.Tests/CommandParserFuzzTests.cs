using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Conversational.Shared;

namespace Conversational.Commands.Tests;

/// <summary>
/// A million random and mutated messages: the parser never throws, and whatever it returns can be used (a command
/// whose every property reads, or an error with a wire name and an explanation). Seeded, so a failure reproduces.
/// </summary>
public sealed partial class CommandParserFuzzTests
{
    private const int Inputs = 1_000_000;
    private const int Chunks = 100;
    private const int Seed = 20_251_124;

    /// <summary>Characters the parser treats specially, in all three scripts, and characters that break naive
    /// code.</summary>
    private static readonly string[] Alphabet =
    [
        .. "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".Select(c => c.ToString()),
        ",", ".", "٫", "٬", "،", "'", "’", " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\t", "\n",
        "€", "$", "£", "¥", "¢", "₹", "@", "#", "＃", "/", "+", "-", "−", "_", "?", "؟", "!", "(", ")", "×", "x", "e",
        "E", "a", "z", "A", "Z", "l", "é", "à", "ç", "ا", "ل", "ر", "س", "ي", "و", "أ", "إ", "ة", "ى", "\u0640",
        "\u064E", "😀", "🙏", "👍🏽", "\uD83D", "\uDE00", "\0", "\u0001", "\u007F", "\u200B", "\u200F", "\u2066",
        "\uFEFF", "∞", "«", "»",
    ];

    /// <summary>Pieces of real messages, inserted whole so mutations reach deep into the grammar.</summary>
    private static readonly string[] Tokens =
    [
        "#send", "/send@SomeBot", "envoyer", "#ارسل", "أرسل", "don", "#buy", "acheter", "help", "aide", "stop", "ok",
        "oui", "نعم", "لا", "@lea", "@SMoneyfr", "@", "lea", "to", "à", "pour", "إلى", "50EUR", "50 €", "€50",
        "$3.25", "1 000,50", "1,000.00", "١٢٫٥٠", "١٬٠٠٠", "EUR", "eur", "euros", "يورو", "JPY", "TND", "XYZ",
        "dinars", "centimes", "1e3", "NaN", "-5", "0", "99999999999999999999", "+33 6 12 34 56 78", "06.12.34.56.78",
        "0033612345678", "٠٦١٢٣٤٥٦٧٨", "x2", "2x", "GAME42", "the", "l'", "?", "please", "merci",
        "#track", "suivi", "تتبع", "DS-4F7K2Q", "DS-٤F٧K", "my", "mes", "data", "données", "بياناتي", "delete", "احذف",
        "#dispute", "litige", "back", "go", "#referral", "parrain", "إحالة", "R7K3QX", "code", "talk to a", "human",
        "parler à quelqu'un", "continue", "points", "نقاطي",
    ];

    [Fact]
    public void A_million_random_and_mutated_messages_never_throw_and_always_read_as_a_command_or_an_error()
    {
        var seeds = ValidMessages();
        var context = Contexts.Default;
        var hinted = Contexts.From("hint=ar;default=fr");

        Parallel.For(0, Chunks, chunk =>
        {
            var random = new Random(Seed + chunk);
            for (var n = 0; n < Inputs / Chunks; n++)
            {
                var message = random.Next(2) == 0
                    ? RandomMessage(random)
                    : Mutate(seeds[random.Next(seeds.Length)], random);
                try
                {
                    Check(CommandParser.Parse(message, n % 8 == 0 ? hinted : context));
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"Chunk {chunk} (seed {Seed + chunk}), input {n}: \"{Escape(message)}\": {e.Message}"), e);
                }
            }
        });
    }

    private static void Check(ParseResult result)
    {
        Assert.True(Enum.IsDefined(result.Language));
        switch (result)
        {
            case ParseError error:
                Assert.Contains('.', error.Code.ToWireName());
                Assert.False(string.IsNullOrWhiteSpace(ParseErrorMessages.Describe(error)));
                break;
            case MoneyCommand money:
                Assert.True(money.Amount.Minor > 0);
                Assert.True(Iso4217.TryGetExponent(money.Amount.Currency, out _));
                var recipient = money.Recipient.Value;
                Assert.True(money.Recipient.Kind == RecipientKind.Handle
                    ? recipient.Length is >= 2 and <= 32 &&
                        string.Equals(recipient, recipient.ToLowerInvariant(), StringComparison.Ordinal)
                    : recipient.Length > 2 && recipient[0] == '+' && recipient[1..].All(char.IsAsciiDigit),
                    recipient);
                Assert.True(money.Note is null || money.Note.Trim().Length > 0);
                break;
            case BuyCommand buy:
                Assert.False(string.IsNullOrWhiteSpace(buy.Product));
                Assert.True(buy.Quantity is null or >= 1 and <= 999);
                break;
            case QuestionCommand question:
                Assert.False(string.IsNullOrEmpty(question.Text));
                break;
            case DisputeCommand dispute:
                Assert.False(string.IsNullOrWhiteSpace(dispute.Text));
                break;
            case ShowOrdersCommand orders:
                Assert.True(orders.OrderNumber is null || OrderNumber().IsMatch(orders.OrderNumber),
                    orders.OrderNumber);
                break;
            case ReferralCommand referral:
                Assert.True(referral.Code is null || ReferralCode().IsMatch(referral.Code), referral.Code);
                break;
            case Command command:
                Assert.True(Enum.IsDefined(command.Kind));
                break;
            default:
                Assert.Fail("Neither a command nor an error.");
                break;
        }
    }

    private static string RandomMessage(Random random)
    {
        var length = random.Next(20) switch
        {
            0 => random.Next(ParseContext.MaxMessageLength - 8, ParseContext.MaxMessageLength + 8),
            < 5 => random.Next(40, 200),
            _ => random.Next(0, 40),
        };
        var text = new StringBuilder(length + 32);
        while (text.Length < length)
        {
            text.Append(random.Next(8) == 0
                ? Tokens[random.Next(Tokens.Length)]
                : Alphabet[random.Next(Alphabet.Length)]);
            if (random.Next(6) == 0)
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }

    /// <summary>One to five edits of a valid message: insert, delete, replace, duplicate, or drop in a token.</summary>
    private static string Mutate(string message, Random random)
    {
        var text = new StringBuilder(message);
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            var piece = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(5))
            {
                case 0:
                    text.Insert(at, piece);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at));
                    break;
                case 2 when at < text.Length:
                    text.Remove(at, 1).Insert(at, piece);
                    break;
                case 3 when at < text.Length:
                    var length = Math.Min(random.Next(1, 8), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                default:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>The messages of the table test, as seeds for mutation.</summary>
    private static string[] ValidMessages() =>
    [
        .. typeof(CommandParserTableTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes<InlineDataAttribute>())
            .Select(row => (string)row.Data[0]!)
            .Where(message => message.Length > 0)
            .Distinct(StringComparer.Ordinal),
    ];

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,30}[A-Z0-9]$")]
    private static partial Regex OrderNumber();

    [GeneratedRegex("^[A-Z0-9]{4,12}$")]
    private static partial Regex ReferralCode();

    private static string Escape(string text) =>
        text.Length > 300 ? Escape(text[..300]) + "…" : string.Concat(text.Select(c =>
            c is >= ' ' and <= '~' && c != '"' && c != '\\'
                ? c.ToString()
                : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")));
}
