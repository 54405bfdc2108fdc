namespace Conversational.Bots.Conversations;

/// <summary>
/// How a channel that pushes messages wants a turn's replies: those it can give in its own answer (a webhook response)
/// come back to it; the others are queued for <see cref="Recipient"/> in the outbox, in the same atomic step that saves
/// the turn, so a crash never loses them nor queues them twice.
/// </summary>
/// <param name="Recipient">Where queued replies go (the sender's identity, or their private chat).</param>
/// <param name="AnswersInline">True when the channel gives these replies itself; it must answer the same for the same replies.</param>
public sealed record ReplyRoute(ChannelIdentity Recipient, Func<IReadOnlyList<OutboundReply>, bool> AnswersInline);
