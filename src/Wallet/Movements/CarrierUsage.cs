namespace Conversational.Wallet;

/// <summary>A phone number's carrier billing this month: what was billed, its cap, and whether to warn.</summary>
/// <param name="Spent">Billed so far this month (UTC).</param>
/// <param name="Cap">The monthly cap: the default, or lower if the person lowered it.</param>
/// <param name="Warning">True once <paramref name="Spent"/> reaches the warning share (80 % by default) of <paramref name="Cap"/>.</param>
/// <param name="DonationsBlocked">Whether the person blocked donations billed to this phone.</param>
public sealed record CarrierUsage(Money Spent, Money Cap, bool Warning, bool DonationsBlocked)
{
    public Money Remaining => Cap - Spent;
}
