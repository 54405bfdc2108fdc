using System.Collections.Concurrent;

namespace Conversational.Bots.Conversations.Stores;

/// <summary>
/// Conversations in process memory, for a local run and tests. Data is kept as JSON, as in Redis, so a turn that
/// fails never leaves a half-changed object behind.
/// </summary>
public sealed class InMemoryConversationStore(TimeProvider time, TimeSpan? deduplicationPeriod = null) : IConversationStore
{
    private readonly TimeSpan _deduplicationPeriod = deduplicationPeriod ?? ConversationSettings.DefaultDeduplicationPeriod;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Json, long Version)> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Json, DateTimeOffset Until)> _handled = new(StringComparer.Ordinal);

    // Every reply is kept for the same period, so the order of saving is the order of expiry.
    private readonly Queue<(string Key, DateTimeOffset Until)> _expiries = new();
    private readonly HashSet<string> _unsettled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<string>> _outbox = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public Task<StoredConversation> LoadAsync(string person, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_conversations.TryGetValue(person, out var stored)
                ? new StoredConversation(ConversationJson.ReadData(stored.Json), stored.Version)
                : new StoredConversation(new ConversationData(), 0));
        }
    }

    public Task<IReadOnlyList<OutboundReply>?> FindRepliesAsync(string deduplicationKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_handled.TryGetValue(deduplicationKey, out var entry))
            {
                if (entry.Until > time.GetUtcNow())
                {
                    return Task.FromResult<IReadOnlyList<OutboundReply>?>(ConversationJson.ReadReplies(entry.Json));
                }
                _handled.Remove(deduplicationKey);
            }
            return Task.FromResult<IReadOnlyList<OutboundReply>?>(null);
        }
    }

    public Task<bool> SaveAsync(
        string person, ConversationData data, long expectedVersion, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        lock (_lock)
        {
            var current = _conversations.TryGetValue(person, out var stored) ? stored.Version : 0;
            if (current != expectedVersion)
            {
                return Task.FromResult(false);
            }
            _conversations[person] = (ConversationJson.Write(data), current + 1);
            var now = time.GetUtcNow();
            _handled[deduplicationKey] = (ConversationJson.Write(replies), now + _deduplicationPeriod);
            if (data.HasUnsettled)
            {
                _unsettled.Add(person);
            }
            else
            {
                _unsettled.Remove(person);
            }
            _expiries.Enqueue((deduplicationKey, now + _deduplicationPeriod));
            while (_expiries.TryPeek(out var oldest) && oldest.Until <= now)
            {
                _expiries.Dequeue();
                if (_handled.TryGetValue(oldest.Key, out var entry) && entry.Until == oldest.Until)
                {
                    _handled.Remove(oldest.Key);
                }
            }
            return Task.FromResult(true);
        }
    }

    public async Task<IAsyncDisposable> LockAsync(string person, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(person, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(ConversationSettings.LockWait, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"The conversation of {person} stayed busy.");
        }
        return new Release(gate);
    }

    public Task<IReadOnlyList<string>> ListUnsettledAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _unsettled.Take(max)]);
        }
    }

    public Task EnqueueAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        lock (_lock)
        {
            if (!_outbox.TryGetValue(recipient.Key, out var queue))
            {
                _outbox[recipient.Key] = queue = new Queue<string>();
            }
            queue.Enqueue(ConversationJson.Write(reply));
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<OutboundReply>> DequeueAllAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        lock (_lock)
        {
            if (!_outbox.Remove(recipient.Key, out var queue))
            {
                return Task.FromResult<IReadOnlyList<OutboundReply>>([]);
            }
            return Task.FromResult<IReadOnlyList<OutboundReply>>([.. queue.Select(ConversationJson.ReadReply)]);
        }
    }

    public Task<IReadOnlyList<ChannelIdentity>> ListOutboxRecipientsAsync(
        IReadOnlyCollection<string> channels, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ChannelIdentity>>([.. _outbox.Keys
                .Select(ChannelIdentity.FromKey).Where(i => channels.Contains(i.Channel)).Take(max)]);
        }
    }

    public Task<OutboundReply?> PeekAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        lock (_lock)
        {
            return Task.FromResult(_outbox.TryGetValue(recipient.Key, out var queue) && queue.Count > 0
                ? ConversationJson.ReadReply(queue.Peek())
                : null);
        }
    }

    public Task RemoveFirstAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        lock (_lock)
        {
            if (_outbox.TryGetValue(recipient.Key, out var queue) && queue.TryDequeue(out _) && queue.Count == 0)
            {
                _outbox.Remove(recipient.Key);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>Semaphores stay in the map (one per person seen); releasing is all a lock needs.</summary>
    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
            return ValueTask.CompletedTask;
        }
    }
}
