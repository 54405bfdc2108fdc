using System.Collections.Concurrent;
using System.Globalization;

namespace Conversational.Bots.Channels.Telegram;

/// <summary><see cref="ITelegramState"/> in process memory, for a local run and tests.</summary>
public sealed class InMemoryTelegramState(TimeProvider time) : ITelegramState
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (string Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default)
    {
        Put("choice:" + chat + ":" + token, value, ITelegramState.ChoiceLifetime);
        return Task.CompletedTask;
    }

    public Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(Get("choice:" + chat + ":" + token));

    public Task RememberPartsSentAsync(string chat, string reply, int parts, CancellationToken cancellationToken = default)
    {
        Put("parts:" + chat, reply + "|" + parts.ToString(CultureInfo.InvariantCulture), ITelegramState.PartsLifetime);
        return Task.CompletedTask;
    }

    public Task<int> FindPartsSentAsync(string chat, string reply, CancellationToken cancellationToken = default) =>
        Task.FromResult(RedisTelegramState.PartsSent(Get("parts:" + chat), reply));

    public Task ForgetPartsSentAsync(string chat, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove("parts:" + chat, out _);
        return Task.CompletedTask;
    }

    private void Put(string key, string value, TimeSpan lifetime)
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

    private string? Get(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Until > time.GetUtcNow() ? entry.Value : null;
}
