using System.Collections.Concurrent;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary><see cref="IBotFrameworkState"/> in process memory, for a local run and tests.</summary>
public sealed class InMemoryBotFrameworkState(TimeProvider time) : IBotFrameworkState
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (ConversationReference? Reference, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public Task RememberReferenceAsync(string identity, ConversationReference reference, CancellationToken cancellationToken = default)
    {
        Put("ref:" + identity, reference, IBotFrameworkState.ReferenceLifetime);
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default) =>
        Task.FromResult(TryGet("ref:" + identity, out var reference) ? reference : null);

    public Task<bool> IsHandledAsync(string activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(TryGet("activity:" + activity, out _));

    public Task MarkHandledAsync(string activity, CancellationToken cancellationToken = default)
    {
        Put("activity:" + activity, null, IBotFrameworkState.ActivityLifetime);
        return Task.CompletedTask;
    }

    private void Put(string key, ConversationReference? value, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        if (_entries.Count > PruneAbove)
        {
            foreach (var old in _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(old, out _);
            }
        }
        _entries[key] = (value, now + lifetime);
    }

    private bool TryGet(string key, out ConversationReference? value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Until > time.GetUtcNow())
        {
            value = entry.Reference;
            return true;
        }
        value = null;
        return false;
    }
}
