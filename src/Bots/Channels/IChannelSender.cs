using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels;

/// <summary>
/// Delivers messages to one or more channels (Telegram; SMS and WhatsApp through Twilio...). The
/// <see cref="OutboxDispatcher"/> hands it, one at a time and in order, the messages queued for an identity of its
/// channels: the replies a webhook did not carry, order updates, reminders, notices.
/// </summary>
public interface IChannelSender
{
    /// <summary>The channel ids of <see cref="ChannelIdentity.Channel"/> it delivers ("telegram"; "sms", "whatsapp").</summary>
    IReadOnlyCollection<string> Channels { get; }

    /// <summary>Sends one message. Never throws for a channel's answer: says what to do with the message instead.</summary>
    Task<Delivery> SendAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken);
}

/// <summary>What became of a message handed to a <see cref="IChannelSender"/>.</summary>
/// <param name="Outcome">Sent, to be tried again later, or never deliverable.</param>
/// <param name="RetryAfter">For <see cref="DeliveryOutcome.RetryLater"/>: how long the channel asked to wait, if it said.</param>
/// <param name="Reason">For the log: why it was not sent (never a secret nor a phone number).</param>
public sealed record Delivery(DeliveryOutcome Outcome, TimeSpan? RetryAfter = null, string? Reason = null)
{
    public static readonly Delivery Sent = new(DeliveryOutcome.Sent);

    public static Delivery Later(TimeSpan? after, string reason) => new(DeliveryOutcome.RetryLater, after, reason);

    public static Delivery Never(string reason) => new(DeliveryOutcome.Undeliverable, null, reason);
}

public enum DeliveryOutcome
{
    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>Rate limited, or the channel did not answer: the message stays first in the queue and is tried again.</summary>
    RetryLater,

    /// <summary>It can never go (the person blocked the bot, said STOP to the carrier, the number does not exist): it is dropped.</summary>
    Undeliverable,
}
