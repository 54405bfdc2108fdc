using System.Globalization;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// <see cref="ITwilioState"/> in Redis, under the prefix <c>tw:</c>: one string per identity,
/// <c>&lt;message hash&gt;|&lt;parts sent&gt;|&lt;uncertain since, UTC ticks, or empty&gt;</c>, with its expiry.
/// </summary>
public sealed class RedisTwilioState(IConnectionMultiplexer redis) : ITwilioState
{
    private IDatabase Db => redis.GetDatabase();

    public async Task SavePartsAsync(string identity, string message, TwilioPartState state, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = string.Create(CultureInfo.InvariantCulture, $"{message}|{state.Sent}|{state.UncertainSince?.UtcTicks}");
        await Db.StringSetAsync(PartsKey(identity), value, ITwilioState.PartsLifetime).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TwilioPartState> FindPartsAsync(string identity, string message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = await Db.StringGetAsync(PartsKey(identity)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? default : Parse(value!, message);
    }

    public async Task ForgetPartsAsync(string identity, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Db.KeyDeleteAsync(PartsKey(identity)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state a stored value gives this message: nothing sent for another message, or anything unreadable.</summary>
    internal static TwilioPartState Parse(string stored, string message)
    {
        var fields = stored.Split('|');
        if (fields.Length != 3 || fields[0] != message
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sent))
        {
            return default;
        }
        if (fields[2].Length == 0)
        {
            return new(sent, null);
        }
        return long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new(sent, new DateTimeOffset(ticks, TimeSpan.Zero)) : default;
    }

    private static RedisKey PartsKey(string identity) => "tw:parts:" + identity;
}
