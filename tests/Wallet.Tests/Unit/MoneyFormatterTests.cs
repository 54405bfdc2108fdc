using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Unit;

public sealed class MoneyFormatterTests
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    [Theory]
    [InlineData("en", "€12.50")]
    [InlineData("en-GB", "€12.50")]
    [InlineData("fr", "12,50\u00A0€")]
    [InlineData("fr-CA", "12,50\u00A0€")]
    [InlineData("FR", "12,50\u00A0€")]
    [InlineData("ar", "١٢٫٥٠\u00A0€")]
    [InlineData("ar-TN", "١٢٫٥٠\u00A0€")]
    [InlineData("de", "€12.50")]
    [InlineData("", "€12.50")]
    public void Euros_are_written_as_each_language_writes_them(string language, string expected) =>
        Assert.Equal(expected, MoneyFormatter.Format(Eur("12.50"), language));

    [Fact]
    public void French_puts_a_no_break_space_before_the_sign_and_narrow_ones_between_thousands()
    {
        var text = MoneyFormatter.Format(Eur("1234567.89"), "fr");

        Assert.Equal($"1{NarrowNoBreakSpace}234{NarrowNoBreakSpace}567,89{NoBreakSpace}€", text);
    }

    [Theory]
    [InlineData("en", "€1,234.50")]
    [InlineData("ar", "١٬٢٣٤٫٥٠\u00A0€")]
    public void Thousands_are_grouped_in_english_and_arabic(string language, string expected) =>
        Assert.Equal(expected, MoneyFormatter.Format(Eur("1234.50"), language));

    [Theory]
    [InlineData(-1_250, "EUR", "en", "-€12.50")]
    [InlineData(-1_250, "EUR", "fr", "-12,50\u00A0€")]
    [InlineData(5, "EUR", "en", "€0.05")]
    [InlineData(300, "USD", "en", "$3.00")]
    [InlineData(300, "GBP", "fr", "3,00\u00A0£")]
    [InlineData(1_000, "JPY", "en", "JPY\u00A01,000")]
    [InlineData(12_500, "TND", "fr", "12,500\u00A0TND")]
    [InlineData(12_500, "TND", "ar", "١٢٫٥٠٠\u00A0TND")]
    public void Signs_decimals_and_codes_follow_the_currency(long minor, string currency, string language, string expected) =>
        Assert.Equal(expected, MoneyFormatter.Format(new Money(minor, Currency.Of(currency)), language));

    [Fact]
    public void A_language_is_required() =>
        Assert.Throws<ArgumentNullException>(() => MoneyFormatter.Format(Eur("1.00"), null!));
}
