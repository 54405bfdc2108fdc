namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// What the Bot Framework adapter keeps between requests, in memory or in Redis (shared by every instance): the
/// <see cref="ConversationReference"/> of each identity (the outbox needs it to send). Whether an activity was handled
/// before is not kept here: the engine deduplicates every message; the previous reference a write replaces tells a
/// redelivered welcome or group note apart.
/// </summary>
public interface IBotFrameworkState
{
    /// <summary>How long a reference is kept after the person's last activity.</summary>
    static readonly TimeSpan ReferenceLifetime = TimeSpan.FromDays(30);

    /// <summary>
    /// Keeps the reference of an identity, and answers the one it replaced (null when none or expired), read and written
    /// in one step: of two deliveries of the same activity, only one sees a reference of another activity.
    /// </summary>
    Task<ConversationReference?> RememberReferenceAsync(string identity, ConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary>The reference of an identity ("botframework-msteams:29:1Ab..."), or null when unknown or expired.</summary>
    Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default);
}
