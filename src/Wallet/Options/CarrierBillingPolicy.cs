namespace Conversational.Wallet;

/// <summary>Carrier billing as configured, checked against <see cref="CarrierBillingCeilings"/>.</summary>
public sealed record CarrierBillingPolicy(Money MaxPerPurchase, Money DefaultMonthlyCap, int WarningPercent, IReadOnlyDictionary<char, Money> Tiers)
{
    public Currency Currency => MaxPerPurchase.Currency;

    /// <summary>The most a purchase on this short code may cost, or null when it is not a 5-digit code of a configured tier.</summary>
    public Money? TierPrice(string shortCode) =>
        shortCode is { Length: 5 } && shortCode.All(char.IsAsciiDigit) && Tiers.TryGetValue(shortCode[0], out var price) ? price : null;

    /// <summary>Whether <paramref name="spent"/> has reached the warning share of <paramref name="cap"/>.</summary>
    public bool IsWarning(long spent, long cap) => spent * 100 >= cap * (long)WarningPercent;
}
