namespace Conversational.Wallet;

/// <summary>Money waiting for someone not yet known. It resolves at most once: claimed, or returned after <see cref="ExpiresAt"/>.</summary>
/// <param name="Id">The id of the movement that set it aside.</param>
/// <param name="Sender">Who sent it, and gets it back if nobody claims it.</param>
/// <param name="ClaimKey">Who may claim it: a phone number in E.164 or a handle, as the sender named them.</param>
/// <param name="Amount">The amount waiting.</param>
/// <param name="ExpiresAt">When the claim period ends.</param>
/// <param name="State">Waiting, claimed or returned.</param>
public sealed record PendingTransfer(
    TransferId Id, AccountId Sender, string ClaimKey, Money Amount, DateTimeOffset ExpiresAt, PendingState State);

/// <summary>Where a pending transfer stands.</summary>
public enum PendingState
{
    Waiting,
    Claimed,
    Returned,
}
