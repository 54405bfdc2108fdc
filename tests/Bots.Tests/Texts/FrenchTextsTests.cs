using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Texts;

public sealed class FrenchTextsTests
{
    private static readonly FrenchTexts French = FrenchTexts.Instance;

    private static readonly Money FiveEuros = new(500, Currency.Eur);

    [Fact]
    public void A_no_break_space_comes_before_every_colon_semicolon_question_and_exclamation_mark_and_inside_guillemets()
    {
        static bool Spaced(string text, int i) => text[i] switch
        {
            ':' or ';' or '?' or '!' or '»' => i > 0 && text[i - 1] == '\u00A0',
            '«' => i + 1 < text.Length && text[i + 1] == '\u00A0',
            _ => true,
        };

        var bad = ReplySamples.Of(French).Where(s => !Enumerable.Range(0, s.Text.Length).All(i => Spaced(s.Text, i))).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [InlineData(0, "pendant 0 jour,")]
    [InlineData(1, "pendant 1 jour,")]
    [InlineData(2, "pendant 2 jours,")]
    [InlineData(7, "pendant 7 jours,")]
    [InlineData(1000, "pendant 1\u202F000 jours,")]
    [InlineData(1000000, "pendant 1\u202F000\u202F000 de jours,")]
    public void Days_follow_the_french_plural_rules(int days, string expected) =>
        Assert.Contains(expected, French.ConfirmPending("@carol", FiveEuros, days), StringComparison.Ordinal);

    [Theory]
    [InlineData(0, "(0 transfert)")]
    [InlineData(1, "(1 transfert)")]
    [InlineData(2, "(2 transferts)")]
    public void Zero_is_singular_in_french(int count, string expected) =>
        Assert.Contains(expected, French.Claimed(count, FiveEuros, FiveEuros), StringComparison.Ordinal);

    [Theory]
    [InlineData(1, true, "Votre dernière opération\u00A0:")]
    [InlineData(5, true, "Vos 5 dernières opérations\u00A0:")]
    [InlineData(1, false, "L'opération précédente\u00A0:")]
    [InlineData(5, false, "Les 5 opérations précédentes\u00A0:")]
    public void History_headers_agree_with_the_count(int count, bool first, string expected) =>
        Assert.Equal(expected, French.HistoryHeader(count, first));

    [Fact]
    public void Money_is_written_the_french_way() =>
        Assert.Equal(
            "Envoyer 1\u202F234,50\u00A0€ à Bob (@bob)\u00A0? Il n'y a pas de frais.",
            French.ConfirmSend("Bob (@bob)", new Money(123450, Currency.Eur)));

    [Theory]
    [InlineData(2026, 12, 1, "1er décembre")]
    [InlineData(2026, 11, 24, "24 novembre")]
    [InlineData(2027, 1, 3, "3 janvier 2027")]
    public void Dates_say_1er_and_give_the_year_only_when_it_is_not_this_one(int year, int month, int day, string expected) =>
        Assert.Equal(expected, French.FormatDate(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero), ReplySamples.Now));

    [Theory]
    [InlineData("Élise (@elise)", "reçu d'Élise (@elise)")]
    [InlineData("Bob (@bob)", "reçu de Bob (@bob)")]
    [InlineData("@alice", "reçu de @alice")]
    public void De_is_elided_before_a_vowel(string counterparty, string expected)
    {
        var entry = new HistoryEntry(new TransferId("t1"), MovementKind.PersonToPerson, AccountId.Person("x"),
            FiveEuros, new Money(0, Currency.Eur), new Money(0, Currency.Eur), new Money(0, Currency.Eur), null,
            new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal($"1er mars · {expected} · +5,00\u00A0€", French.HistoryLine(entry, counterparty, ReplySamples.Now, null));
    }

    [Fact]
    public void Spending_names_the_month_and_adds_the_phone_bill_when_there_is_one()
    {
        var spending = new MonthlySpending(2026, 8, FiveEuros, new Money(1000, Currency.Eur), new Money(0, Currency.Eur),
            new Money(300, Currency.Eur));

        Assert.Equal(
            "En août, vous avez dépensé 15,00\u00A0€\u00A0: 5,00\u00A0€ en envois, 10,00\u00A0€ en dons et 0,00\u00A0€ en paiements. "
            + "Et sur votre facture de téléphone\u00A0: 3,00\u00A0€.",
            French.Spending(spending, ReplySamples.Now));
    }
}
