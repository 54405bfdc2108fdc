namespace Conversational.Bots.Conversations;

/// <summary>
/// Everything a person's conversation keeps between messages; stored as JSON with a version, loaded for each
/// message and saved after it.
/// </summary>
public sealed class ConversationData
{
    public ConversationState State { get; set; } = ConversationState.Idle;

    /// <summary>The language the person last wrote in ("en", "fr", "ar").</summary>
    public string? Language { get; set; }

    /// <summary>In <see cref="ConversationState.AwaitingConfirmation"/>: what waits for a yes.</summary>
    public TransferIntent? Intent { get; set; }

    /// <summary>In <see cref="ConversationState.ReadingHistory"/>: how many lines were shown.</summary>
    public int HistoryShown { get; set; }

    /// <summary>Accounts this person has already sent money to: no confirmation is asked for them below the threshold.</summary>
    public List<string> KnownRecipients { get; set; } = [];

    /// <summary>Transfers whose outcome the store could not tell; retried (same id) until settled.</summary>
    public List<TransferIntent> Unsettled { get; set; } = [];

    /// <summary>Pending transfers the person said "not now" to, and until when they are not offered again.</summary>
    public DateTimeOffset? ClaimOfferSnoozedUntil { get; set; }

    /// <summary>In <see cref="ConversationState.AwaitingClaimAnswer"/>: when the first of the offered transfers goes back.</summary>
    public DateTimeOffset? ClaimOfferExpiresAt { get; set; }

    /// <summary>The person said STOP: nothing is sent to them on the service's own initiative.</summary>
    public bool OptedOut { get; set; }
}
