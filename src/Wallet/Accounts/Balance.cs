namespace Conversational.Wallet;

/// <summary>
/// One account's money in one currency, as TigerBeetle keeps it: <paramref name="Posted"/> is what has moved;
/// <paramref name="Held"/> is reserved for purchases not yet captured (it cannot be spent);
/// <paramref name="Incoming"/> is what holds promise to this account.
/// </summary>
public readonly record struct Balance(Currency Currency, long Posted, long Held, long Incoming)
{
    /// <summary>What can be spent now.</summary>
    public Money Available => new(Posted - Held, Currency);

    public Money Total => new(Posted, Currency);
}
