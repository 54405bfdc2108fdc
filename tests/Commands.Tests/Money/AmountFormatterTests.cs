using Conversational.Commands.Money;

namespace Conversational.Commands.Tests.Money;

public sealed class AmountFormatterTests
{
    [Theory]
    [InlineData(100050, "EUR", "en", "€1,000.50")]
    [InlineData(100050, "EUR", "fr", "1\u202F000,50\u00A0€")]
    [InlineData(100050, "EUR", "ar", "١٬٠٠٠٫٥٠\u00A0€")]
    [InlineData(5, "EUR", "en", "€0.05")]
    [InlineData(5, "EUR", "fr", "0,05\u00A0€")]
    [InlineData(5, "EUR", "ar", "٠٫٠٥\u00A0€")]
    [InlineData(1000, "GBP", "en", "£10.00")]
    [InlineData(123456789, "USD", "en", "$1,234,567.89")]
    [InlineData(123456789, "USD", "fr", "1\u202F234\u202F567,89\u00A0$")]
    [InlineData(1234, "JPY", "en", "JPY\u00A01,234")]
    [InlineData(1234, "JPY", "fr", "1\u202F234\u00A0JPY")]
    [InlineData(1234, "JPY", "ar", "١٬٢٣٤\u00A0JPY")]
    [InlineData(1234, "TND", "en", "TND\u00A01.234")]
    [InlineData(1234, "TND", "fr", "1,234\u00A0TND")]
    [InlineData(1234, "TND", "ar", "١٫٢٣٤\u00A0TND")]
    [InlineData(long.MaxValue, "EUR", "en", "€92,233,720,368,547,758.07")]
    [InlineData(long.MaxValue, "EUR", "fr", "92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€")]
    public void Amount_is_written_the_way_its_language_writes_money(long minor, string currency, string language,
        string expected)
    {
        Assert.True(LanguageCodes.TryParse(language, out var lang));

        Assert.Equal(expected, AmountFormatter.Format(new Amount(minor, currency), lang));
    }
}
