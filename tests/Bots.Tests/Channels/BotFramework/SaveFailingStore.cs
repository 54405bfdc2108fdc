using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>A conversation store whose saves time out while <see cref="FailSaves"/> is set (a Redis blip); the rest passes through.</summary>
internal sealed class SaveFailingStore(IConversationStore inner) : IConversationStore
{
    public bool FailSaves { get; set; }

    public Task<bool> SaveAsync(
        string person, ConversationData data, long expectedVersion, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        CancellationToken cancellationToken = default) =>
        FailSaves ? throw new TimeoutException("blip") : inner.SaveAsync(person, data, expectedVersion, deduplicationKey, replies, cancellationToken);

    public Task<StoredConversation> LoadAsync(string person, CancellationToken cancellationToken = default) => inner.LoadAsync(person, cancellationToken);

    public Task<IReadOnlyList<OutboundReply>?> FindRepliesAsync(string deduplicationKey, CancellationToken cancellationToken = default) =>
        inner.FindRepliesAsync(deduplicationKey, cancellationToken);

    public Task<IAsyncDisposable> LockAsync(string person, CancellationToken cancellationToken = default) => inner.LockAsync(person, cancellationToken);

    public Task<IReadOnlyList<string>> ListUnsettledAsync(int max, CancellationToken cancellationToken = default) =>
        inner.ListUnsettledAsync(max, cancellationToken);

    public Task EnqueueAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken = default) =>
        inner.EnqueueAsync(recipient, reply, cancellationToken);

    public Task<IReadOnlyList<OutboundReply>> DequeueAllAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default) =>
        inner.DequeueAllAsync(recipient, cancellationToken);

    public Task<IReadOnlyList<ChannelIdentity>> ListOutboxRecipientsAsync(
        IReadOnlyCollection<string> channels, int max, CancellationToken cancellationToken = default) =>
        inner.ListOutboxRecipientsAsync(channels, max, cancellationToken);

    public Task<OutboundReply?> PeekAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default) =>
        inner.PeekAsync(recipient, cancellationToken);

    public Task RemoveFirstAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default) =>
        inner.RemoveFirstAsync(recipient, cancellationToken);
}
