namespace Conversational.Bots.Channels.BotFramework;

/// <summary><see cref="IBotFrameworkState"/> in process memory, for a local run and tests.</summary>
public sealed class InMemoryBotFrameworkState(TimeProvider time) : IBotFrameworkState
{
    private const int PruneAbove = 10_000;
    private readonly Dictionary<string, (ConversationReference Reference, DateTimeOffset Until)> _references = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<ConversationReference?> RememberReferenceAsync(string identity, ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_references.Count > PruneAbove)
            {
                foreach (var old in _references.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
                {
                    _references.Remove(old);
                }
            }
            var previous = _references.TryGetValue(identity, out var entry) && entry.Until > now ? entry.Reference : null;
            _references[identity] = (reference, now + IBotFrameworkState.ReferenceLifetime);
            return Task.FromResult(previous);
        }
    }

    public Task<ConversationReference?> FindReferenceAsync(string identity, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_references.TryGetValue(identity, out var entry) && entry.Until > time.GetUtcNow() ? entry.Reference : null);
        }
    }
}
