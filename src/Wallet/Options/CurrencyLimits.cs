namespace Conversational.Wallet;

/// <summary>The limits of one currency, read from <see cref="CurrencyLimitsOptions"/>.</summary>
public sealed record CurrencyLimits(
    Currency Currency,
    Money PersonToPersonMax,
    Money CharityMax,
    Money MerchantMax,
    Money DailyCap,
    Money MonthlyCap,
    Money UnverifiedBalanceMax,
    Money UnverifiedSpending30Days)
{
    /// <summary>The per-transfer limit for money sent to an account of this kind.</summary>
    public Money TransactionMax(AccountKind recipient) => recipient switch
    {
        AccountKind.Charity => CharityMax,
        AccountKind.Merchant => MerchantMax,
        _ => PersonToPersonMax,
    };
}
