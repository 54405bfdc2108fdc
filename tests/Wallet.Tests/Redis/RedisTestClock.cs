namespace Conversational.Wallet.Tests.Redis;

/// <summary>A clock the Redis store tests move by hand; thread-safe, so concurrent callers may read it.</summary>
internal sealed class RedisTestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
