namespace Conversational.Bots.Conversations;

/// <summary>
/// One message a person sent, as any channel delivers it: who sent it on which channel, the channel's own id for
/// the message (the key for deduplication and for the ids of the money it moves), and either text or a chosen
/// button.
/// </summary>
/// <param name="Sender">The channel and the sender's id on it.</param>
/// <param name="MessageId">The channel's id of this message; a redelivery carries the same one.</param>
/// <param name="Text">What the person wrote, or null when they pressed a button.</param>
/// <param name="Choice">The value of the button pressed (<see cref="ReplyChoice.Value"/>), or null.</param>
/// <param name="LanguageHint">The channel's idea of the person's language ("fr", "ar-TN"), when it has one.</param>
/// <param name="At">When the channel received it.</param>
/// <param name="DisplayName">The name the channel shows for the person, when it has one.</param>
/// <param name="To">The number the message was sent to, when the channel has several (an SMS short code buys by keyword).</param>
public sealed record InboundMessage(
    ChannelIdentity Sender, string MessageId, string? Text, string? Choice, string? LanguageHint, DateTimeOffset At,
    string? DisplayName = null, string? To = null)
{
    /// <summary>The key under which this message's replies are kept for redeliveries.</summary>
    public string DeduplicationKey => Sender.Key + ":" + MessageId;
}
