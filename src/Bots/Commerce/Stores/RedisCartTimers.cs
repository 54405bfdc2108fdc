using StackExchange.Redis;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// Cart timers in one Redis sorted set (score: when due, in ms since 1970), with the same behaviour as
/// <see cref="InMemoryCartTimers"/>, shared by every instance of the service, under the hash tag <c>{prefix}</c>
/// (docs/redis-keys.md, "Commerce keys"). Taking due timers is one Lua script, so two instances never take the same
/// person. Redis errors are thrown as they are.
/// </summary>
public sealed class RedisCartTimers : ICartTimers
{
    /// <summary>KEYS[1] cart-timers. ARGV[1] now (ms), [2] how many at most. Removes and answers the persons due,
    /// earliest first.</summary>
    private const string TakeDueScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
        for _, person in ipairs(due) do redis.call('ZREM', KEYS[1], person) end
        return due
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _timersKey;

    public RedisCartTimers(IConnectionMultiplexer redis, string keyPrefix = "m")
    {
        _redis = redis ?? throw new ArgumentNullException(nameof(redis));
        _timersKey = StoreRules.HashTag(keyPrefix) + "cart-timers";
    }

    private IDatabase Db => _redis.GetDatabase();

    public async Task ScheduleAsync(string person, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        cancellationToken.ThrowIfCancellationRequested();
        await Db.SortedSetAddAsync(_timersKey, person, StoreRules.Millis(due)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CancelAsync(string person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        cancellationToken.ThrowIfCancellationRequested();
        await Db.SortedSetRemoveAsync(_timersKey, person).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> TakeDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (max <= 0)
        {
            return [];
        }
        RedisValue[] values = [StoreRules.Millis(now), max];
        var due = await Db.ScriptEvaluateAsync(TakeDueScript, [_timersKey], values).WaitAsync(cancellationToken).ConfigureAwait(false);
        return [.. ((RedisValue[])due!).Select(person => (string)person!)];
    }

    public async Task<DateTimeOffset?> GetAsync(string person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        cancellationToken.ThrowIfCancellationRequested();
        var due = await Db.SortedSetScoreAsync(_timersKey, person).WaitAsync(cancellationToken).ConfigureAwait(false);
        return due is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;
    }
}
