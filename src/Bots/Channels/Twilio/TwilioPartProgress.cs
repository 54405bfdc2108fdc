using System.Collections.Concurrent;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Where the sending of one outbox message stands, per identity, while the outbox retries it (it stays first in the
/// queue until sent): how many of its parts Twilio took, and whether the last try ended without knowing if Twilio took
/// the next part (a timeout, a dropped connection, a 5xx) and since when. Kept in this instance's memory for an hour
/// and forgotten once the message is sent or dropped, so the same text queued again later is sent whole.
/// </summary>
internal sealed class TwilioPartProgress
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (string Body, TwilioPartState State, DateTimeOffset At)> _entries = new(StringComparer.Ordinal);

    /// <summary>Where the sending of this text to this identity stands (nothing sent yet when unknown or too old).</summary>
    public TwilioPartState Resume(string recipient, string body, DateTimeOffset now) =>
        _entries.TryGetValue(recipient, out var entry) && entry.Body == body && now - entry.At < Lifetime ? entry.State : default;

    public void Save(string recipient, string body, TwilioPartState state, DateTimeOffset now)
    {
        if (_entries.Count > PruneAbove)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.At >= Lifetime).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }
        _entries[recipient] = (body, state, now);
    }

    public void Forget(string recipient) => _entries.TryRemove(recipient, out _);
}

/// <summary>The parts Twilio took; when the next one may have been taken unseen, since when.</summary>
internal readonly record struct TwilioPartState(int Sent, DateTimeOffset? UncertainSince);
