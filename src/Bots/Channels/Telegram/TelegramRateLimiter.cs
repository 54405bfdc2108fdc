namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Keeps sends under Telegram's limits: about 1 message a second per private chat, 20 a minute per group, 30 a second
/// overall. Each send reserves the next free slot of its chat and of the bot, then waits for it: nothing is dropped.
/// </summary>
public sealed class TelegramRateLimiter(TimeProvider time)
{
    private static readonly TimeSpan PerChat = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PerGroup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Overall = TimeSpan.FromMilliseconds(34);
    private const int PruneAbove = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, DateTimeOffset> _nextPerChat = [];
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task WaitAsync(long chat, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_lock)
        {
            if (_nextPerChat.Count > PruneAbove)
            {
                foreach (var done in _nextPerChat.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                {
                    _nextPerChat.Remove(done);
                }
            }
            slot = now;
            if (_nextPerChat.TryGetValue(chat, out var chatNext) && chatNext > slot)
            {
                slot = chatNext;
            }
            if (_next > slot)
            {
                slot = _next;
            }
            _nextPerChat[chat] = slot + (chat < 0 ? PerGroup : PerChat);
            _next = slot + Overall;
        }
        if (slot > now)
        {
            await Task.Delay(slot - now, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
