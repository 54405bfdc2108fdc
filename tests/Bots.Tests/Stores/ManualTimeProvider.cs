namespace Conversational.Bots.Tests.Stores;

/// <summary>A clock that moves only when a test says so (<see cref="Advance"/>), in UTC. Thread-safe. Copied from the
/// wallet's tests (tests/Wallet.Tests/Support), not linked, so the two suites can change on their own. Only the
/// current time is manual: timers and <see cref="TimeProvider.GetTimestamp"/> stay real.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    /// <summary>A Tuesday in the middle of a month, far from any day or month boundary.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2030, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private long _utcTicks = start.UtcTicks;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
