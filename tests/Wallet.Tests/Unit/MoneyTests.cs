using CsCheck;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Unit;

public sealed class MoneyTests
{
    private static readonly Currency Jpy = Currency.Of("JPY");
    private static readonly Currency Tnd = Currency.Of("TND");

    [Fact]
    public void Adding_and_subtracting_amounts_of_one_currency_is_exact()
    {
        Assert.Equal(Cents(1_234), Cents(1_000) + Cents(234));
        Assert.Equal(Cents(-1), Cents(1_000) - Cents(1_001));
        Assert.Equal(Cents(-5), -Cents(5));
        Assert.Equal(Cents(7), Cents(3).Add(Cents(4)));
        Assert.Equal(Cents(-1), Cents(3).Subtract(Cents(4)));
        Assert.Equal(Cents(-3), Cents(3).Negate());
        Assert.Equal(Money.Zero(Currency.Eur), new Money(0, Currency.Eur));
    }

    [Fact]
    public void Comparing_amounts_of_one_currency_compares_their_minor_units()
    {
        Assert.True(Cents(1) < Cents(2));
        Assert.True(Cents(2) > Cents(1));
        Assert.True(Cents(2) <= Cents(2));
        Assert.True(Cents(2) >= Cents(2));
        Assert.Equal(-1, Cents(1).CompareTo(Cents(2)));
        Assert.Equal(0, Cents(2).CompareTo(Cents(2)));
    }

    [Fact]
    public void Combining_two_currencies_is_refused_naming_both()
    {
        var euros = Cents(100);
        var dollars = new Money(100, Usd);

        var error = Assert.Throws<CurrencyMismatchException>(() => euros + dollars);

        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => euros - dollars);
        Assert.Throws<CurrencyMismatchException>(() => euros < dollars);
        Assert.Throws<CurrencyMismatchException>(() => euros > dollars);
        Assert.Throws<CurrencyMismatchException>(() => euros <= dollars);
        Assert.Throws<CurrencyMismatchException>(() => euros >= dollars);
        Assert.Throws<CurrencyMismatchException>(() => euros.CompareTo(dollars));
        Assert.NotEqual(euros, dollars);
    }

    [Fact]
    public void Arithmetic_that_would_overflow_is_refused_rather_than_wrapping()
    {
        Assert.Throws<OverflowException>(() => Cents(long.MaxValue) + Cents(1));
        Assert.Throws<OverflowException>(() => Cents(long.MinValue) - Cents(1));
        Assert.Throws<OverflowException>(() => -Cents(long.MinValue));
    }

    [Fact]
    public void Adding_then_subtracting_any_amount_gives_back_the_first() =>
        Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Long[-1_000_000_000_000, 1_000_000_000_000])
            .Sample((a, b) => Assert.Equal(Cents(a), Cents(a) + Cents(b) - Cents(b)), iter: 10_000);

    [Theory]
    [InlineData("250", "EUR", 25_000)]
    [InlineData("250.00", "EUR", 25_000)]
    [InlineData("4.5", "EUR", 450)]
    [InlineData("4.50", "EUR", 450)]
    [InlineData("0.01", "EUR", 1)]
    [InlineData("0", "EUR", 0)]
    [InlineData(" 12.30 ", "EUR", 1_230)]
    [InlineData("1000", "JPY", 1_000)]
    [InlineData("1.234", "TND", 1_234)]
    [InlineData("1.2", "TND", 1_200)]
    public void ParseInvariant_reads_a_plain_decimal_exactly(string text, string currency, long minor) =>
        Assert.Equal(new Money(minor, Currency.Of(currency)), Money.ParseInvariant(text, Currency.Of(currency)));

    [Theory]
    [InlineData("", "EUR")]
    [InlineData("abc", "EUR")]
    [InlineData("-1", "EUR")]
    [InlineData("+1", "EUR")]
    [InlineData("1.", "EUR")]
    [InlineData(".5", "EUR")]
    [InlineData("1.234", "EUR")]
    [InlineData("1,50", "EUR")]
    [InlineData("1.2.3", "EUR")]
    [InlineData("1e3", "EUR")]
    [InlineData("1 000", "EUR")]
    [InlineData("١٢", "EUR")]
    [InlineData("1.5", "JPY")]
    [InlineData("1.2345", "TND")]
    public void ParseInvariant_refuses_anything_but_digits_and_the_currencys_decimals(string text, string currency)
    {
        var error = Assert.Throws<FormatException>(() => Money.ParseInvariant(text, Currency.Of(currency)));

        Assert.Contains(currency, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseInvariant_refuses_an_amount_too_large_for_the_ledger_and_null()
    {
        Assert.Throws<OverflowException>(() => Money.ParseInvariant("99999999999999999999", Currency.Eur));
        Assert.Throws<ArgumentNullException>(() => Money.ParseInvariant(null!, Currency.Eur));
    }

    [Theory]
    [InlineData(1_250, "EUR", "12.50 EUR")]
    [InlineData(-5, "EUR", "-0.05 EUR")]
    [InlineData(0, "EUR", "0.00 EUR")]
    [InlineData(1_000, "JPY", "1000 JPY")]
    [InlineData(1_234, "TND", "1.234 TND")]
    [InlineData(long.MinValue, "EUR", "-92233720368547758.08 EUR")]
    public void ToString_writes_the_invariant_form_for_logs(long minor, string currency, string text) =>
        Assert.Equal(text, new Money(minor, Currency.Of(currency)).ToString());

    [Fact]
    public void Any_amount_written_by_ToString_reads_back_with_ParseInvariant() =>
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.OneOf(Currency.Eur, Jpy, Tnd)).Sample((minor, currency) =>
        {
            var money = new Money(minor, currency);
            var number = money.ToString().Split(' ')[0];

            Assert.Equal(money, Money.ParseInvariant(number, currency));
        }, iter: 10_000);

    [Fact]
    public void Currency_codes_are_the_iso_4217_ones_with_their_decimals()
    {
        Assert.Equal((2, "EUR"), (Currency.Eur.Exponent, Currency.Eur.Code));
        Assert.Equal(0, Jpy.Exponent);
        Assert.Equal(3, Tnd.Exponent);
        Assert.Null(Currency.Find("eur"));
        Assert.Null(Currency.Find("XYZ"));
        Assert.Null(Currency.Find(null));
        Assert.Throws<ArgumentException>(() => Currency.Of("EURO"));
        Assert.Equal(Currency.Eur, Currency.Of("EUR"));
    }
}
