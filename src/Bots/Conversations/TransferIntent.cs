using System.Text.Json.Serialization;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// A transfer described to the person and waiting for their yes, with everything the movement needs, so what is
/// executed is exactly what was shown.
/// </summary>
/// <param name="TransferId">Derived from the message that asked for it, so the transfer happens at most once.</param>
/// <param name="Recipient">The recipient's account, or null for a pending transfer to someone not yet known.</param>
/// <param name="RecipientName">The name shown ("Bob (@bob)", "@carol", "+33 6 12 34 56 78").</param>
/// <param name="ClaimKey">For a pending transfer: the handle ("@carol") or phone number that may claim it.</param>
/// <param name="Minor">The amount in minor units.</param>
/// <param name="Currency">The ISO 4217 code.</param>
/// <param name="FeeMinor">The fee the recipient (a merchant) pays out of it.</param>
/// <param name="AskedAt">When the confirmation was asked; it expires after a while.</param>
/// <param name="Channel">The channel it was asked on; only that channel may answer it.</param>
public sealed record TransferIntent(
    string TransferId, string? Recipient, string RecipientName, string? ClaimKey, long Minor, string Currency,
    long FeeMinor, DateTimeOffset AskedAt, string Channel)
{
    /// <summary>The identity key it was asked from ("sms:+33612345678"): with several identities linked to one person,
    /// two of one channel are still told apart. Null in requests stored before linking existed.</summary>
    public string? AskedBy { get; init; }

    [JsonIgnore]
    public Money Amount => new(Minor, Wallet.Currency.Of(Currency));

    [JsonIgnore]
    public Money Fee => new(FeeMinor, Wallet.Currency.Of(Currency));

    [JsonIgnore]
    public AccountId? RecipientAccount => Recipient is null ? null : AccountId.Parse(Recipient);

    public Movement ToMovement(AccountId sender) => RecipientAccount is { } to
        ? new Transfer(new TransferId(TransferId), sender, to, Amount)
        : new PendingSend(new TransferId(TransferId), sender, ClaimKey!, Amount);
}
