namespace Conversational.Wallet;

/// <summary>
/// The ledger's integer arithmetic, stated once and mirrored exactly by the Redis scripts (whose Lua numbers
/// are doubles, exact below 2^53: the limits below keep every product there).
/// </summary>
public static class LedgerArithmetic
{
    /// <summary>The largest amount one movement may carry, in minor units (10 million EUR).</summary>
    public const long MaxAmountMinor = 1_000_000_000;

    /// <summary>
    /// A merchant's fee on <paramref name="amount"/>: amount × rate / 10 000, rounded half up to the minor unit
    /// (0.5 cent rounds up). The merchant receives amount − fee, so net + fee = amount exactly.
    /// </summary>
    public static long Fee(long amount, int basisPoints) => (amount * basisPoints + 5_000) / 10_000;

    /// <summary>
    /// The share of a payment's fee given back with a refund: the fee of what has been refunded so far is
    /// fee × refunded / paid, rounded down, so partial refunds never give back more than the fee and a full
    /// refund gives back all of it.
    /// </summary>
    public static long FeeGivenBack(long fee, long paid, long refundedBefore, long refund) =>
        fee * (refundedBefore + refund) / paid - fee * refundedBefore / paid;

    /// <summary>The calendar day (UTC) of a moment, counted from 0001-01-01: the key of daily spending.</summary>
    public static int Day(DateTimeOffset at) => (int)(at.UtcTicks / TimeSpan.TicksPerDay);

    /// <summary>The calendar month (UTC) of a moment as year × 12 + month − 1: the key of monthly spending.</summary>
    public static int Month(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc.Year * 12 + utc.Month - 1;
    }

    /// <summary>How many days the unverified spending window covers (today and the 29 before).</summary>
    public const int RollingWindowDays = 30;
}
