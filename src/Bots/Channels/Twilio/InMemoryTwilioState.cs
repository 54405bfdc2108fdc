using System.Collections.Concurrent;

namespace Conversational.Bots.Channels.Twilio;

/// <summary><see cref="ITwilioState"/> in process memory, for a local run and tests: lost on a restart.</summary>
public sealed class InMemoryTwilioState(TimeProvider time) : ITwilioState
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (string Message, TwilioPartState State, DateTimeOffset Until)> _parts = new(StringComparer.Ordinal);

    public Task SavePartsAsync(string identity, string message, TwilioPartState state, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_parts.Count > PruneAbove)
        {
            foreach (var old in _parts.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
            {
                _parts.TryRemove(old, out _);
            }
        }
        _parts[identity] = (message, state, now + ITwilioState.PartsLifetime);
        return Task.CompletedTask;
    }

    public Task<TwilioPartState> FindPartsAsync(string identity, string message, CancellationToken cancellationToken = default) =>
        Task.FromResult(_parts.TryGetValue(identity, out var entry) && entry.Message == message && entry.Until > time.GetUtcNow()
            ? entry.State : default);

    public Task ForgetPartsAsync(string identity, CancellationToken cancellationToken = default)
    {
        _parts.TryRemove(identity, out _);
        return Task.CompletedTask;
    }
}
