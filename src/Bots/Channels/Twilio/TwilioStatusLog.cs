using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>The status callbacks already seen, by (MessageSid, MessageStatus), kept a week: Twilio may send one twice.</summary>
public interface ITwilioStatusLog
{
    /// <summary>True the first time this status of this message is recorded, false for a repeat.</summary>
    Task<bool> TryRecordAsync(string messageSid, string status, CancellationToken cancellationToken = default);
}

/// <summary>The status log of one instance.</summary>
public sealed class InMemoryTwilioStatusLog(TimeProvider time) : ITwilioStatusLog
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public Task<bool> TryRecordAsync(string messageSid, string status, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > 10_000)
        {
            foreach (var (key, expires) in _seen)
            {
                if (expires <= now)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }
        var entry = messageSid + ":" + status;
        var added = _seen.TryAdd(entry, now + Period)
            || (_seen.TryGetValue(entry, out var was) && was <= now && _seen.TryUpdate(entry, now + Period, was));
        return Task.FromResult(added);
    }
}

/// <summary>The status log shared by the instances: one key per status (SET NX, 7-day TTL) under the stores' hash tag.</summary>
public sealed class RedisTwilioStatusLog(IConnectionMultiplexer redis, string keyPrefix = "c") : ITwilioStatusLog
{
    public async Task<bool> TryRecordAsync(string messageSid, string status, CancellationToken cancellationToken = default)
    {
        var key = "{" + keyPrefix + "}:twilio:status:" + messageSid + ":" + status;
        return await redis.GetDatabase().StringSetAsync(key, "1", InMemoryTwilioStatusLog.Period, When.NotExists).ConfigureAwait(false);
    }
}
