namespace Conversational.Bots.Conversations;

/// <summary>What became of an inbound message.</summary>
public enum HandlingOutcome
{
    /// <summary>The turn ran and was saved.</summary>
    Handled,

    /// <summary>The message was handled before: these are its first replies, nothing ran again.</summary>
    Replayed,

    /// <summary>The person stayed busy with another message (or the store kept conflicting): nothing ran; try again.</summary>
    Busy,

    /// <summary>The turn failed or could not be saved: nothing was saved; the reply says so.</summary>
    Failed,
}

/// <summary>
/// The replies of an inbound message and what became of it. With a <see cref="ReplyRoute"/>, the replies it does not
/// answer inline went to the outbox with the save (at the first handling, for a replay): the caller must not deliver
/// them again.
/// </summary>
public sealed record HandledMessage(IReadOnlyList<OutboundReply> Replies, HandlingOutcome Outcome);
