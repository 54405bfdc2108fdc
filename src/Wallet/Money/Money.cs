using System.Globalization;

namespace Conversational.Wallet;

/// <summary>
/// An amount of money: integer minor units (cents for EUR) and a currency. Arithmetic refuses to mix
/// currencies and to overflow; there is no floating point anywhere.
/// </summary>
public readonly record struct Money(long Minor, Currency Currency)
{
    public static Money Zero(Currency currency) => new(0, currency);

    public static Money operator +(Money left, Money right) =>
        new(checked(left.Minor + SameCurrency(left, right).Minor), left.Currency);

    public static Money operator -(Money left, Money right) =>
        new(checked(left.Minor - SameCurrency(left, right).Minor), left.Currency);

    public static Money operator -(Money value) => new(checked(-value.Minor), value.Currency);

    public static bool operator <(Money left, Money right) => left.Minor < SameCurrency(left, right).Minor;

    public static bool operator >(Money left, Money right) => left.Minor > SameCurrency(left, right).Minor;

    public static bool operator <=(Money left, Money right) => left.Minor <= SameCurrency(left, right).Minor;

    public static bool operator >=(Money left, Money right) => left.Minor >= SameCurrency(left, right).Minor;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Negate() => -this;

    public int CompareTo(Money other) => Minor.CompareTo(SameCurrency(this, other).Minor);

    /// <summary>
    /// Reads a plain decimal ("250", "4.50") in a currency, exactly: more decimals than the currency has
    /// is refused rather than rounded. Meant for settings, not for what people type (Commands reads that).
    /// </summary>
    public static Money ParseInvariant(string text, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts.All(p => p.All(char.IsAsciiDigit))
            || (parts.Length == 2 && (parts[1].Length == 0 || parts[1].Length > currency.Exponent)))
        {
            throw new FormatException(
                $"'{text}' is not an amount of {currency.Code} (digits, then at most {currency.Exponent} decimals after a '.').");
        }
        var fraction = parts.Length == 2 ? parts[1].PadRight(currency.Exponent, '0') : new string('0', currency.Exponent);
        return new Money(long.Parse(parts[0] + fraction, NumberStyles.None, CultureInfo.InvariantCulture), currency);
    }

    /// <summary>Invariant text, "12.50 EUR": for logs and exceptions, never for people (see <see cref="MoneyFormatter"/>).</summary>
    public override string ToString()
    {
        var exponent = Currency.Exponent;
        var digits = Math.Abs((decimal)Minor).ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        var number = exponent == 0 ? digits : digits[..^exponent] + "." + digits[^exponent..];
        return (Minor < 0 ? "-" : "") + number + " " + Currency.Code;
    }

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency ? right : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
