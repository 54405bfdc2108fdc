namespace Conversational.Wallet;

/// <summary>
/// A refusal with what a person needs to understand it: "the limit for sending to a person is 250,00 €",
/// "you have 12,00 € available", "unverified accounts may spend 150,00 € per 30 days: ask to be verified".
/// </summary>
public sealed record Rejection(RejectionReason Reason)
{
    /// <summary>The limit that would be passed (per transfer, cap, tier limit, what is left to capture or refund).</summary>
    public Money? Limit { get; init; }

    /// <summary>What was already used under <see cref="Limit"/> (spent today, this month, in 30 days, billed this month).</summary>
    public Money? Used { get; init; }

    /// <summary>For <see cref="RejectionReason.InsufficientFunds"/>: what the paying account has available.</summary>
    public Money? Available { get; init; }

    /// <summary>The identity tier whose limit applied; raising it (verification) raises the limit.</summary>
    public IdentityTier? Tier { get; init; }

    /// <summary>The account concerned (unknown account, recipient over their limit, merchant short of funds).</summary>
    public AccountId? Account { get; init; }

    /// <summary>A moment that matters (when a claim period ended or ends).</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>For <see cref="RejectionReason.CurrencyNotSupported"/>: the currencies the wallet holds.</summary>
    public IReadOnlyList<string>? Currencies { get; init; }

    public bool Equals(Rejection? other) =>
        other is not null && Reason == other.Reason && Limit == other.Limit && Used == other.Used
        && Available == other.Available && Tier == other.Tier && Account == other.Account && At == other.At
        && (Currencies ?? []).SequenceEqual(other.Currencies ?? []);

    public override int GetHashCode() => HashCode.Combine(Reason, Limit, Used, Available, Tier, Account, At);
}
