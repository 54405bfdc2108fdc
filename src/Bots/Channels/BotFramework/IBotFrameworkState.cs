namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// What the Bot Framework adapter keeps between requests, in memory or in Redis (shared by every instance): the
/// <see cref="ConversationReference"/> of each identity (the outbox needs it to send), and the activities already
/// handled, so a redelivered activity id neither moves money nor queues its replies twice.
/// </summary>
public interface IBotFrameworkState
{
    /// <summary>How long a reference is kept after the person's last activity.</summary>
    static readonly TimeSpan ReferenceLifetime = TimeSpan.FromDays(30);

    /// <summary>How long a handled activity is remembered.</summary>
    static readonly TimeSpan ActivityLifetime = TimeSpan.FromDays(2);

    Task RememberReferenceAsync(string identity, ConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary>The reference of an identity ("botframework-msteams:29:1Ab..."), or null when unknown or expired.</summary>
    Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default);

    Task<bool> IsHandledAsync(string activity, CancellationToken cancellationToken = default);

    Task MarkHandledAsync(string activity, CancellationToken cancellationToken = default);
}
