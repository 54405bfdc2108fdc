using System.Collections.Concurrent;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// How many parts of a long reply Telegram already took, per chat, while the outbox retries it (it keeps the reply
/// first in the queue until it is sent). Kept in this instance's memory for an hour and forgotten once the reply is
/// sent or dropped, so the same text queued again later is sent whole. Lost on a restart: the reply is then sent from
/// its first part again, the outbox's usual "maybe twice, never zero times". A part whose try got no answer (a timeout,
/// a 5xx) is sent again too: the Bot API cannot be asked whether it went, so that one part may show twice.
/// </summary>
internal sealed class TelegramPartProgress
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (OutboundReply Reply, int Sent, DateTimeOffset At)> _entries = new(StringComparer.Ordinal);

    /// <summary>The first part still to send of this reply to this chat.</summary>
    public int Resume(string chat, OutboundReply reply, DateTimeOffset now) =>
        _entries.TryGetValue(chat, out var entry) && entry.Reply.Equals(reply) && now - entry.At < Lifetime ? entry.Sent : 0;

    public void Sent(string chat, OutboundReply reply, int parts, DateTimeOffset now)
    {
        if (_entries.Count > PruneAbove)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.At >= Lifetime).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }
        _entries[chat] = (reply, parts, now);
    }

    public void Forget(string chat) => _entries.TryRemove(chat, out _);
}
