namespace Conversational.Wallet.Tests.Support;

/// <summary>Amounts as a test writes them: <c>Eur("12.34")</c>, <c>Eur("-4.50")</c>, read exactly (no floating point).</summary>
public static class TestMoney
{
    public static readonly Currency Usd = Currency.Of("USD");

    public static Money Eur(string amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return amount.StartsWith('-') ? -Money.ParseInvariant(amount[1..], Currency.Eur) : Money.ParseInvariant(amount, Currency.Eur);
    }

    public static Money Cents(long minor) => new(minor, Currency.Eur);
}
