namespace Conversational.Wallet;

/// <summary>How well the service knows a person, which sets their limits (French e-money rules).</summary>
public enum IdentityTier
{
    /// <summary>Not verified: holds at most, and spends at most per rolling 30 days, the unverified limit (150 EUR).</summary>
    Unverified,

    /// <summary>Verified by an operator: the ordinary per-transfer limits and daily/monthly caps.</summary>
    Verified,
}
