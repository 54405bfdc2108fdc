using Conversational.Bots.Conversations.Texts;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Texts;

public sealed class ArabicTextsTests
{
    private static readonly ArabicTexts Arabic = ArabicTexts.Instance;

    private static readonly Money FiveEuros = new(500, Currency.Eur);

    [Fact]
    public void Every_number_is_written_in_arabic_indic_digits()
    {
        var bad = ReplySamples.Of(Arabic).Where(s => s.Text.Any(char.IsAsciiDigit)).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Punctuation_is_arabic()
    {
        var bad = ReplySamples.Of(Arabic).Where(s => s.Text.IndexOfAny([',', ';', '?']) >= 0).ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [InlineData(0, "أمامه أقل من يوم لاستلام")]
    [InlineData(1, "أمامه يوم واحد لاستلام")]
    [InlineData(2, "أمامه يومان لاستلام")]
    [InlineData(3, "أمامه ٣ أيام لاستلام")]
    [InlineData(10, "أمامه ١٠ أيام لاستلام")]
    [InlineData(11, "أمامه ١١ يومًا لاستلام")]
    [InlineData(99, "أمامه ٩٩ يومًا لاستلام")]
    [InlineData(100, "أمامه ١٠٠ يوم لاستلام")]
    [InlineData(101, "أمامه ١٠١ يوم لاستلام")]
    [InlineData(103, "أمامه ١٠٣ أيام لاستلام")]
    [InlineData(111, "أمامه ١١١ يومًا لاستلام")]
    [InlineData(1000, "أمامه ١٬٠٠٠ يوم لاستلام")]
    public void Days_take_the_form_of_their_plural_category(int days, string expected) =>
        Assert.Contains(expected, Arabic.ConfirmPending("@carol", FiveEuros, days), StringComparison.Ordinal);

    [Fact]
    public void The_six_plural_forms_give_six_different_sentences()
    {
        int[] oneOfEachCategory = [0, 1, 2, 3, 11, 100];

        var sentences = oneOfEachCategory.Select(days => Arabic.ConfirmPending("@carol", FiveEuros, days));

        Assert.Equal(6, sentences.Distinct().Count());
    }

    [Theory]
    [InlineData(0, "بعد أقل من دقيقة دون")]
    [InlineData(1, "بعد دقيقة واحدة دون")]
    [InlineData(2, "بعد دقيقتين دون")]
    [InlineData(5, "بعد ٥ دقائق دون")]
    [InlineData(15, "بعد ١٥ دقيقة دون")]
    [InlineData(100, "بعد ١٠٠ دقيقة دون")]
    public void Minutes_after_baada_are_in_the_genitive(int minutes, string expected) =>
        Assert.Contains(expected, Arabic.ConfirmationExpired(minutes), StringComparison.Ordinal);

    [Theory]
    [InlineData(1, true, "آخر عملية:")]
    [InlineData(2, true, "آخر عمليتين:")]
    [InlineData(5, true, "آخر ٥ عمليات:")]
    [InlineData(20, true, "آخر ٢٠ عملية:")]
    [InlineData(2, false, "عمليتان سابقتان:")]
    [InlineData(5, false, "٥ عمليات سابقة:")]
    public void History_headers_agree_with_the_count(int count, bool first, string expected) =>
        Assert.Equal(expected, Arabic.HistoryHeader(count, first));

    [Theory]
    [InlineData(2, "تحويلان بانتظارك:")]
    [InlineData(3, "٣ تحويلات بانتظارك:")]
    public void Waiting_transfers_are_counted_in_the_nominative(int count, string expected)
    {
        var waiting = Enumerable.Range(0, count).Select(_ => ("@bob", FiveEuros)).ToList();

        Assert.StartsWith(expected, Arabic.ClaimOffer(waiting), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 24, "٢٤ نوفمبر")]
    [InlineData(2027, 1, 3, "٣ يناير ٢٠٢٧")]
    public void Dates_use_arabic_month_names_and_the_year_only_when_it_is_not_this_one(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Arabic.FormatDate(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero), ReplySamples.Now));

    [Fact]
    public void Spending_keeps_the_year_apart_from_the_total()
    {
        var spending = new MonthlySpending(2025, 8, FiveEuros, new Money(1000, Currency.Eur), new Money(0, Currency.Eur),
            new Money(300, Currency.Eur));

        Assert.Equal(
            "أنفقت في أغسطس ٢٠٢٥ ما مجموعه ١٥٫٠٠ €: منها ٥٫٠٠ € تحويلات، و١٠٫٠٠ € تبرعات، و٠٫٠٠ € مدفوعات للمتاجر. "
            + "وأيضًا ٣٫٠٠ € على فاتورة هاتفك.",
            Arabic.Spending(spending, ReplySamples.Now).Replace('\u00A0', ' '));
    }

    [Fact]
    public void Amounts_are_written_by_the_wallet_formatter() =>
        Assert.Equal("تم: أرسلت ١٬٢٣٤٫٥٠ € إلى @bob. رصيدك: ٥٫٠٠ €.",
            Arabic.Sent("@bob", new Money(123450, Currency.Eur), FiveEuros).Replace('\u00A0', ' '));
}
