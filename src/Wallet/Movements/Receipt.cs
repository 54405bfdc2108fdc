namespace Conversational.Wallet;

/// <summary>
/// What a completed movement did. <see cref="Amount"/> left <see cref="From"/> (or was held, released, claimed...);
/// <see cref="Fee"/> is the part of it the service kept (or, for a refund, gave back), so the recipient
/// got <see cref="Net"/> = Amount − Fee.
/// </summary>
public sealed record Receipt(
    TransferId Id, MovementKind Kind, AccountId From, AccountId To, Money Amount, Money Fee, DateTimeOffset At)
{
    public Money Net => Amount - Fee;

    /// <summary>For a pending transfer: when its claim period ends.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>For a carrier charge: the phone number's usage after it.</summary>
    public CarrierUsage? Carrier { get; init; }
}
