using System.Text.Json.Serialization;
using Conversational.Bots.Commerce.Purchases;

namespace Conversational.Bots.Conversations;

/// <summary>
/// Everything a person's conversation keeps between messages; stored as JSON with a version, loaded for each
/// message and saved after it.
/// </summary>
public sealed class ConversationData
{
    public ConversationState State { get; set; } = ConversationState.Idle;

    /// <summary>The language of what is sent to the person on the service's own initiative ("en", "fr", "ar"): the one
    /// they chose (<see cref="PreferredLanguage"/>), else the one they last wrote in.</summary>
    public string? Language { get; set; }

    /// <summary>The language the person chose with "#language", for every chat of theirs; null to follow their last message.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>In <see cref="ConversationState.AwaitingConfirmation"/>: what waits for a yes.</summary>
    public TransferIntent? Intent { get; set; }

    /// <summary>In <see cref="ConversationState.ReadingHistory"/>: how many lines were shown.</summary>
    public int HistoryShown { get; set; }

    /// <summary>Accounts this person has already sent money to: no confirmation is asked for them below the threshold.</summary>
    public List<string> KnownRecipients { get; set; } = [];

    /// <summary>Transfers whose outcome the store could not tell; retried (same id) until settled.</summary>
    public List<TransferIntent> Unsettled { get; set; } = [];

    /// <summary>
    /// Digital orders (their numbers) paid by a hold whose capture the ledger did not confirm: retried with the order's
    /// capture id until it completes (the order delivered) or is refused (the order cancelled, the hold voided).
    /// </summary>
    public List<string> UncapturedOrders { get; set; } = [];

    /// <summary>Whether something of the person's money waits for the settler (<see cref="Unsettled"/>, <see cref="UncapturedOrders"/>).</summary>
    [JsonIgnore]
    public bool HasUnsettled => Unsettled.Count > 0 || UncapturedOrders.Count > 0;

    /// <summary>Pending transfers the person said "not now" to, and until when they are not offered again.</summary>
    public DateTimeOffset? ClaimOfferSnoozedUntil { get; set; }

    /// <summary>When money waiting for the person was last looked for (see ConversationTurn.OfferClaimsAsync).</summary>
    public DateTimeOffset? ClaimsCheckedAt { get; set; }

    /// <summary>In <see cref="ConversationState.AwaitingClaimAnswer"/>: when the first of the offered transfers goes back.</summary>
    public DateTimeOffset? ClaimOfferExpiresAt { get; set; }

    /// <summary>
    /// The person's chats (<see cref="ChannelIdentity.Key"/>) that said STOP or blocked the bot: nothing is sent to them on
    /// the service's own initiative until START there. Per chat, as carriers require: STOP by SMS silences that number, not
    /// the person's Telegram, and START on Telegram does not write to a number that said STOP.
    /// </summary>
    public List<string> StoppedChats { get; set; } = [];

    /// <summary>Data saved when STOP was one flag per person: true meant every chat, until START on any of them.</summary>
    [JsonPropertyName("OptedOut")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool StoppedEverywhere { get; set; }

    /// <summary>The purchase under way or parked, until it is paid, cancelled or expires.</summary>
    public Cart? Cart { get; set; }

    /// <summary>Addresses given for home and work deliveries, newest first, offered again next time.</summary>
    public List<SavedAddress> Addresses { get; set; } = [];

    /// <summary>The merchant the person last bought from or asked about: free-text questions go to its FAQ.</summary>
    public string? Merchant { get; set; }

    /// <summary>In <see cref="ConversationState.ChoosingFaqAnswer"/>: the merchant and the ids of the two answers offered.</summary>
    public List<string> FaqOffered { get; set; } = [];

    /// <summary>The advisor case the person's questions go to while it is open.</summary>
    public string? AdvisorCaseId { get; set; }

    /// <summary>The person's IANA time zone when their phone number tells it, for quiet hours (else the shop's is used).</summary>
    public string? TimeZone { get; set; }

    /// <summary>A purchase dropped after its expiry (the product's name), told at the person's next message.</summary>
    public string? DroppedCart { get; set; }

    /// <summary>When the person last wrote (WhatsApp lets a business write first only within 24 hours of it).</summary>
    public DateTimeOffset? LastMessageAt { get; set; }

    /// <summary>A link to another channel identity asked by this person: its code (hashed), expiry and wrong tries.</summary>
    public LinkAttempt? Link { get; set; }

    /// <summary>Phone numbers linked to this person from another chat: money sent to them before the link is theirs to claim.</summary>
    public List<string> LinkedPhones { get; set; } = [];

    /// <summary>
    /// Fields this version does not know, written by a newer one, kept as they were: during a rolling deploy an older
    /// instance that saves a person must not drop what a newer one recorded (a STOP, a payment to settle).
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Unknown { get; set; }

    /// <summary>Whether this chat said STOP (nothing is sent to it on the service's own initiative).</summary>
    public bool IsStopped(ChannelIdentity chat) => StoppedEverywhere || StoppedChats.Contains(chat.Key);

    /// <summary>This chat said STOP, or blocked the bot.</summary>
    public void Stop(ChannelIdentity chat)
    {
        if (!StoppedChats.Contains(chat.Key))
        {
            StoppedChats.Add(chat.Key);
        }
    }

    /// <summary>
    /// This chat said START. Data from when STOP was one flag per person keeps the person's other
    /// <paramref name="chats"/> stopped: START on Telegram does not write to a number that said STOP.
    /// </summary>
    public void Resume(ChannelIdentity chat, IEnumerable<ChannelIdentity> chats)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(chats);
        if (StoppedEverywhere)
        {
            StoppedEverywhere = false;
            foreach (var other in chats)
            {
                Stop(other);
            }
        }
        StoppedChats.Remove(chat.Key);
    }

    /// <summary>"Delete my data": everything about the person is dropped but the wish to get no messages.</summary>
    public void Forget()
    {
        State = ConversationState.Idle;
        Language = null;
        Intent = null;
        HistoryShown = 0;
        KnownRecipients = [];
        ClaimOfferSnoozedUntil = null;
        ClaimsCheckedAt = null;
        ClaimOfferExpiresAt = null;
        Cart = null;
        Addresses = [];
        Merchant = null;
        FaqOffered = [];
        AdvisorCaseId = null;
        TimeZone = null;
        LastMessageAt = null;
        DroppedCart = null;
        Link = null;
        LinkedPhones = [];
        PreferredLanguage = null;
    }
}
